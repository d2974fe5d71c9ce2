/**
 * The shape every comparison table shares: built once from the catalog, rendered twice (the pane's
 * HTML preview and the Excel writer). Pure data: no DOM, no Office.
 */
import type { Catalog } from "../catalog/catalog";
import type { SourceRef } from "../catalog/entities";
import type { FormulaArgument } from "../formulas/formula-text";
import type { FunctionName } from "../formulas/formulas";
import { sourcesOf, type Sourced, type Value } from "../core/value";
import { displayValue, sourceLabel } from "../presentation/display";

export { displayValue } from "../presentation/display";
import { NOT_REPORTED } from "../formulas/formula-cells";

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
  /** The sources the passages come from. */
  sources?: readonly SourceRef[];
  /** True when another source gives a different value (the newest answers). */
  disputed?: boolean;
};

export type TableId = "rounds" | "companies" | "investors";

/** One column: its header text and the kind of values it holds. */
export type TableColumn = { title: string; kind: ColumnKind };

export type TableModel = {
  id: TableId;
  title: string;
  /** Each column's header text and how its values are laid out, first column first. */
  columns: TableColumn[];
  rows: TableCell[][];
  /** The column a chart of the table plots (the round amounts), when the table has one. */
  chartColumn?: number;
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
  if (fact.citations.length > 0) cell.sources = sourcesOf(fact);
  if (fact.differs) cell.disputed = true;
  if (formula) cell.formula = formula;
  return cell;
}

/**
 * The sources behind the table's cells (every source of the catalog when no cell cites one):
 * `Source: "<headline>", <date>. AI Deals dataset v<version>.`; several read `Sources: …; …`, and
 * a table in which sources disagree says which one answers.
 * @example tableFootnote(catalog, rows) // 'Source: "New financing lifts …", 10 Apr 2018. AI Deals dataset v1.0.0.'
 */
export function tableFootnote(catalog: Catalog, rows: readonly TableCell[][] = []): string {
  const cited = new Map<string, SourceRef>();
  let disputed = false;
  for (const row of rows) {
    for (const cell of row) {
      for (const source of cell.sources ?? []) cited.set(source.id, source);
      disputed ||= cell.disputed === true;
    }
  }
  const sources = cited.size > 0 ? [...cited.values()] : catalog.sources;
  const label = sources.length === 1 ? "Source" : "Sources";
  const note = disputed ? " Where sources differ, the newest answers." : "";
  return `${label}: ${sources.map(sourceLabel).join("; ")}.${note} AI Deals dataset v${catalog.version}.`;
}

/** The distinct article passages behind the cells, in reading order (row by row). */
export function quotesOf(rows: readonly TableCell[][]): string[] {
  const quotes = new Set<string>();
  for (const row of rows) {
    for (const cell of row) for (const passage of cell.passages ?? []) quotes.add(passage);
  }
  return [...quotes];
}
