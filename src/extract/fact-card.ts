/**
 * A deal's key facts pasted one to a line, with no sentence around them: the company's name, the
 * round ("Series A"), the amount ("$18M"), "Lead: X", "Also: Y, Z", "Announced Feb 11, 2025". A
 * block of such lines is one round, quoted by the block.
 */
import { findDates } from "./dates";
import { findInvestors } from "./investors";
import { findMoney, type YenSign } from "./money";
import { asName } from "./names";
import { basisOfLabel, emptyRow, seriesOf, type TableRow } from "./table-row";

/** Longest line a card holds, and the most lines. */
const [MAX_LINE, MAX_LINES] = [80, 12];
/** "Lead: X", "Lead investor: X", "Led by X". */
const LEAD = /^(?:leads?|lead\s+investors?|led\s+by)\s*:?\s+/i;
/** "Also: X", "Investors: X", "Co-investors: X", "Participants: X". */
const OTHERS = /^(?:also(?:\s+in)?|(?:other\s+|co-)?investors|participants|backers)\s*:\s*/i;
/** "Announced Feb 11, 2025", "Date: 2025-02-11", "Closed: March 2025". */
const DATE = /^(?:announced|date|closed)\s*:?\s+/i;
/** "Post-money valuation: $80M", "Valuation: $80M". */
const VALUATION = /^((?:(?:post|pre)-?money\s+)?valuation|(?:post|pre)-?money)\s*:?\s+/i;
/** "Company: X", "Round: X", "Amount: X". */
const LABEL = (word: string) => new RegExp(`^${word}\\s*:\\s*`, "i");

/** Blocks of non-blank lines: [first, last] line indexes. */
function blocksOf(lines: string[]): [number, number][] {
  const blocks: [number, number][] = [];
  let first = -1;
  lines.forEach((line, i) => {
    if (line.trim() !== "" && first < 0) first = i;
    if (line.trim() === "" && first >= 0) {
      blocks.push([first, i - 1]);
      first = -1;
    }
  });
  if (first >= 0) blocks.push([first, lines.length - 1]);
  return blocks;
}

/** The round one block of fact lines gives, or null when the block is not a card. */
function cardRound(
  block: string[],
  published: string,
  yenSign: YenSign,
): Omit<TableRow, "start" | "end"> | null {
  if (block.length < 3 || block.length > MAX_LINES) return null;
  // Prose, a list's bullets or a table's cells are read elsewhere.
  if (block.some((l) => l.length > MAX_LINE || /[.!?]$/.test(l) || /^[-•*·]|[\t|]/.test(l)))
    return null;
  const row = emptyRow("", null);
  for (const line of block) {
    const rest = (re: RegExp) => line.slice(re.exec(line)?.[0].length ?? 0);
    const money = findMoney(rest(LABEL("amount")), yenSign)[0];
    if (LEAD.test(line)) row.leads = findInvestors(`Lead: ${rest(LEAD)}.`, false).leads;
    else if (OTHERS.test(line))
      row.participants = findInvestors(`Investors: ${rest(OTHERS)}.`, false).participants;
    else if (VALUATION.test(line)) {
      row.valuation = findMoney(rest(VALUATION), yenSign)[0] ?? null;
      row.valuationBasis = basisOfLabel(line);
    } else if (DATE.test(line)) row.announced = findDates(rest(DATE), published)[0]?.iso ?? null;
    else if (seriesOf(rest(LABEL("round"))) && !row.series)
      row.series = seriesOf(rest(LABEL("round")));
    else if (money && money.start <= 1 && !row.amount) row.amount = money;
    else if (!row.company) row.company = asName(rest(LABEL("company")).trim()) ?? "";
    else return null;
  }
  return row.company && row.series && row.amount ? row : null;
}

/**
 * The rounds of fact cards in `original`, with their spans in `normalised` (which keeps every
 * line break of a card: its lines are short and stop without a sentence's end).
 *
 * @example
 * const text = "Verdant\nSeries A\n$18M\nLead: Foo Ventures";
 * factCards(text, text, "2025-02-12", "CNY")[0].leads // ["Foo Ventures"]
 */
export function factCards(
  original: string,
  normalised: string,
  published: string,
  yenSign: YenSign,
): TableRow[] {
  const lines = original.split("\n").map((l) => l.replace(/\r$/, "").trim());
  const normalLines = normalised.split("\n");
  if (normalLines.length !== lines.length) return [];
  const starts: number[] = [];
  normalLines.reduce((at, line) => (starts.push(at), at + line.length + 1), 0);
  const rows: TableRow[] = [];
  for (const [first, last] of blocksOf(lines)) {
    const round = cardRound(lines.slice(first, last + 1), published, yenSign);
    if (round)
      rows.push({ ...round, start: starts[first], end: starts[last] + normalLines[last].length });
  }
  return rows;
}
