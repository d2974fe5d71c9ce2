/**
 * A company profile's tables, as pasted from a funding database: rounds under "Announced Date |
 * Transaction Name | Money Raised | Lead Investors" ("Series B - Loomstack"), and the investors
 * under "Investor Name | Lead Investor | Funding Round", one investor of one round a line.
 */
import { asName } from "./names";

/** "Series B - Loomstack": a round's name and its company, as a transaction cell gives them. */
export function transactionOf(
  cell: string,
  seriesOf: (text: string) => string | null,
): { series: string | null; company: string | null } {
  const [round, name] = cell.split(/\s+[-–—]\s+/);
  return { series: seriesOf(round ?? ""), company: name ? asName(name.trim()) : null };
}

/** One line of an investor table: who, whether it led, which round. */
export interface InvestorLine {
  start: number;
  end: number;
  investor: string;
  lead: boolean;
  series: string | null;
  company: string | null;
}

const INVESTOR_COLUMN = /^investors?(?:\s+name)?$/i;
const LEAD_COLUMN = /^(?:lead(?:\s+investor)?|is\s+lead)$/i;
const ROUND_COLUMN = /^(?:funding\s+round|round|transaction(?:\s+name)?)$/i;

/**
 * The columns of an investor table's header, or null for any other line.
 *
 * @example
 * investorHeader(["Investor Name", "Lead Investor", "Funding Round", "Partners"])
 * // { investor: 0, lead: 1, round: 2 }
 */
export function investorHeader(
  cells: string[],
): { investor: number; lead: number; round: number } | null {
  const investor = cells.findIndex((c) => INVESTOR_COLUMN.test(c));
  const lead = cells.findIndex((c) => LEAD_COLUMN.test(c));
  const round = cells.findIndex((c) => ROUND_COLUMN.test(c));
  return investor >= 0 && lead >= 0 && round >= 0 ? { investor, lead, round } : null;
}

/**
 * A row of an investor table under `header`, or null when the row names no investor or round.
 *
 * @example
 * investorLine(["Next47", "No", "Series B - Loomstack"], { investor: 0, lead: 1, round: 2 }, seriesOf)
 * // { investor: "Next47", lead: false, series: "Series B", company: "Loomstack" }
 */
export function investorLine(
  cells: string[],
  header: { investor: number; lead: number; round: number },
  seriesOf: (text: string) => string | null,
): Omit<InvestorLine, "start" | "end"> | null {
  const investor = asName(cells[header.investor]?.trim() ?? "");
  const { series, company } = transactionOf(cells[header.round] ?? "", seriesOf);
  if (!investor || !series) return null;
  const lead = /^(?:yes|y|true|✓|✔|lead)$/i.test(cells[header.lead]?.trim() ?? "");
  return { investor, lead, series, company };
}
