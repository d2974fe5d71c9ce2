/**
 * Round-ups laid out as tables, as a web page's table pastes: one row a line, cells split by tabs
 * or "|". A header names the columns ("Company", "Amount", "Round", "Lead investor"); each row
 * under it with as many cells is a round, quoted by its own line.
 */
import { findDates } from "./dates";
import { investorHeader, investorLine, transactionOf, type InvestorLine } from "./investor-table";
import { financingHistory, markEarlierRows } from "./history-table";
import { findInvestors } from "./investors";
import { findMoney, type YenSign } from "./money";
import { asName } from "./names";
import {
  basisOfLabel,
  cellsOf,
  emptyRow,
  headerOf,
  moneyOf,
  seriesOf,
  type Column,
  type TableRow,
} from "./table-row";

/** "Lead: Lightspeed", "Led by X": a cell naming the leads. */
const LEAD_CELL = /^(?:leads?|lead\s+investors?|led\s+by)\s*:?\s+/i;
/** "w/ Elad Gil, Neo", "with X", "Investors: X, Y": a cell naming the other investors. */
const WITH_CELL = /^(?:w\/|with\s|(?:other\s+)?investors?:|participants?:|also:)\s*/i;
/** "$72M @ $1.1B post": the valuation a money cell gives after "@" or "at". */
const AT_VALUATION = /(?:@|\bat\b)\s*(.+)$/i;

/**
 * A bulleted line of a deal sheet pasted without a header ("• Arcflow (dev tools, SF) | Series A
 * | $18M | Lead: Lightspeed | w/ Elad Gil, Neo | Oct 14"): its first cell names the company, and
 * each other cell is read by what it says. A line with no round name (a credit facility, a new
 * fund) is no round.
 */
function bareRow(
  cells: string[],
  published: string,
  yenSign: YenSign,
): Omit<TableRow, "start" | "end"> | null {
  const bullet = /^(?:[-•*·]|\d{1,2}[.)])\s+/.exec(cells[0]);
  if (cells.length < 4 || !bullet) return null;
  const head = cells[0].slice(bullet[0].length).replace(/\([^)]*\)/g, " ");
  const company =
    /^[^\s]/.test(head) && head.trim().split(/\s+/).length <= 5 ? asName(head.trim()) : null;
  const roundCells = cells.slice(1).filter((c) => c.length <= 24 && seriesOf(c) !== null);
  if (!company || roundCells.length !== 1) return null;
  const row = emptyRow(company, seriesOf(roundCells[0]));
  for (const cell of cells.slice(1)) {
    if (cell === roundCells[0]) continue;
    const lead = LEAD_CELL.exec(cell);
    const others = WITH_CELL.exec(cell);
    const money = findMoney(cell, yenSign);
    if (lead) row.leads = findInvestors(`Lead: ${cell.slice(lead[0].length)}.`, false).leads;
    else if (others)
      row.participants = findInvestors(
        `Investors: ${cell.slice(others[0].length)}.`,
        false,
      ).participants;
    else if (money.length > 0 && money[0].start <= 1 && !row.amount) {
      row.amount = money[0];
      const at = AT_VALUATION.exec(cell.slice(money[0].outerEnd));
      const valuation = at ? findMoney(at[1], yenSign)[0] : undefined;
      if (valuation) {
        row.valuation = valuation;
        const basis = /\b(post|pre)(?:-?money)?\b/i.exec(at?.[1] ?? "")?.[1].toLowerCase();
        row.valuationBasis = basis === "post" ? "post-money" : basis === "pre" ? "pre-money" : null;
      }
    } else if (!row.announced && cell.length <= 20)
      row.announced = findDates(cell, published)[0]?.iso ?? null;
  }
  row.participants = row.participants.filter((n) => !row.leads.includes(n));
  return row;
}

/** An investor table's line, added to the round of the rounds table it names. */
function joinInvestorLine(rows: TableRow[], line: InvestorLine) {
  const key = (name: string) => name.toLowerCase();
  const row = rows.find(
    (r) =>
      r.series === line.series && (line.company === null || key(r.company) === key(line.company)),
  );
  if (!row) return;
  const known = [...row.leads, ...row.participants].map(key);
  if (known.includes(key(line.investor))) return;
  (line.lead ? row.leads : row.participants).push(line.investor);
  row.investorLines = [...(row.investorLines ?? []), { start: line.start, end: line.end }];
}

/** [start, end) of each line of the normalised text, trimmed (a line per line of the original). */
function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    spans.push({ start: start + lead, end: start + line.trimEnd().length });
    start += line.length + 1;
  }
  return spans;
}

/**
 * The rows of every table in `original`, with their spans in `normalised` (its normalised text,
 * which keeps every line break), and the header lines to skip.
 *
 * @example
 * const text = "Company\tAmount\tRound\nAcme\t$5M\tSeed";
 * tableRows(text, text.replace(/\t/g, " "), "2024-05-10", "CNY").rows[0].company // "Acme"
 */
export function tableRows(
  original: string,
  normalised: string,
  published: string,
  yenSign: YenSign,
): { rows: TableRow[]; headers: { start: number; end: number }[] } {
  const rows: TableRow[] = [];
  const headers: { start: number; end: number }[] = [];
  const investorLines: InvestorLine[] = [];
  if (!/[\t|]/.test(original)) return { rows, headers };
  const lines = original.split("\n");
  const spans = lineSpans(normalised);
  if (spans.length !== lines.length) return { rows, headers };
  for (let i = 0; i < lines.length; i++) {
    const headCells = cellsOf(lines[i]);
    // A company's own financing history: its rounds under its name.
    const history =
      headCells && !headerOf(headCells) ? financingHistory(headCells, lines, i) : null;
    const header = headCells ? (headerOf(headCells) ?? history?.header ?? null) : null;
    const byInvestor = headCells && !header ? investorHeader(headCells) : null;
    if (byInvestor && headCells) {
      // The investor table's lines are read for the rounds above, never as prose.
      headers.push(spans[i]);
      for (i++; i < lines.length; i++) {
        const cells = cellsOf(lines[i]);
        if (!cells || cells.length !== headCells.length) break;
        headers.push(spans[i]);
        const line = investorLine(cells, byInvestor, seriesOf);
        if (line) investorLines.push({ ...spans[i], ...line });
      }
      i--;
      continue;
    }
    if (!header || !headCells) {
      const row = headCells ? bareRow(headCells, published, yenSign) : null;
      if (row) rows.push({ ...spans[i], ...row });
      continue;
    }
    headers.push(spans[i]);
    const cell = (cells: string[], column: Column) => {
      const at = header.columns.indexOf(column);
      return at >= 0 ? { text: cells[at] ?? "", unit: header.units[at] } : null;
    };
    let j = i + 1;
    for (; j < lines.length; j++) {
      const cells = cellsOf(lines[j]);
      if (!cells) break;
      if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue;
      if (cells.length !== headCells.length) break;
      // "Series B - Loomstack": a transaction cell names the round and its company.
      const transactionCell = cell(cells, "transaction");
      const transaction = transactionCell ? transactionOf(transactionCell.text, seriesOf) : null;
      const company =
        asName(
          cell(cells, "company")
            ?.text.replace(/\([^)]*\)/g, " ")
            .trim() ?? "",
        ) ??
        transaction?.company ??
        history?.company;
      const amountCell = cell(cells, "amount");
      const amount = amountCell ? moneyOf(amountCell.text, amountCell.unit, yenSign) : null;
      const roundCell = cell(cells, "round");
      const series = (roundCell ? seriesOf(roundCell.text) : null) ?? transaction?.series ?? null;
      if (!company || (!amount && !series)) continue;
      // A sheet's cell lists names split by ";" as often as by ",".
      const leadCell = cell(cells, "leads")?.text.replace(/;/g, ",");
      const investorCell = cell(cells, "investors")?.text.replace(/;/g, ",");
      const leads = leadCell ? findInvestors(`Lead: ${leadCell}.`, false).leads : [];
      const listed = investorCell
        ? findInvestors(`Investors: ${investorCell}.`, false)
        : { leads: [], participants: [] };
      const dateCell = cell(cells, "date")?.text;
      const valuationCell = cell(cells, "valuation");
      const valuation = valuationCell
        ? moneyOf(valuationCell.text, valuationCell.unit, yenSign)
        : null;
      rows.push({
        ...spans[j],
        company,
        series,
        amount,
        announced: dateCell ? (findDates(dateCell, published)[0]?.iso ?? null) : null,
        leads: [...leads, ...listed.leads.filter((n) => !leads.includes(n))],
        participants: listed.participants.filter((n) => !leads.includes(n)),
        valuation,
        valuationBasis: valuation
          ? basisOfLabel(headCells[header.columns.indexOf("valuation")] ?? "")
          : null,
        unitFrom: amount?.start === -1 ? spans[i].start : null,
        valuationUnitFrom: valuation?.start === -1 ? spans[i].start : null,
      });
    }
    i = j - 1;
  }
  for (const line of investorLines) joinInvestorLine(rows, line);
  markEarlierRows(rows);
  return { rows, headers };
}
