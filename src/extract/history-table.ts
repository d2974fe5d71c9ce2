/**
 * A company's financing history pasted from a database profile: a table of its own rounds
 * ("Deal Type | Deal Date | Deal Size | Lead Investor(s)") with no company column, under the
 * company's name at the top of the page.
 */
import { asName } from "./names";
import { columnsOf, type TableHeader } from "./table-row";

/** A name line: up to five capitalised words, nothing else ("Fernhill Bio", "Acme AI Inc."). */
const NAME_LINE = /^[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,4}$/;

/**
 * The header and the company of a financing history whose header is line `at` of `lines`: the
 * header names a round, an amount and a date but no company, and the nearest line above it that
 * is only a name is the company; null for any other line.
 *
 * @example
 * financingHistory(["Round", "Date", "Amount"], ["Acme Robotics", "", "Round\tDate\tAmount"], 2)
 * // { header: { columns: ["round", "date", "amount"], units: ["", "", ""] }, company: "Acme Robotics" }
 */
export function financingHistory(
  cells: string[],
  lines: string[],
  at: number,
): { header: TableHeader; company: string } | null {
  const header = columnsOf(cells);
  const has = (c: TableHeader["columns"][number]) => header.columns.includes(c);
  if (has("company") || has("transaction") || !has("round") || !has("amount") || !has("date"))
    return null;
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (NAME_LINE.test(line) && asName(line) === line) return { header, company: line };
  }
  return null;
}

/**
 * A company's table rows older than its latest dated row are its earlier rounds, not the news
 * ("Series B, 2025-05-14" over "Series A, 2023-03-02"). Marks them in place.
 *
 * @example
 * const rows = [{ company: "Acme", announced: "2025-05" }, { company: "Acme", announced: "2023" }];
 * markEarlierRows(rows); rows[1].earlier // true
 */
export function markEarlierRows(
  rows: { company: string; announced: string | null; earlier?: boolean }[],
): void {
  const latest = new Map<string, string>();
  for (const { company, announced } of rows) {
    const seen = latest.get(company);
    if (announced && (!seen || announced > seen)) latest.set(company, announced);
  }
  for (const row of rows) {
    const top = latest.get(row.company);
    // "2025" beside "2025-05" may be the same round, told less precisely.
    if (row.announced && top && row.announced < top && !top.startsWith(row.announced))
      row.earlier = true;
  }
}
