/**
 * Reads the active cell and traces it: one `context.sync()` per selection (the cell's formula,
 * value and text, its spill parent and the sheet's record names, all in one batch). A second batch
 * is justified only when a DEALS argument is a cell reference (`=DEALS.AIROUND(A1,"C")`): the cells
 * it reads are known only once the formula is. A values-table record added since the pane loaded
 * the records (another window, a co-author) costs one reload.
 */
import { parseBlock } from "../../domain/audit/a1";
import type { Catalog } from "../../domain/catalog/catalog";
import { traceCell, type CellSnapshot, type Trace } from "../../domain/audit/cell-trace";
import { recordedCell, type ValueCells } from "../../domain/audit/value-cells";
import { readCellValues } from "./read-cells";
import { loadValueCellRecords } from "./value-cell-store";

/** Cell references read in the second batch at most (a formula with more is traced without them). */
const MAX_REFERENCED_CELLS = 50;

export type RecordCache = { records: Map<string, ValueCells> };

/** Traces the active cell against `catalog`; `cache` holds the values-table records, reloaded when one is missing. */
export async function readTrace(
  context: Excel.RequestContext,
  cache: RecordCache,
  catalog: Catalog,
): Promise<Trace> {
  const cell = context.workbook.getActiveCell();
  cell.load("address,formulas,values,text");
  // ExcelApi 1.12: a spilled cell's own formula is empty; its parent holds the DEALS call.
  const parent = cell.getSpillParentOrNullObject();
  parent.load("address,formulas");
  // The active cell is always on the active sheet, whose names mark the recorded tables.
  const names = context.workbook.worksheets.getActiveWorksheet().names;
  names.load("items/name,items/formula");
  await context.sync();

  const block = parseBlock(cell.address);
  if (!block) return { kind: "noFact", address: cell.address, reason: "Select a single cell." };
  const entries = names.items.map(({ name, formula }) => ({ name, formula }));
  let recorded = recordedCell(block, entries, cache.records);
  if (!recorded.found && recorded.unknownIds.length > 0) {
    cache.records = await loadValueCellRecords(context);
    recorded = recordedCell(block, entries, cache.records);
  }
  const address = cell.address.slice(cell.address.lastIndexOf("!") + 1);
  const snapshot: CellSnapshot = {
    sheet: block.sheet,
    address,
    formula: cell.formulas[0][0],
    value: cell.values[0][0],
    text: String(cell.text[0][0]),
  };
  const anchor = parent.isNullObject ? undefined : parseBlock(parent.address);
  if (anchor && (anchor.top !== block.top || anchor.left !== block.left)) {
    snapshot.spill = {
      address: parent.address.slice(parent.address.lastIndexOf("!") + 1),
      formula: parent.formulas[0][0],
      row: block.top - anchor.top,
      column: block.left - anchor.left,
    };
  }
  if (recorded.found) snapshot.recorded = recorded.found;

  const first = traceCell(catalog, snapshot);
  if (first.kind !== "needsCells") return first;
  const cells = await readCellValues(context, first.refs, MAX_REFERENCED_CELLS);
  return traceCell(catalog, snapshot, cells);
}
