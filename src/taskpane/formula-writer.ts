/** Puts one `=DEALS.` formula into the selected cell, refusing a cell that is not empty. */
import { firstOccupiedCell } from "./cell-address";
import { excelErrorMessage } from "./excel-errors";
import type { InsertOutcome } from "./excel-writer";

/** One `Excel.run`, two syncs: read the cell, then write only if it is empty. */
export async function insertFormula(formula: string): Promise<InsertOutcome> {
  try {
    return await Excel.run(async (context) => {
      const cell = context.workbook.getSelectedRange().getCell(0, 0);
      cell.load("address,values,formulas");
      await context.sync();
      if (firstOccupiedCell(cell)) {
        return {
          ok: false,
          message: `${cell.address} is not empty: nothing was written. Select an empty cell.`,
        };
      }
      cell.formulas = [[formula]];
      await context.sync();
      return { ok: true, message: `Inserted ${formula} in ${cell.address}.` };
    });
  } catch (error) {
    return { ok: false, message: excelErrorMessage(error) };
  }
}
