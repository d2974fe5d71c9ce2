/**
 * Which worksheet cells will answer differently when a source goes: the cells whose DEALS
 * formulas name one of its companies. One `Excel.run`, two syncs (the sheets, then every sheet's
 * formula cells, ExcelApi 1.9); a formula that takes the company from another cell cannot be
 * matched by name, so those cells are counted apart.
 */
import { offsetAddress } from "../../taskpane/cell-address";

/** Cells naming the source's companies, and how many other DEALS cells might change. */
export type AffectedCells = { naming: string[]; others: number };

/**
 * Sorts DEALS formulas by whether they name one of these companies (case-insensitive).
 * @example
 * affected([["Sheet1!B2", '=DEALS.AIROUND("Lumen","B")']], ["Lumen"]) // { naming: ["Sheet1!B2"], others: 0 }
 */
export function affected(
  cells: readonly (readonly [string, string])[],
  companyNames: readonly string[],
): AffectedCells {
  const names = companyNames.map((name) => `"${name.toLowerCase()}"`);
  const result: AffectedCells = { naming: [], others: 0 };
  for (const [address, formula] of cells) {
    const lower = formula.toLowerCase();
    if (!lower.includes("deals.")) continue;
    if (names.some((name) => lower.includes(name))) result.naming.push(address);
    else result.others += 1;
  }
  return result;
}

/** Reads every formula cell of the workbook and sorts its DEALS cells (see `affected`). */
export async function findAffectedCells(
  context: Excel.RequestContext,
  companyNames: readonly string[],
): Promise<AffectedCells> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const formulaCells = sheets.items.map((sheet) => {
    const areas = sheet.getUsedRange(false).getSpecialCellsOrNullObject("Formulas");
    areas.load("areas/items/address,areas/items/formulas");
    return areas;
  });
  await context.sync();
  const cells: [string, string][] = [];
  for (const areas of formulaCells) {
    if (areas.isNullObject) continue;
    for (const range of areas.areas.items) {
      cells.push(...cellsOf(range.address, range.formulas));
    }
  }
  return affected(cells, companyNames);
}

/** Each cell of a block with its own address (`Sheet1!B2:C3` → B2, C2, B3, C3). */
function cellsOf(address: string, formulas: readonly (readonly unknown[])[]): [string, string][] {
  return formulas.flatMap((cells, r) =>
    cells.map((formula, c): [string, string] => [offsetAddress(address, r, c), String(formula)]),
  );
}
