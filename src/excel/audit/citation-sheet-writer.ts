/**
 * Queues the citation sheet: every cell Text-formatted except the frozen values (kept as numbers),
 * every text with the quote prefix (the original formulas start with "=" and must stay text), bold
 * header, passages wrapped in a wide column. Nothing here syncs.
 */
import { columnName } from "../../domain/audit/a1";
import { CITATION_HEADER } from "../../domain/audit/citation-sheet";

const TEXT = "@";
const VALUE_COLUMN = CITATION_HEADER.indexOf("Frozen value");
const PASSAGE_COLUMN = CITATION_HEADER.indexOf("Passage");

/** Text as Excel must store it: the quote prefix keeps "=DEALS…" (or "+1") from becoming a formula. */
export const guardedText = (value: unknown): unknown =>
  typeof value === "string" && value !== "" ? `'${value}` : value;

export function queueCitationSheet(
  context: Excel.RequestContext,
  name: string,
  rows: readonly unknown[][],
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  const width = CITATION_HEADER.length;
  const block = sheet.getRange(`A1:${columnName(width - 1)}${rows.length}`);
  block.numberFormat = rows.map((row, r) =>
    row.map((_, c) => (r > 0 && c === VALUE_COLUMN ? "General" : TEXT)),
  );
  block.values = rows.map((row) => row.map(guardedText));
  sheet.getRange(`A1:${columnName(width - 1)}1`).format.font.bold = true;
  block.format.autofitColumns();
  const passage = columnName(PASSAGE_COLUMN);
  const passages = sheet.getRange(`${passage}1:${passage}${rows.length}`);
  passages.format.columnWidth = 360;
  passages.format.wrapText = true;
  return sheet;
}
