import { OfficeMockObject } from "office-addin-mock";
import { affected, findAffectedCells } from "../../../src/excel/sources/affected-cells";

describe("affected", () => {
  it("lists the DEALS cells naming a company and counts the other DEALS cells", () => {
    const cells: [string, string][] = [
      ["Sheet1!B2", '=DEALS.AIROUND("Lumen Robotics","B")'],
      ["Sheet1!B3", '=deals.valuation("lumen robotics")'],
      ["Sheet1!B4", '=DEALS.AIROUND(A4,"B")'],
      ["Sheet1!B5", "=SUM(A1:A3)"],
      ["Sheet1!B6", '=DEALS.AIROUND("SenseTime","C")'],
    ];
    expect(affected(cells, ["Lumen Robotics"])).toEqual({
      naming: ["Sheet1!B2", "Sheet1!B3"],
      others: 2,
    });
  });
});

describe("findAffectedCells", () => {
  it("reads each sheet's formula cells in two syncs and names each cell", async () => {
    const areas = (address: string, formulas: string[][]) => ({
      isNullObject: false,
      areas: { items: [{ address, formulas }] },
    });
    const sheet = (found: unknown) => ({
      name: "Sheet",
      getUsedRange: () => ({ getSpecialCellsOrNullObject: () => found }),
    });
    const found = [
      areas("Sheet1!C3:D4", [
        ['=DEALS.AIROUND("Lumen","B")', "=1+1"],
        ["=A1", '=DEALS.TOTALRAISED("LUMEN")'],
      ]),
      { isNullObject: true, areas: { items: [] } },
    ];
    // The mock cannot load arrays: the collection answers `load` itself and gets its items after.
    const mock = new OfficeMockObject({ workbook: { worksheets: { load: () => undefined } } });
    Object.assign((mock as unknown as { workbook: { worksheets: object } }).workbook.worksheets, {
      items: found.map(sheet),
    });
    const load = jest.fn();
    for (const area of found) Object.assign(area, { load });
    const context = mock as unknown as Excel.RequestContext;
    const sync = jest.spyOn(mock, "sync");
    expect(await findAffectedCells(context, ["Lumen"])).toEqual({
      naming: ["Sheet1!C3", "Sheet1!D4"],
      others: 0,
    });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(load).toHaveBeenCalledWith("areas/items/address,areas/items/formulas");
  });
});
