/**
 * The record of which fact each cell of an inserted values table shows: for every cell that has
 * one, the `=DEALS.…` formula that reproduces it and the value written, by row and column within
 * the table (header row 0). With it a value cell is traced exactly like a formula cell, and a cell
 * someone typed over is recognised (its value no longer matches).
 */
import * as z from "zod/mini";
import { usdCell } from "../formulas/formula-cells";
import { formulaText } from "../formulas/formula-text";
import type { TableModel } from "../tables/table-model";
import { contains, parseBlock, type Block } from "./a1";

export const valueCellsSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]{4,32}$/)),
  table: z.string(),
  cells: z.array(
    z.object({
      row: z.int(),
      column: z.int(),
      formula: z.string().check(z.startsWith("=DEALS.")),
      value: z.union([z.number(), z.string()]),
    }),
  ),
});

export type ValueCells = z.infer<typeof valueCellsSchema>;

/** The defined name (scoped to the table's sheet) that marks where a recorded table lies. */
export const RECORD_NAME_PREFIX = "DealsValues_";

/**
 * The record of a values table: every body cell with a formula, the header being row 0.
 * @example valueCellsOf(roundComparison(catalog), "k3j9x2", "Round comparison").cells[0]
 * // { row: 1, column: 1, formula: '=DEALS.AIROUND("SenseTime","2017-07","date")', … } (depends on the model)
 */
export function valueCellsOf(model: TableModel, id: string, table: string): ValueCells {
  const cells = model.rows.flatMap((row, r) =>
    row.flatMap((cell, column) =>
      cell.formula
        ? [
            {
              row: r + 1,
              column,
              formula: formulaText(cell.formula.name, cell.formula.args),
              // What the table writes: a figure in another currency as its text ("CNY 500M").
              value: usdCell(cell.value),
            },
          ]
        : [],
    ),
  );
  return { id, table, cells };
}

/** A defined name as Excel lists it: "DealsValues_k3j9x2", "=Sheet1!$C$2:$I$5". */
export type NameEntry = { name: string; formula: string };

/**
 * What the pane recorded for a cell: the recorded table whose marked block holds it, and the cell's
 * entry there. Names whose id has no record are returned as `unknownIds` (a record added since the
 * pane loaded them).
 */
export function recordedCell(
  cell: Block,
  names: readonly NameEntry[],
  records: ReadonlyMap<string, ValueCells>,
): { found?: { formula: string; value: number | string; table: string }; unknownIds: string[] } {
  const unknownIds: string[] = [];
  for (const entry of names) {
    if (!entry.name.startsWith(RECORD_NAME_PREFIX)) continue;
    const block = parseBlock(entry.formula.replace(/^=/, ""), cell.sheet);
    if (!block || !contains(block, { ...cell, sheet: block.sheet })) continue;
    const id = entry.name.slice(RECORD_NAME_PREFIX.length).toLowerCase();
    const record = records.get(id);
    if (!record) {
      unknownIds.push(id);
      continue;
    }
    const row = cell.top - block.top;
    const column = cell.left - block.left;
    const hit = record.cells.find((c) => c.row === row && c.column === column);
    if (hit)
      return { found: { formula: hit.formula, value: hit.value, table: record.table }, unknownIds };
  }
  return { unknownIds };
}

/**
 * A short random id for a record and its name: names and parts are never read before a table is
 * written (the insertion keeps its single write), so the id only needs to be unlikely to repeat.
 */
export function newRecordId(random: () => number = Math.random): string {
  return Array.from({ length: 10 }, () => Math.floor(random() * 36).toString(36)).join("");
}
