/**
 * The cells one comparison table puts into Excel, as whole blocks: header, body, footnote row.
 * Pure, so the writer only queues what this computes.
 */
import { formulaText } from "../domain/formulas/formula-text";
import { valueCell } from "../domain/formulas/formula-cells";
import { TEXT_FORMAT, numberFormatOf } from "../domain/presentation/number-format";
import type { TableCell, TableId, TableModel } from "../domain/tables/table-model";

export type CellMode = "values" | "formulas";

export type TableBlock = {
  /** Header + body rows (the Excel table), then the footnote row. */
  height: number;
  width: number;
  /** What to assign to `range.values` (values mode) or `range.formulas` (live formulas mode). */
  cells: (string | number)[][];
  numberFormats: string[][];
};

const GENERAL = "General";

/**
 * Text that Excel would read as a formula, a number or a command when it starts a cell (or whose
 * leading apostrophe Excel would swallow) gets the quote prefix.
 * @example asText("=HYPERLINK(1)") // "'=HYPERLINK(1)"
 * @example asText("Alibaba")       // "Alibaba"
 */
export function asText(text: string): string {
  // Excel's quote prefix: a leading apostrophe makes the rest of the cell literal text and is not
  // shown. The Text format below does the same for typing; the prefix also holds for API writes.
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

/**
 * Every text cell is formatted as Text ("@"), the format is queued before the values, and text that
 * starts like a formula gets Excel's quote prefix, so a name like `=HYPERLINK(…)`, `+1`, `-1` or
 * `@SUM(A1)` is stored as the text it is, never run as a formula (nor turned into a number or
 * date). Only the add-in's own `=DEALS.` formulas, in live mode, are written as formulas; their
 * cells get the value's number format (General for text).
 */
export function tableBlock(model: TableModel, mode: CellMode): TableBlock {
  const width = model.columns.length;
  const bodyCell = (cell: TableCell): [string | number, string] => {
    if (mode === "formulas" && cell.formula) {
      const format = cell.value.type === "text" ? GENERAL : numberFormatOf(cell.value);
      return [formulaText(cell.formula.name, cell.formula.args), format];
    }
    const value = valueCell(cell.value);
    return [typeof value === "string" ? asText(value) : value, numberFormatOf(cell.value)];
  };
  const body = model.rows.map((row) => row.map(bodyCell));
  const footnote: [string | number, string][] = [
    [asText(model.footnote), TEXT_FORMAT],
    ...Array.from({ length: width - 1 }, (): [string, string] => ["", GENERAL]),
  ];
  const rows: [string | number, string][][] = [
    model.columns.map(({ title }): [string, string] => [asText(title), TEXT_FORMAT]),
    ...body,
    footnote,
  ];
  return {
    height: rows.length,
    width,
    cells: rows.map((row) => row.map(([cell]) => cell)),
    numberFormats: rows.map((row) => row.map(([, format]) => format)),
  };
}

const TABLE_NAMES: Record<TableId, string> = {
  rounds: "DealsRounds",
  companies: "DealsCompanies",
  investors: "DealsInvestors",
};

/**
 * The table's name, numbered past the names already taken (compared without case, as Excel does).
 * @example uniqueTableName("rounds", ["dealsrounds"]) // "DealsRounds2"
 */
export function uniqueTableName(id: TableId, taken: readonly string[]): string {
  const base = TABLE_NAMES[id];
  const used = new Set(taken.map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
  return name;
}
