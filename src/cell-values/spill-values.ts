/**
 * Spilled cells as Excel cell values: a lower bound or a date keeps its reading in the sheet
 * through a number format on the number itself, so that "exceeding $4.5 billion" never shows as an
 * exact 4500000000 and a month-precision date never reads as a day.
 */
import { plainCell, type Cell, type SpillCell } from "../domain/formulas/formula-cells";
import { needsNumberFormat, numberFormatOf } from "../domain/presentation/number-format";
import { formattedNumber, type NumberOptions } from "./formatted-number";
import { isSetSupported } from "./requirements";

/**
 * How the host takes formatted numbers: `formats` when it has data types (ExcelApi 1.16), where a
 * custom function's numbers can carry a format; without them numbers stay plain, as they were.
 */
export type SpillOptions = NumberOptions & { formats: boolean };

const hostOptions = (): SpillOptions => ({
  formats: isSetSupported("ExcelApi", "1.16"),
  doubleFormats: isSetSupported("ExcelApi", "1.19"),
});

/**
 * A spill's cells for Excel.
 * @example
 * spillValues([["Series C", { type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" }]], { formats: true, doubleFormats: true })
 * // [["Series C", { type: "Double", basicValue: 4500000000, numberFormat: '"> "$#,##0.00,,,"B"' }]]
 */
export function spillValues(
  rows: readonly (readonly SpillCell[])[],
  options: SpillOptions = hostOptions(),
): (Cell | Excel.CellValue)[][] {
  return rows.map((row) => row.map((cell) => sheetValue(cell, options)));
}

/**
 * One cell for Excel, spilled or single: the plain cell, or where the host has data types a lower
 * bound or a day or month as its number with the format that reads as the source gives it.
 * @example sheetValue({ type: "count", count: 400, bound: "atLeast" }, { formats: true, doubleFormats: true }) // { type: "Double", basicValue: 400, numberFormat: '"> "#,##0' }
 * @example sheetValue({ type: "money", amount: 6e8, currency: "USD", bound: "exact" }) // 600000000
 */
export function sheetValue(cell: SpillCell, options?: SpillOptions): Cell | Excel.CellValue {
  const plain = plainCell(cell);
  if (typeof cell === "string" || typeof plain === "string" || !needsNumberFormat(cell)) {
    return plain;
  }
  // The host is asked only for a value that needs a format (most answers are plain).
  const host = options ?? hostOptions();
  return host.formats ? formattedNumber(plain, numberFormatOf(cell), host) : plain;
}
