import fc from "fast-check";
import { FUNCTION_NAMES } from "../../src/domain/formulas/formulas";
import {
  formulaText,
  parseFormula,
  type FormulaArgument,
} from "../../src/domain/formulas/formula-text";

describe("formulaText", () => {
  it("returns strings quoted and numbers and booleans bare", () => {
    expect(formulaText("AIROUND", ["SenseTime", "C"])).toBe('=DEALS.AIROUND("SenseTime","C")');
    expect(formulaText("INVESTMENTS", ["Alibaba", false, 0])).toBe(
      '=DEALS.INVESTMENTS("Alibaba",FALSE,0)',
    );
  });

  it("returns quotes doubled inside strings", () => {
    expect(formulaText("COMPANY", ['Say "hi"', "ceo"])).toBe('=DEALS.COMPANY("Say ""hi""","ceo")');
  });

  it("returns omitted arguments empty and drops trailing ones", () => {
    expect(formulaText("INVESTORS", ["Megvii", null, 0])).toBe('=DEALS.INVESTORS("Megvii",,0)');
    expect(formulaText("VALUATION", ["SenseTime", null])).toBe('=DEALS.VALUATION("SenseTime")');
  });

  it("returns #NUM! for a number Excel cannot write", () => {
    expect(formulaText("MARKET", ["China", NaN])).toBe('=DEALS.MARKET("China",#NUM!)');
  });
});

describe("parseFormula", () => {
  it.each([
    '=DEALS.AIROUND("SenseTime","C")',
    '=deals.airound("SenseTime","C")',
    'DEALS.AIROUND("SenseTime","C")',
    'AIROUND("SenseTime","C")',
    '  = DEALS . AIROUND ( "SenseTime" , "C" )  ',
  ])("returns the call when the formula is written %j", (text) => {
    expect(parseFormula(text)).toEqual({
      kind: "ok",
      value: { name: "AIROUND", args: ["SenseTime", "C"] },
    });
  });

  it("returns numbers, booleans and empty arguments", () => {
    expect(parseFormula('=INVESTMENTS("Alibaba", true, 0)')).toEqual({
      kind: "ok",
      value: { name: "INVESTMENTS", args: ["Alibaba", true, 0] },
    });
    expect(parseFormula('=INVESTORS("Megvii",,-1.5e2)')).toMatchObject({
      value: { args: ["Megvii", null, -150] },
    });
    expect(parseFormula("=TOTALRAISED()")).toMatchObject({ value: { args: [] } });
  });

  it.each([
    ["", "Type a DEALS function with its arguments in parentheses"],
    ["SenseTime", "Type a DEALS function"],
    ['=SUM("a")', "Unknown function 'SUM'. Functions: AIROUND, VALUATION"],
    ["=AIROUND(SenseTime)", "Cannot read the formula at 'SenseTime)'"],
    ['=AIROUND("SenseTime"', "Cannot read the formula at 'its end'"],
    ['=AIROUND("Sense"Time")', "Cannot read the formula at 'Time\")'"],
    ['=AIROUND("SenseTime") + 1', "Cannot read the formula at ') + 1'"],
  ])("returns invalid for %j", (text, message) => {
    const result = parseFormula(text);
    expect(result.kind).toBe("invalid");
    expect(result.kind !== "ok" && result.message).toContain(message);
  });

  it("returns what formulaText wrote (round trip)", () => {
    const argument: fc.Arbitrary<FormulaArgument> = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const args = fc
      .array(argument, { maxLength: 4 })
      .filter((list) => list.length === 0 || list[list.length - 1] !== null);
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTION_NAMES), args, (name, list) => {
        expect(parseFormula(formulaText(name, list))).toEqual({
          kind: "ok",
          value: { name, args: list },
        });
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("parseFormula and company cards", () => {
  it("returns invalid for PROFILE with where to insert a card instead", () => {
    expect(parseFormula('=DEALS.PROFILE("SenseTime")')).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("insert it from the pane's Company cards section"),
    });
  });
});
