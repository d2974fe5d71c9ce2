/**
 * How the preview lays out a comparison table, decided without a DOM: what the preview says when
 * there is nothing to show, and each column's part in the narrow layout, where every row becomes a
 * card: its title (what the row is), its key figures (money: amounts, valuations) right under the
 * title, then the other facts, each under its column's name.
 */
import { quotesOf, type TableId, type TableModel } from "../domain/tables/table-model";

/** A column's part in a row's card. */
export type CardRole = "title" | "key" | "detail";

/**
 * What the preview shows: the table (its top-left corner when it is large, `cut` saying what is
 * left out), or a sentence saying why there is none.
 */
export type PreviewContent =
  { kind: "table"; model: TableModel; cut?: string } | { kind: "empty"; message: string };

/**
 * The most rows and columns the preview draws: enough to check a table, few enough to draw at once
 * whatever the workbook's sources hold (an investor map of 5,000 investors by 2,000 companies is
 * ten million cells). Insert table writes every cell.
 */
export const PREVIEW_ROWS = 50;
export const PREVIEW_COLUMNS = 12;

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
  return { kind: "table", ...previewWindow(model) };
}

/**
 * A table as the preview draws it: whole when it fits, else its first rows and columns (and the
 * passages behind those) with a sentence saying how much Insert table writes beyond them. The
 * footnote stays the whole table's.
 * @example previewWindow(roundComparison(catalogOf10000Rounds)).cut // "The preview shows the first 50 of 10,000 rows; Insert table writes them all."
 */
export function previewWindow(model: TableModel): { model: TableModel; cut?: string } {
  const rows = model.rows.length;
  const columns = model.columns.length;
  if (rows <= PREVIEW_ROWS && columns <= PREVIEW_COLUMNS) return { model };
  const width = Math.min(columns, PREVIEW_COLUMNS);
  const count = (n: number) => n.toLocaleString("en-US");
  const parts = [
    ...(rows > PREVIEW_ROWS ? [`the first ${PREVIEW_ROWS} of ${count(rows)} rows`] : []),
    ...(columns > width ? [`the first ${width} of ${count(columns)} columns`] : []),
  ];
  const rowsShown = model.rows.slice(0, PREVIEW_ROWS).map((row) => row.slice(0, width));
  const drawn = new Set(quotesOf(rowsShown));
  const shown: TableModel = {
    ...model,
    columns: model.columns.slice(0, width),
    rows: rowsShown,
    // The table's own passages (an investor map cites its role cells only), those drawn.
    quotes: model.quotes.filter((quote) => drawn.has(quote)),
  };
  return {
    model: shown,
    cut: `The preview shows ${parts.join(" and ")}; Insert table writes them all.`,
  };
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
