/** A number with a number format, as the host reads one. */

/**
 * `numberFormat` on a Double is ExcelApi 1.19; before that (older Microsoft 365 builds) the
 * FormattedNumber cell value carries it, which 1.19 deprecates but still reads.
 */
export type NumberOptions = { doubleFormats: boolean };

/**
 * @example formattedNumber(4.5e9, '"> "$#,##0', { doubleFormats: false }) // { type: "FormattedNumber", basicValue: 4500000000, numberFormat: '"> "$#,##0' }
 */
export function formattedNumber(
  basicValue: number,
  numberFormat: string,
  options: NumberOptions,
): Excel.CellValue {
  return options.doubleFormats
    ? { type: "Double", basicValue, numberFormat }
    : { type: "FormattedNumber", basicValue, numberFormat };
}
