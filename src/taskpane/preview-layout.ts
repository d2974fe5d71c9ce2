/**
 * How the preview lays out a comparison table, decided without a DOM: what the preview says when
 * there is nothing to show, and each column's part in the narrow layout, where every row becomes a
 * card: its title (what the row is), its key figures (money: amounts, valuations) right under the
 * title, then the other facts, each under its column's name.
 */
import type { TableId, TableModel } from "../domain/tables/table-model";

/** A column's part in a row's card. */
export type CardRole = "title" | "key" | "detail";

/** What the preview shows: the table, or a sentence saying why there is none. */
export type PreviewContent =
  { kind: "table"; model: TableModel } | { kind: "empty"; message: string };

/** The leading columns that name a row: a round is its company and its round. */
const TITLE_COLUMNS: Record<TableId, number> = { rounds: 2, companies: 1, investors: 1 };

/** When a company is ticked but the table has no row for it. */
const NO_ROWS: Record<TableId, string> = {
  rounds: "The sources report no round for the ticked companies.",
  companies: "The sources report nothing about the ticked companies.",
  investors: "The sources name no investor in the ticked companies' rounds.",
};

export const NO_COMPANY_MESSAGE =
  "Tick at least one company above to preview the table: it shows what Insert table writes.";

/**
 * The table, or why there is none (no company ticked; no row for the ticked companies).
 * @example previewContent(roundComparison(catalog, []), 0) // { kind: "empty", message: "Tick at least one company above …" }
 */
export function previewContent(model: TableModel, tickedCompanies: number): PreviewContent {
  if (tickedCompanies === 0) return { kind: "empty", message: NO_COMPANY_MESSAGE };
  if (model.rows.length === 0) return { kind: "empty", message: NO_ROWS[model.id] };
  return { kind: "table", model };
}

/**
 * Each column's role in a card: the naming columns, then money columns as key figures.
 * @example cardRoles(roundComparison(catalog)) // ["title", "title", "detail", "key", "detail", "detail", "key"]
 */
export function cardRoles(model: TableModel): CardRole[] {
  return model.columns.map(({ kind }, index) => {
    if (index < TITLE_COLUMNS[model.id]) return "title";
    return kind === "money" ? "key" : "detail";
  });
}
