/**
 * A1 addresses as Excel returns them (`Sheet1!B2:D5`, `'Q1 model'!C3`): parsed into a sheet and a
 * block of 0-based rows and columns, and written back. Pure, so the audit can work out which cells a
 * spill or a table covers without asking Excel again.
 */

/** A rectangular block on one sheet; rows and columns are 0-based and inclusive. */
export type Block = { sheet: string; top: number; left: number; bottom: number; right: number };

/**
 * "A", "Z", "AA" for 0, 25, 26.
 * @example columnName(27) // "AB"
 */
export function columnName(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0 for "A", 26 for "AA", in any case. */
export const columnIndex = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The sheet name as a formula or address writes it: quoted (with '' for a quote) unless it is a
 * plain word.
 * @example sheetPrefix("Q1 model") // "'Q1 model'!"
 * @example sheetPrefix("Sheet1")   // "Sheet1!"
 */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? `${sheet}!`
    : `'${sheet.replace(/'/g, "''")}'!`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** One end of a range: a cell, or a whole column or row (then the other coordinate is open). */
function corner(text: string): { row?: number; column?: number } | undefined {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column) return { column: columnIndex(column[1]) };
  const row = ROW.exec(text);
  return row ? { row: Number(row[1]) - 1 } : undefined;
}

/**
 * Parses `Sheet1!B2:D5`, `'My sheet'!C3`, whole columns `Sheet1!B:C` and rows `Sheet1!2:4`, or an
 * address without a sheet (then on `sheet`); undefined for anything else (several areas).
 * @example parseBlock("'Q1 model'!B2:C3") // { sheet: "Q1 model", top: 1, left: 1, bottom: 2, right: 2 }
 * @example parseBlock("Sheet1!B:B")       // { sheet: "Sheet1", top: 0, left: 1, bottom: 1048575, right: 1 }
 */
export function parseBlock(address: string, sheet = ""): Block | undefined {
  const bang = address.lastIndexOf("!");
  let name = sheet;
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    name = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  }
  const parts = address.slice(bang + 1).split(":");
  if (parts.length > 2) return undefined;
  const [first, last = first] = parts;
  const a = corner(first);
  const b = corner(last);
  // A lone column or row ("B", "2") is not an address; both ends must be of one kind.
  if (!a || !b || (a.row === undefined) !== (b.row === undefined)) return undefined;
  if ((a.column === undefined) !== (b.column === undefined)) return undefined;
  if (parts.length === 1 && (a.row === undefined || a.column === undefined)) return undefined;
  const rows = [a.row ?? 0, b.row ?? LAST_ROW];
  const columns = [a.column ?? 0, b.column ?? LAST_COLUMN];
  return {
    sheet: name,
    top: Math.min(...rows),
    left: Math.min(...columns),
    bottom: Math.max(...rows),
    right: Math.max(...columns),
  };
}

/**
 * A block's address without the sheet: "B2" for one cell, "B2:D5" otherwise.
 * @example localAddress({ sheet: "S", top: 1, left: 1, bottom: 4, right: 3 }) // "B2:D5"
 */
export function localAddress(block: Block): string {
  const start = `${columnName(block.left)}${block.top + 1}`;
  if (block.top === block.bottom && block.left === block.right) return start;
  return `${start}:${columnName(block.right)}${block.bottom + 1}`;
}

/**
 * A block's full address, sheet included, as a person reads it.
 * @example fullAddress({ sheet: "Q1 model", top: 0, left: 0, bottom: 0, right: 0 }) // "'Q1 model'!A1"
 */
export const fullAddress = (block: Block): string =>
  `${sheetPrefix(block.sheet)}${localAddress(block)}`;

/** The single cell `row` down and `column` right of the block's top-left cell. */
export const cellAt = (block: Block, row: number, column: number): Block => ({
  sheet: block.sheet,
  top: block.top + row,
  left: block.left + column,
  bottom: block.top + row,
  right: block.left + column,
});

/**
 * A block's cells, row by row, each mapped: the shape Excel reads and writes a range's values in.
 * @example blockGrid({ sheet: "S", top: 0, left: 0, bottom: 1, right: 1 }, localAddress)
 * // [["A1", "B1"], ["A2", "B2"]]
 */
export const blockGrid = <T>(block: Block, map: (cell: Block) => T): T[][] =>
  Array.from({ length: block.bottom - block.top + 1 }, (_, r) =>
    Array.from({ length: block.right - block.left + 1 }, (_, c) => map(cellAt(block, r, c))),
  );

/** Whether two blocks on the same sheet share a cell (sheet names compared as Excel does). */
export function overlaps(a: Block, b: Block): boolean {
  return (
    sameSheet(a.sheet, b.sheet) &&
    a.top <= b.bottom &&
    b.top <= a.bottom &&
    a.left <= b.right &&
    b.left <= a.right
  );
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: Block, inner: Block): boolean {
  return (
    sameSheet(outer.sheet, inner.sheet) &&
    outer.top <= inner.top &&
    inner.bottom <= outer.bottom &&
    outer.left <= inner.left &&
    inner.right <= outer.right
  );
}

/** Excel compares sheet names without case. */
export const sameSheet = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
