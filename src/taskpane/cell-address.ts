/** A1-style addresses, for naming a cell in messages without asking Excel again. */
import { columnIndex, columnName } from "../domain/audit/a1";

/** "A", "Z", "AA" for 0, 25, 26: the pane names columns as the audit's A1 addresses do. */
export const columnLetters = columnName;

/**
 * The address of the cell `rows` down and `columns` right of a range's top-left cell.
 * Excel returns addresses as `Sheet1!C4:I8` or `'My sheet'!C4`; the sheet part is kept as is.
 * @example offsetAddress("Sheet1!C4:I8", 1, 2) // "Sheet1!E5"
 */
export function offsetAddress(address: string, rows: number, columns: number): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang + 1) : "";
  const match = /^\$?([A-Za-z]+)\$?(\d+)/.exec(address.slice(bang + 1));
  if (!match) return address;
  return `${sheet}${columnLetters(columnIndex(match[1]) + columns)}${Number(match[2]) + rows}`;
}

/**
 * The address of a range's first non-empty cell, row by row, from whichever of its loaded grids it
 * has (`formulas` holds a constant's value too; `values` is checked as well when loaded).
 * @example firstOccupiedCell({ address: "Sheet1!C4:D5", formulas: [["", ""], ["", 7]] }) // "Sheet1!D5"
 */
export function firstOccupiedCell(range: {
  address: string;
  formulas: readonly (readonly unknown[])[];
  values?: readonly (readonly unknown[])[];
}): string | undefined {
  const filled = (cell: unknown) => cell !== "" && cell !== null && cell !== undefined;
  for (const [r, row] of range.formulas.entries()) {
    const c = row.findIndex((cell, i) => filled(cell) || filled(range.values?.[r]?.[i]));
    if (c >= 0) return offsetAddress(range.address, r, c);
  }
  return undefined;
}
