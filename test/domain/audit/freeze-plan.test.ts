import { lex } from "fast-formula-parser/grammar/lexing";
import {
  dealsFormulaCells,
  planFreeze,
  type SheetGrid,
} from "../../../src/domain/audit/freeze-plan";

jest.mock("fast-formula-parser/grammar/lexing", () => {
  const actual = jest.requireActual("fast-formula-parser/grammar/lexing");
  return { ...actual, lex: jest.fn(actual.lex) };
});

const lexed = lex as jest.MockedFunction<typeof lex>;

const grid: SheetGrid = {
  sheet: "Model",
  protected: false,
  used: {
    address: "Model!A1:B3",
    formulas: [
      ['=DEALS.TOTALRAISED("Megvii")', "=SUM(1,2)"],
      ['=DEALS.AIROUND("SenseTime","C")/1000000', "label"],
      ['=DEALS.PROFILE("Megvii")', '=IFERROR(DEALS.VALUATION("Megvii"),0)'],
    ],
    values: [
      [1_360_000_000, 3],
      [600, "label"],
      ["Megvii", 0],
    ],
    valueTypes: [
      ["Double", "Double"],
      ["Double", "String"],
      ["String", "Double"],
    ],
  },
};

describe("dealsFormulaCells", () => {
  it("returns each DEALS formula cell with the DEALS functions it calls, lexing each formula once", () => {
    lexed.mockClear();
    const cells = dealsFormulaCells(grid);
    expect(cells.map((c) => [c.formula, c.names])).toEqual([
      ['=DEALS.TOTALRAISED("Megvii")', ["TOTALRAISED"]],
      ['=DEALS.AIROUND("SenseTime","C")/1000000', ["AIROUND"]],
      ['=DEALS.PROFILE("Megvii")', ["PROFILE"]],
      ['=IFERROR(DEALS.VALUATION("Megvii"),0)', ["VALUATION"]],
    ]);
    // Five formulas; the constant "label" is not one.
    expect(lexed).toHaveBeenCalledTimes(5);
  });
});

describe("planFreeze", () => {
  it("plans from the cells found without lexing the formulas again", () => {
    const cells = dealsFormulaCells(grid);
    lexed.mockClear();
    const plan = planFreeze([{ grid, cells }], new Map());
    expect(lexed).not.toHaveBeenCalled();
    expect(plan.groups.map((g) => g.values)).toEqual([[[1_360_000_000]], [[600]], [[0]]]);
    expect(plan.skipped).toEqual([
      { address: "Model!A3", why: expect.stringContaining("company card") },
    ]);
    expect(plan.cells).toBe(3);
  });
});
