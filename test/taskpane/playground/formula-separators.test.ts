import {
  signedExponents,
  toCommaSeparators,
  usesSemicolons,
} from "../../../src/taskpane/playground/formula-separators";

describe("usesSemicolons", () => {
  it.each([
    ['=DEALS.AIROUND("SenseTime";"C")', true],
    ["=ROUND(1,5;0)", true],
    ['=DEALS.AIROUND("SenseTime","C")', false],
    ['=DEALS.AIROUND("a;b","C")', false],
    ["=SUM({1,2;3,4})", false],
    ['=LEN("say ""x;y""")', false],
  ])("returns for %s: %s", (formula, expected) => {
    expect(usesSemicolons(formula)).toBe(expected);
  });
});

describe("toCommaSeparators", () => {
  it("returns a comma-style formula unchanged, decimal points and all", () => {
    expect(toCommaSeparators("=ROUND(1.25,1)")).toBe("=ROUND(1.25,1)");
  });

  it("returns ';' between arguments as ',' and a comma between digits as the decimal point", () => {
    expect(toCommaSeparators('=DEALS.AIROUND("SenseTime";"C")*1,5')).toBe(
      '=DEALS.AIROUND("SenseTime","C")*1.5',
    );
    expect(toCommaSeparators("=ROUND(2,55;1)")).toBe("=ROUND(2.55,1)");
  });

  it("leaves text and array constants alone", () => {
    expect(toCommaSeparators('=IF(TRUE;"1,5;2";{1,2;3,4})')).toBe('=IF(TRUE,"1,5;2",{1,2;3,4})');
  });

  it("keeps text with characters outside the basic plane intact", () => {
    expect(toCommaSeparators('=LEN("🙂;x");1,5')).toBe('=LEN("🙂;x"),1.5');
  });
});

describe("signedExponents", () => {
  it.each([
    ["=1e9", "=1e+9"],
    ['=DEALS.VALUATION("SenseTime")/1E9', '=DEALS.VALUATION("SenseTime")/1E+9'],
    ["=2.5e3*4", "=2.5e+3*4"],
    ["=1E+9", "=1E+9"],
    ["=1E-3", "=1E-3"],
    ["=SUM(AE9,E9)", "=SUM(AE9,E9)"],
    ['=LEN("1e9")', '=LEN("1e9")'],
  ])("reads %s as %s", (formula, expected) => {
    expect(signedExponents(formula)).toBe(expected);
  });
});
