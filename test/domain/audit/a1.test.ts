import fc from "fast-check";
import {
  blockGrid,
  columnName,
  contains,
  fullAddress,
  localAddress,
  overlaps,
  parseBlock,
} from "../../../src/domain/audit/a1";
import { dealsFunctionNames } from "../../../src/domain/audit/deals-calls";
import { frozenCell } from "../../../src/domain/audit/freeze-plan";

const sheetName = fc
  .string({ minLength: 1, maxLength: 31 })
  .filter((name) => !/[[\]:*?/\\!]/.test(name) && name.trim() === name && name.length > 0);
const block = fc
  .record({
    sheet: sheetName,
    top: fc.nat(1_048_575),
    left: fc.nat(16_383),
    rows: fc.nat(50),
    columns: fc.nat(50),
  })
  .map(({ sheet, top, left, rows, columns }) => ({
    sheet,
    top,
    left,
    bottom: Math.min(top + rows, 1_048_575),
    right: Math.min(left + columns, 16_383),
  }));

describe("freeze: addresses and guards", () => {
  it("reads back every address it writes, quoted sheet names included", () => {
    fc.assert(fc.property(block, (b) => expect(parseBlock(fullAddress(b))).toEqual(b)));
    expect(fullAddress({ sheet: "Q1 model", top: 1, left: 27, bottom: 1, right: 27 })).toBe(
      "'Q1 model'!AB2",
    );
    expect(parseBlock("'It''s'!$B$2:$C$3")).toEqual({
      sheet: "It's",
      top: 1,
      left: 1,
      bottom: 2,
      right: 2,
    });
    expect(parseBlock("Sheet1!B:C")).toEqual({
      sheet: "Sheet1",
      top: 0,
      left: 1,
      bottom: 1_048_575,
      right: 2,
    });
    expect(parseBlock("Sheet1!$2:$4")).toEqual({
      sheet: "Sheet1",
      top: 1,
      left: 0,
      bottom: 3,
      right: 16_383,
    });
    expect([parseBlock("Sheet1!B"), parseBlock("B2:C"), parseBlock("A1:B2:C3")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect([columnName(0), columnName(25), columnName(26), columnName(16_383)]).toEqual([
      "A",
      "Z",
      "AA",
      "XFD",
    ]);
  });

  it("treats sheet names without case and knows containment from overlap", () => {
    const spill = { sheet: "Sheet1", top: 0, left: 3, bottom: 2, right: 8 };
    const cell = { sheet: "SHEET1", top: 1, left: 4, bottom: 1, right: 4 };
    expect([overlaps(spill, cell), contains(spill, cell)]).toEqual([true, true]);
    const across = { sheet: "sheet1", top: 2, left: 0, bottom: 5, right: 3 };
    expect([overlaps(spill, across), contains(spill, across)]).toEqual([true, false]);
    expect(overlaps(spill, { ...cell, sheet: "Sheet2" })).toBe(false);
  });

  it("keeps any frozen text as text and never finds a call inside a string", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect(frozenCell(text, "String")).toBe(`'${text}`);
        expect(dealsFunctionNames(`="${text.replace(/"/g, '""')}"`)).toEqual([]);
      }),
    );
    expect(frozenCell("#N/A", "Error")).toBe("#N/A");
    expect(frozenCell(43199, "Double")).toBe(43199);
    expect(frozenCell(true, "Boolean")).toBe(true);
  });
});

describe("blockGrid", () => {
  it("returns the block's cells row by row, each on the block's sheet", () => {
    const block = { sheet: "Q1 model", top: 1, left: 1, bottom: 2, right: 3 };
    expect(blockGrid(block, fullAddress)).toEqual([
      ["'Q1 model'!B2", "'Q1 model'!C2", "'Q1 model'!D2"],
      ["'Q1 model'!B3", "'Q1 model'!C3", "'Q1 model'!D3"],
    ]);
  });

  it("returns one row of one cell for a single cell", () => {
    expect(blockGrid({ sheet: "S", top: 4, left: 0, bottom: 4, right: 0 }, localAddress)).toEqual([
      ["A5"],
    ]);
  });
});
