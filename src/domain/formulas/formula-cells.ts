import { flagText, plainArgument, quoteArgument } from "../core/argument";
import { excelSerial, formatMoney } from "../presentation/format";
import { andThen, invalid, ok, type Result } from "../core/result";
import type { Value } from "../core/value";

/** What one worksheet cell receives from a DEALS function. */
export type Cell = number | string;

/** A single cell, or a spilled range (rows of equal length). */
export type FormulaValue = Cell | Cell[][];

/** The text a spilled range shows where the source gives no value (never a blank cell). */
export const NOT_REPORTED = "Not reported";

/**
 * The cell a value becomes: money as a plain number (a lower bound as the bound itself), dates as
 * Excel serials (a year-precision date as the year), counts as numbers, text as text.
 * @example
 * valueCell({ type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" }) // 4500000000
 * valueCell({ type: "date", iso: "2018-04-09", precision: "day" })             // 43199
 * valueCell({ type: "date", iso: "2014", precision: "year" })                  // 2014
 */
export function valueCell(value: Value): Cell {
  switch (value.type) {
    case "money":
      return value.amount;
    case "date":
      return value.precision === "year" ? Number(value.iso) : excelSerial(value.iso);
    case "count":
      return value.count;
    case "text":
      return value.text;
  }
}

/**
 * A money value for a USD column: the number when it is in USD, else the amount written out
 * ("CNY 1T") so that a column headed USD never holds another currency's number.
 * @example usdCell({ type: "money", amount: 6e8, currency: "USD", bound: "exact" }) // 600000000
 */
export function usdCell(value: Value): Cell {
  return value.type === "money" && value.currency !== "USD" ? formatMoney(value) : valueCell(value);
}

/**
 * `usdCell` before it becomes a cell: the USD value itself (so its bound stays with it), else the
 * amount written out.
 */
export function usdValue(value: Value): SpillCell {
  const cell = usdCell(value);
  return typeof cell === "string" ? cell : value;
}

/**
 * A spilled cell before it reaches the sheet: text, or a value (a figure, a date, a list of names),
 * which keeps its bound and precision for a host that can show them.
 */
export type SpillCell = string | Value;

/** A spilled value as a plain cell (`valueCell`). */
export const plainCell = (cell: SpillCell): Cell =>
  typeof cell === "string" ? cell : valueCell(cell);

/** A spill's plain cells. */
export const spillCells = (result: Result<SpillCell[][]>): Result<Cell[][]> =>
  andThen(result, (rows) => ok(rows.map((row) => row.map(plainCell))));

/**
 * A spilling function that answers plain cells, from the one that answers values.
 * @example const airounds = plainSpill(airoundsValues); airounds(catalog, "SenseTime") // ok: [["Round", …], …]
 */
export const plainSpill =
  <A extends unknown[]>(values: (...args: A) => Result<SpillCell[][]>) =>
  (...args: A): Result<Cell[][]> =>
    spillCells(values(...args));

/**
 * STOCKHISTORY's `headers` convention: omitted or 1 → a header row, 0 → none (TRUE/FALSE and the
 * text "1"/"0", "TRUE"/"FALSE", "yes"/"no" are read the same way, as INVESTMENTS' flag is).
 * @example headersArgument(undefined) // { kind: "ok", value: true }
 * @example headersArgument(2).kind   // "invalid"
 */
export function headersArgument(value: unknown): Result<boolean> {
  value = plainArgument(value);
  // 0 means "no header row"; only an empty text cell reads as omitted.
  if (value === "") return ok(true);
  if (value === null || value === undefined || value === 1 || value === true) return ok(true);
  if (value === 0 || value === false) return ok(false);
  const text = typeof value === "string" ? flagText(value) : undefined;
  if (text !== undefined) return ok(text);
  return invalid(
    `The headers argument must be 1 (a header row) or 0 (no header row), not ${quoteArgument(value)}.`,
    ["1", "0"],
  );
}

/** The spilled range: the header row first when asked for. */
export function spill<T extends SpillCell>(
  header: readonly string[],
  rows: T[][],
  headers: boolean,
): (T | string)[][] {
  return headers ? [[...header], ...rows] : rows;
}

/**
 * Narrows a single-cell answer to a number, for functions Excel is told return numbers.
 * @example asNumber(ok(600000000)) // { kind: "ok", value: 600000000 }
 */
export function asNumber(result: Result<Cell>): Result<number> {
  if (result.kind !== "ok") return result;
  if (typeof result.value === "number") return ok(result.value);
  return invalid(`Expected a number, got the text ${quoteArgument(result.value)}.`);
}
