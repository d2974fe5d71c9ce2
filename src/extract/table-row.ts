/**
 * One line of a pasted table: its cells split by tabs or "|", the columns a header names, and a
 * cell read as a round's name ("B", "Pre-A") or as money in its header's unit ("Amount ($M)").
 */
import { findMoney, type MoneyMention, type YenSign } from "./money";
import { findSeries } from "./series";

/** One row of a table: its [start, end) in the normalised text and what its cells say. */
export interface TableRow {
  start: number;
  end: number;
  company: string;
  series: string | null;
  amount: MoneyMention | null;
  announced: string | null;
  leads: string[];
  participants: string[];
  valuation: MoneyMention | null;
  /** "@ $1.1B post": what the row says the valuation is measured against. */
  valuationBasis?: "post-money" | "pre-money" | null;
  /** Where the header starts, when the amount takes its unit from it ("Amount ($M)" over "45"). */
  unitFrom: number | null;
  /** The same for the valuation ("Valuation ($B)" over "2"). */
  valuationUnitFrom: number | null;
  /** A company's row older than its latest in the same paste: an earlier round. */
  earlier?: boolean;
  /** Lines of an investor table that name this row's investors. */
  investorLines?: { start: number; end: number }[];
}

/**
 * A row that says nothing yet but its company and round, to be filled from its cells or lines.
 * @example emptyRow("Lumina", "Series B").leads // []
 */
export function emptyRow(company: string, series: string | null): Omit<TableRow, "start" | "end"> {
  return {
    company,
    series,
    amount: null,
    announced: null,
    leads: [],
    participants: [],
    valuation: null,
    valuationBasis: null,
    unitFrom: null,
    valuationUnitFrom: null,
  };
}

/** What a column of a rounds table holds. */
export type Column =
  "company" | "transaction" | "amount" | "round" | "leads" | "investors" | "date" | "valuation";

/** The header labels each column goes by. */
const COLUMNS: [RegExp, Column][] = [
  [/^(?:company|startup|start-up|name|business)$/i, "company"],
  [/^(?:transaction(?:\s+name)?|deal(?:\s+name)?)$/i, "transaction"],
  [
    /^(?:amount(?:\s+raised)?|(?:money\s+)?raised|(?:round|deal)\s+size|size|funding|investment)$/i,
    "amount",
  ],
  [/^(?:round|stage|series|(?:round|deal|funding)\s+type|funding\s+round|type)$/i, "round"],
  [/^(?:lead(?:s|\s+investors?)?|led\s+by)$/i, "leads"],
  [/^(?:investors?|backers|other\s+investors|participants)$/i, "investors"],
  [/^(?:(?:announced|deal|round)\s+date|date|announced(?:\s+on)?)$/i, "date"],
  [/^(?:(?:(?:post|pre)-?money\s+)?valuation|(?:post|pre)-?money)$/i, "valuation"],
];

/**
 * Cells of a line split by tabs or pipes ("| a | b |"), or null for a line of prose.
 *
 * @example
 * cellsOf("| Acme | $5M | Seed |") // ["Acme", "$5M", "Seed"]
 */
export function cellsOf(line: string): string[] | null {
  const sep = line.includes("\t") ? "\t" : line.includes("|") ? "|" : null;
  if (!sep) return null;
  const cells = line.split(sep).map((c) => c.trim());
  if (sep === "|") {
    if (cells[0] === "") cells.shift();
    if (cells[cells.length - 1] === "") cells.pop();
  }
  return cells.length >= 3 ? cells : null;
}

/** What each column of a header holds, and the unit its label gives ("Amount ($M)"). */
export interface TableHeader {
  columns: (Column | null)[];
  units: string[];
}

/**
 * The column each cell of a line names, whatever the line is.
 *
 * @example
 * columnsOf(["Deal Type", "Deal Size ($M)"]) // { columns: ["round", "amount"], units: ["", "$M"] }
 */
export function columnsOf(cells: string[]): TableHeader {
  const units = cells.map((c) => /\(([^)]*)\)/.exec(c)?.[1] ?? "");
  const columns = cells.map((c) => {
    const label = c.replace(/\([^)]*\)/g, "").trim();
    return COLUMNS.find(([re]) => re.test(label))?.[1] ?? null;
  });
  return { columns, units };
}

/**
 * The basis a valuation column's label gives ("Post-Money ($M)", "Pre-money valuation").
 *
 * @example
 * basisOfLabel("Post-Money ($M)") // "post-money"
 */
export function basisOfLabel(label: string): "post-money" | "pre-money" | null {
  const basis = /\b(post|pre)-?money\b/i.exec(label)?.[1].toLowerCase();
  return basis === "post" ? "post-money" : basis === "pre" ? "pre-money" : null;
}

/** The columns a header line names, or null when it names no company and no amount or round. */
export function headerOf(cells: string[]): TableHeader | null {
  const { columns, units } = columnsOf(cells);
  const has = (c: Column) => columns.includes(c);
  return has("transaction") || (has("company") && (has("amount") || has("round")))
    ? { columns, units }
    : null;
}

/**
 * "Seed", "Series B", "B", "Pre-A": a round cell's name.
 *
 * @example
 * seriesOf("B") // "Series B"
 */
export function seriesOf(cell: string): string | null {
  const named = findSeries(cell)[0]?.label;
  if (named) return named;
  const word = cell.trim();
  if (/^pre-?seed$/i.test(word)) return "Pre-seed";
  if (/^(?:seed|angel|strategic)$/i.test(word))
    return `${word[0].toUpperCase()}${word.slice(1).toLowerCase()}`;
  const letter = /^([A-H])(\d?)(\+*)$/.exec(word);
  return letter ? `Series ${letter[1]}${letter[2]}${letter[3]}` : null;
}

/** A money cell, read with the unit its header gives ("Amount ($M)" over "15"). */
export function moneyOf(cell: string, unit: string, yenSign: YenSign): MoneyMention | null {
  const direct = findMoney(cell, yenSign)[0];
  if (direct) return direct;
  const number = /^\d[\d,.]*$/.exec(cell.trim());
  const scale = /(million|millions|mn|m|billion|billions|bn|b)\s*$/i.exec(unit);
  if (!number || !scale) return null;
  const currency = unit.slice(0, scale.index).trim();
  const money = findMoney(`${currency}${number[0]} ${scale[1]}`, yenSign)[0];
  return money ? { ...money, start: -1, end: -1, outerEnd: -1 } : null;
}
