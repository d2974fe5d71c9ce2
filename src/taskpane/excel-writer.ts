/**
 * Inserts a comparison table into Excel: one `Excel.run` per click, every write queued and sent in
 * one sync, or, for a table whose cells exceed one request's payload (Excel on the web refuses a
 * request over 5 MB), in consecutive row chunks of at most 4 MB each (`planInsertion`). Excel runs a batch's operations in order and stops at the first failure; a batch is not
 * a transaction, so everything that could refuse the insertion (occupied cells, an overlapping
 * table, a protected sheet, taken table names) is checked in a read-only sync before anything is
 * queued.
 */
import { planInsertion, rowPayloadBytes, type Chunk } from "../domain/tables/insertion-plan";
import type { TableModel } from "../domain/tables/table-model";
import { queueValueCellRecord } from "../excel/audit/value-cell-store";
import { firstOccupiedCell } from "./cell-address";
import { PROTECTED_MESSAGE, excelErrorMessage } from "./excel-errors";
import { tableBlock, uniqueTableName, type CellMode, type TableBlock } from "./table-block";

export type Placement = "selection" | "newSheet";

export type InsertOptions = { mode: CellMode; placement: Placement; chart: boolean };

export type InsertOutcome = { ok: boolean; message: string };

const TABLE_STYLE = "TableStyleMedium2";

/** Inserts the table and says what happened; Excel errors become a message, never a throw. */
export async function insertTable(
  model: TableModel,
  options: InsertOptions,
): Promise<InsertOutcome> {
  try {
    return await Excel.run((context) =>
      options.placement === "newSheet"
        ? writeOnNewSheet(context, model, options)
        : writeAtSelection(context, model, options),
    );
  } catch (error) {
    return { ok: false, message: excelErrorMessage(error) };
  }
}

/**
 * Two syncs for a table that fits one request: one read (the target block, overlapping tables,
 * protection, taken names), then one write, only if every target cell is empty. A larger table's
 * rows follow the read in one sync per chunk, the last chunk together with the table itself.
 */
export async function writeAtSelection(
  context: Excel.RequestContext,
  model: TableModel,
  options: InsertOptions,
): Promise<InsertOutcome> {
  const block = tableBlock(model, options.mode);
  const origin = context.workbook.getSelectedRange().getCell(0, 0);
  const target = origin.getResizedRange(block.height - 1, block.width - 1);
  target.load("address,values,formulas");
  // The selection is always on the active sheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("protection/protected");
  const overlapping = target.getTables(false);
  overlapping.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();

  const cell = firstOccupiedCell(target);
  if (cell) {
    return {
      ok: false,
      message: `${cell} is not empty: nothing was written. Choose an empty area or insert on a new sheet.`,
    };
  }
  const table = overlapping.items.at(0);
  if (table) {
    return {
      ok: false,
      message: `The target overlaps the table ${table.name}: nothing was written. Choose an empty area or insert on a new sheet.`,
    };
  }
  if (sheet.protection.protected) return { ok: false, message: PROTECTED_MESSAGE };

  const taken = [...tables.items, ...names.items].map((item) => item.name);
  const name = uniqueTableName(model.id, taken);
  const last = await sendLeadingChunks(context, target, block, options.mode);
  queueTable(sheet, origin, target, block, model, options, last, name);
  // Values carry no formula: record which fact each cell shows, so Trace can follow it.
  if (options.mode === "values") queueValueCellRecord(context.workbook, sheet, target, model);
  await context.sync();
  return {
    ok: true,
    message: `Inserted ${model.title} as table ${name} in ${target.address} (${describeMode(options.mode)}).`,
  };
}

/**
 * One sync in total for a table that fits one request (one per row chunk for a larger one), so no
 * name can be read first. The sheet is added without a name and the table
 * is left unnamed: Excel gives each a name no other sheet or table has ("Sheet2", "Table3"), so the
 * batch cannot fail on a clash, and the names are loaded in that same sync to report them.
 */
export async function writeOnNewSheet(
  context: Excel.RequestContext,
  model: TableModel,
  options: InsertOptions,
): Promise<InsertOutcome> {
  const block = tableBlock(model, options.mode);
  const sheet = context.workbook.worksheets.add();
  const origin = sheet.getRange("A1");
  const target = origin.getResizedRange(block.height - 1, block.width - 1);
  const last = await sendLeadingChunks(context, target, block, options.mode);
  const table = queueTable(sheet, origin, target, block, model, options, last);
  if (options.mode === "values") queueValueCellRecord(context.workbook, sheet, target, model);
  sheet.activate();
  sheet.load("name");
  table.load("name");
  await context.sync();
  return {
    ok: true,
    message: `Inserted ${model.title} on the new sheet ${sheet.name} as table ${table.name} (${describeMode(options.mode)}).`,
  };
}

const describeMode = (mode: CellMode): string => (mode === "formulas" ? "live formulas" : "values");

/** Queues every write of one table; nothing here syncs. */
function queueTable(
  sheet: Excel.Worksheet,
  origin: Excel.Range,
  target: Excel.Range,
  block: TableBlock,
  model: TableModel,
  options: InsertOptions,
  rows: Chunk,
  name?: string,
): Excel.Table {
  queueRows(target, block, options.mode, rows);
  const tableRows = block.height - block.footnoteRows;
  const tableRange = origin.getResizedRange(tableRows - 1, block.width - 1);
  const table = sheet.tables.add(tableRange, true);
  if (name) table.name = name;
  table.style = TABLE_STYLE;
  table.getHeaderRowRange().format.font.bold = true;
  tableRange.format.autofitColumns();
  origin
    .getOffsetRange(tableRows, 0)
    .getResizedRange(block.footnoteRows - 1, 0).format.font.italic = true;
  if (options.chart && model.chartColumn !== undefined) {
    queueRoundChart(sheet, origin, tableRows - 1, block.width, model.chartColumn);
  }
  return table;
}

/**
 * Writes every chunk of the block's insertion plan but the last, one sync each, and returns the
 * last chunk (the whole block when it fits one request: then nothing is sent here).
 */
async function sendLeadingChunks(
  context: Excel.RequestContext,
  target: Excel.Range,
  block: TableBlock,
  mode: CellMode,
): Promise<Chunk> {
  const plan = planInsertion(
    block.cells.map((row, i) => rowPayloadBytes(row, block.numberFormats[i])),
  );
  const chunks =
    plan.chunks.length > 0 ? plan.chunks : [{ firstRow: 0, rows: block.height, bytes: 0 }];
  for (const chunk of chunks.slice(0, -1)) {
    queueRows(target, block, mode, chunk);
    // One sync per chunk is the point: each request must stay under Excel on the web's 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return chunks[chunks.length - 1];
}

/** Queues one chunk's number formats, then its cells; the whole target when it is every row. */
function queueRows(target: Excel.Range, block: TableBlock, mode: CellMode, chunk: Chunk): void {
  const whole = chunk.firstRow === 0 && chunk.rows === block.height;
  const range = whole ? target : target.getRow(chunk.firstRow).getResizedRange(chunk.rows - 1, 0);
  const slice = <T>(grid: T[][]): T[][] =>
    whole ? grid : grid.slice(chunk.firstRow, chunk.firstRow + chunk.rows);
  // Formats first: a Text-formatted cell keeps whatever is written next as text.
  range.numberFormat = slice(block.numberFormats);
  if (mode === "formulas") range.formulas = slice(block.cells);
  else range.values = slice(block.cells);
}

/** Clustered columns of the round amounts, categories "Company / Round", right of the table. */
function queueRoundChart(
  sheet: Excel.Worksheet,
  origin: Excel.Range,
  bodyRows: number,
  tableWidth: number,
  amountColumn: number,
): void {
  const amounts = origin.getOffsetRange(0, amountColumn).getResizedRange(bodyRows, 0);
  const chart = sheet.charts.add("ColumnClustered", amounts, "Columns");
  chart.title.text = "Round amounts (USD)";
  chart.series
    .getItemAt(0)
    .setXAxisValues(origin.getOffsetRange(1, 0).getResizedRange(bodyRows - 1, 1));
  chart.setPosition(origin.getOffsetRange(0, tableWidth + 1));
}
