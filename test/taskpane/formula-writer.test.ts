import { OfficeMockObject } from "office-addin-mock";
import { offsetAddress, columnLetters } from "../../src/taskpane/cell-address";
import { insertFormula } from "../../src/taskpane/formula-writer";

type CellMock = { address: string; values: unknown[][]; formulas: unknown[][] };

function mockCell(content: string) {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        selected: {
          cell: { address: "Sheet1!B2", values: [[content]], formulas: [[content]] },
          getCell() {
            return this.cell;
          },
        },
        getSelectedRange() {
          return this.selected;
        },
      },
    },
    run(batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as unknown as {
    context: { sync: () => Promise<void>; workbook: { selected: { cell: CellMock } } };
  };
  Object.assign(globalThis, { Excel: mock });
  return { cell: mock.context.workbook.selected.cell, sync: jest.spyOn(mock.context, "sync") };
}

const FORMULA = '=DEALS.AIROUND("SenseTime","C")';

describe("insertFormula", () => {
  it("writes the formula into an empty selected cell in two syncs", async () => {
    const { cell, sync } = mockCell("");
    expect(await insertFormula(FORMULA)).toEqual({
      ok: true,
      message: `Inserted ${FORMULA} in Sheet1!B2.`,
    });
    expect(cell.formulas).toEqual([[FORMULA]]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("returns a refusal naming the cell and writes nothing when the cell is not empty", async () => {
    const { cell, sync } = mockCell("memo");
    expect(await insertFormula(FORMULA)).toEqual({
      ok: false,
      message: "Sheet1!B2 is not empty: nothing was written. Select an empty cell.",
    });
    expect(cell.formulas).toEqual([["memo"]]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe("offsetAddress", () => {
  it("returns the cell rows down and columns right of a range's first cell", () => {
    expect(offsetAddress("Sheet1!C4:I8", 1, 2)).toBe("Sheet1!E5");
    expect(offsetAddress("'My sheet'!Y1", 0, 3)).toBe("'My sheet'!AB1");
    expect(offsetAddress("$A$1", 2, 0)).toBe("A3");
  });

  it("returns column letters past Z", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
