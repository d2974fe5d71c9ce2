/**
 * The shape every comparison table shares: built once from the catalog, rendered twice (the pane's
 * HTML preview and the Excel writer). Pure data: no DOM, no Office.
 */
import type { Catalog } from "./catalog";
import { formatDate } from "./format";
import type { FormulaArgument } from "./formula-text";
import type { FunctionName } from "./formulas";
import type { Sourced, Value } from "./value";
import { NOT_REPORTED } from "./formula-cells";

/** How a column's values are laid out; `mixed` when each row holds a different fact. */
export type ColumnKind = "money" | "date" | "text" | "count" | "mixed";

/** The DEALS formula that reproduces a cell in "live formulas" mode. */
export type CellFormula = { name: FunctionName; args: FormulaArgument[] };

/**
 * One cell: its value, the text shown for it, the article passages behind it, and the formula
 * that reproduces it. Labels and "Not reported" cells have no passage and no formula.
 */
export type TableCell = {
  value: Value;
  display: string;
  passages?: readonly string[];
  inferred?: string;
  formula?: CellFormula;
};

export type TableId = "rounds" | "companies" | "investors";

export type TableModel = {
  id: TableId;
  title: string;
  header: string[];
  rows: TableCell[][];
  columns: ColumnKind[];
  footnote: string;
  /** The distinct passages behind the table's cells, in reading order. */
  quotes: string[];
};

/** What a cell shows when the source does not give the value. */
export const NOT_REPORTED_TEXT = NOT_REPORTED;

/** What an investor map cell shows when there is no relation (a value, not a missing fact). */
export const NO_RELATION_TEXT = "—";

/** A text cell with no passage behind it: a label, "Not reported", "—". */
export function labelCell(text: string): TableCell {
  return { value: { type: "text", text }, display: text };
}

export const notReportedCell = (): TableCell => labelCell(NOT_REPORTED_TEXT);

/**
 * A sourced fact as a cell; `display` is what Excel shows with the cell's number format.
 * @example sourcedCell({ value: { type: "text", text: "Xu Li" }, quote: "Xu Li, …" }).display // "Xu Li"
 */
export function sourcedCell(fact: Sourced, formula?: CellFormula): TableCell {
  const cell: TableCell = {
    value: fact.value,
    display: displayValue(fact.value),
    passages: fact.passages,
  };
  if (fact.inferred !== undefined) cell.inferred = fact.inferred;
  if (formula) cell.formula = formula;
  return cell;
}

/**
 * A value as Excel displays it under `numberFormatOf(value)`; lower bounds are marked "> ".
 * @example displayValue({ type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" }) // "> $4.50B"
 * @example displayValue({ type: "date", iso: "2017-07", precision: "month" })               // "Jul 2017"
 */
export function displayValue(value: Value): string {
  switch (value.type) {
    case "money": {
      const billions = value.amount >= 1e9;
      const scaled = billions ? value.amount / 1e9 : value.amount / 1e6;
      const digits = billions ? 2 : 1;
      const figure = scaled.toLocaleString("en-US", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      const text = `${currencyPrefix(value.currency)}${figure}${billions ? "B" : "M"}`;
      return value.bound === "atLeast" ? `> ${text}` : text;
    }
    case "date":
      return formatDate(value);
    case "count": {
      const text = value.count.toLocaleString("en-US");
      return value.bound === "atLeast" ? `> ${text}` : text;
    }
    case "text":
      return value.text;
  }
}

const currencyPrefix = (currency: string): string => (currency === "USD" ? "$" : `${currency} `);

/**
 * `Source: "<headline>", <date>. AI Deals dataset v<version>.`
 * @example tableFootnote(catalog) // 'Source: "New financing lifts …", 10 Apr 2018. AI Deals dataset v1.0.0.'
 */
export function tableFootnote(catalog: Catalog): string {
  const { source, version } = catalog.dataset;
  const date = formatDate({ iso: source.date, precision: "day" });
  return `Source: "${source.headline}", ${date}. AI Deals dataset v${version}.`;
}

/** The distinct article passages behind the cells, in reading order (row by row). */
export function quotesOf(rows: readonly TableCell[][]): string[] {
  return [...new Set(rows.flatMap((row) => row.flatMap((cell) => cell.passages ?? [])))];
}
