/**
 * The cells one comparison table puts into Excel, as whole blocks: header, body, footnote rows.
 * Pure, so the writer only queues what this computes.
 */
import { formulaText } from "../domain/formulas/formula-text";
import { usdCell } from "../domain/formulas/formula-cells";
import { GENERAL, TEXT_FORMAT, numberFormatOf } from "../domain/presentation/number-format";
import type { TableCell, TableId, TableModel } from "../domain/tables/table-model";

export type CellMode = "values" | "formulas";

export type TableBlock = {
  /** Header + body rows (the Excel table), then the footnote rows. */
  height: number;
  /**
   * Rows the footnote takes below the table: one, or more when its list of sources is longer
   * than an Excel cell holds (`MAX_CELL_TEXT`), split between two sources.
   */
  footnoteRows: number;
  width: number;
  /** What to assign to `range.values` (values mode) or `range.formulas` (live formulas mode). */
  cells: (string | number)[][];
  numberFormats: string[][];
};

/**
 * Text cells use one mechanism: Excel's Text number format ("@"), queued before the cells. Excel
 * keeps whatever is entered into a Text-formatted cell as the literal text, in both `values` and
 * `formulas` writes, so a name like `=HYPERLINK(…)`, `+1`, `-1` or `@SUM(A1)` is stored as the text
 * it is, never run as a formula (nor turned into a number or date). No quote prefix is added: in a
 * Text cell an apostrophe would be kept as a visible character. Only the add-in's own `=DEALS.`
 * formulas, in live mode, are written as formulas; their cells get the value's number format
 * (General for text). A figure in another currency is written out ("CNY 500M") as text, as the
 * DEALS functions answer it: the tables' money columns (and the chart of amounts) hold US dollars.
 */
export function tableBlock(model: TableModel, mode: CellMode): TableBlock {
  const width = model.columns.length;
  const bodyCell = (cell: TableCell): [string | number, string] => {
    const value = usdCell(cell.value);
    if (mode === "formulas" && cell.formula) {
      const format = typeof value === "string" ? GENERAL : numberFormatOf(cell.value);
      return [formulaText(cell.formula.name, cell.formula.args), format];
    }
    return [value, typeof value === "string" ? TEXT_FORMAT : numberFormatOf(cell.value)];
  };
  const body = model.rows.map((row) => row.map(bodyCell));
  const footnote = footnoteLines(model.footnote).map((line): [string | number, string][] => [
    [line, TEXT_FORMAT],
    ...Array.from({ length: width - 1 }, (): [string, string] => ["", GENERAL]),
  ]);
  const rows: [string | number, string][][] = [
    model.columns.map(({ title }): [string, string] => [title, TEXT_FORMAT]),
    ...body,
    ...footnote,
  ];
  return {
    height: rows.length,
    footnoteRows: footnote.length,
    width,
    cells: rows.map((row) => row.map(([cell]) => cell)),
    numberFormats: rows.map((row) => row.map(([, format]) => format)),
  };
}

/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;

/**
 * A footnote as lines that each fit a cell: whole when it fits, else cut after the "; " between
 * two sources (a table citing hundreds of articles lists them all, over several rows).
 * @example footnoteLines('Sources: "A", 1 Jan 2026; "B", 2 Jan 2026. AI Deals dataset v1.0.0.') // one line, as given
 */
export function footnoteLines(footnote: string, limit = MAX_CELL_TEXT): string[] {
  const lines: string[] = [];
  let rest = footnote;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf("; ", limit - 1);
    // A single source longer than a cell (never from the schema's headlines) is cut where it must.
    const end = cut > 0 ? cut + 1 : limit;
    lines.push(rest.slice(0, end));
    rest = rest.slice(end).trimStart();
  }
  return [...lines, rest];
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
