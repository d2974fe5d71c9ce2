/** A1-style addresses, for naming a cell in messages without asking Excel again. */

/** "A", "Z", "AA" for 0, 25, 26. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

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
