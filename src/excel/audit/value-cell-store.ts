/**
 * Keeps the values-table record in the workbook, so a value cell can be traced after save and
 * reopen. Two pieces, both written in the same batch as the table (no extra round trip):
 *
 * - a custom XML part (ExcelApi 1.5) per table holding the record as JSON: structured data that is
 *   not cell content, travels with the file, and that neither the user's typing nor Ctrl+Z touches;
 * - a defined name scoped to the table's sheet (`DealsValues_<id>`, ExcelApi 1.4) over the table, so
 *   the record follows the table when rows are inserted above it or the sheet is renamed.
 *
 * A very hidden sheet (the store for bulk source text) would need a read before each write to find
 * free rows, and its rows can be undone by Ctrl+Z apart from the table; a record is small, so a part
 * per table is simpler. `decodeValueCells` checks what it reads: a damaged part is skipped.
 */
import { readPartsXml } from "../sources/workbook-source-store";
import type { TableModel } from "../../domain/tables/table-model";
import {
  RECORD_NAME_PREFIX,
  newRecordId,
  valueCellsOf,
  valueCellsSchema,
  type ValueCells,
} from "../../domain/audit/value-cells";

export const VALUE_CELLS_NAMESPACE = "urn:ai-deals-excel:value-cells:1";

/** Queues the record of a values table; nothing here syncs. */
export function queueValueCellRecord(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  table: Excel.Range,
  model: TableModel,
): void {
  const record = valueCellsOf(model, newRecordId(), model.title);
  if (record.cells.length === 0) return;
  sheet.names.add(
    `${RECORD_NAME_PREFIX}${record.id}`,
    table,
    "AI Deals: which fact each cell of this values table shows (used by Trace).",
  );
  workbook.customXmlParts.add(encodeValueCells(record));
}

/** The record as an XML part: one element in our namespace, the JSON as its (escaped) text. */
export function encodeValueCells(record: ValueCells): string {
  const text = JSON.stringify(record)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  return `<valueCells xmlns="${VALUE_CELLS_NAMESPACE}">${text}</valueCells>`;
}

/** Reads a part back; undefined when it is not a well-formed record. */
export function decodeValueCells(xml: string): ValueCells | undefined {
  const root = new DOMParser().parseFromString(xml, "application/xml").documentElement;
  if (root.namespaceURI !== VALUE_CELLS_NAMESPACE || root.localName !== "valueCells") {
    return undefined;
  }
  try {
    const parsed = valueCellsSchema.safeParse(JSON.parse(root.textContent ?? ""));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Every record in the workbook, by id: two syncs (list the parts, then read them) up to 56. */
export async function loadValueCellRecords(
  context: Excel.RequestContext,
): Promise<Map<string, ValueCells>> {
  const records = new Map<string, ValueCells>();
  for (const { xml } of await readPartsXml(context, VALUE_CELLS_NAMESPACE)) {
    const record = decodeValueCells(xml);
    if (record) records.set(record.id, record);
  }
  return records;
}
