/**
 * Queues the citation sheet: every cell Text-formatted, so the original formulas ("=DEALS…") stay
 * text, except the frozen values, kept as numbers and written as Freeze writes them (text with the
 * quote prefix); bold header, passages wrapped in a wide column. Nothing here syncs.
 */
import { columnName } from "../../domain/audit/a1";
import { CITATION_HEADER } from "../../domain/audit/citation-sheet";
import { frozenCell } from "../../domain/audit/freeze-plan";
import { GENERAL, TEXT_FORMAT } from "../../domain/presentation/number-format";

const VALUE_COLUMN = CITATION_HEADER.indexOf("Frozen value");
const PASSAGE_COLUMN = CITATION_HEADER.indexOf("Passage");

export function queueCitationSheet(
  context: Excel.RequestContext,
  name: string,
  rows: readonly unknown[][],
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  const width = CITATION_HEADER.length;
  const block = sheet.getRange(`A1:${columnName(width - 1)}${rows.length}`);
  block.numberFormat = rows.map((row, r) =>
    row.map((_, c) => (r > 0 && c === VALUE_COLUMN ? GENERAL : TEXT_FORMAT)),
  );
  // A Text-formatted cell keeps what is written literally; a quote prefix there would show.
  block.values = rows.map((row, r) =>
    row.map((cell, c) => (r > 0 && c === VALUE_COLUMN ? frozenCell(cell, "String") : cell)),
  );
  sheet.getRange(`A1:${columnName(width - 1)}1`).format.font.bold = true;
  block.format.autofitColumns();
  const passage = columnName(PASSAGE_COLUMN);
  const passages = sheet.getRange(`${passage}1:${passage}${rows.length}`);
  passages.format.columnWidth = 360;
  passages.format.wrapText = true;
  return sheet;
}
