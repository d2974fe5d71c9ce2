import { catalog } from "../../bundled-catalog";
import { formulaEvaluator } from "../../../src/taskpane/playground/evaluate-formula";
import {
  cellText,
  shownText,
  spillHasHeader,
  textNote,
} from "../../../src/taskpane/playground/playground-model";

const evaluator = formulaEvaluator();
const evaluate = (formula: string) => evaluator(catalog, formula);

describe("cellText", () => {
  it.each([
    [600000000, "600000000"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333333333"],
    [true, "TRUE"],
    [false, "FALSE"],
    ["Alibaba", "Alibaba"],
    [{ error: "#N/A" }, "#N/A"],
  ])("returns %j as %j, as Excel's General format shows it", (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});

describe("shownText", () => {
  it("returns an error with its message, and a bare code when there is none", () => {
    expect(shownText({ kind: "error", code: "#N/A", message: "Not reported" })).toBe(
      "#N/A Not reported",
    );
    expect(shownText({ kind: "error", code: "#DIV/0!", message: "" })).toBe("#DIV/0!");
  });

  it("returns a spill as tab-separated rows", () => {
    expect(
      shownText({
        kind: "spill",
        rows: [
          [1, "a"],
          [true, { error: "#N/A" }],
        ],
      }),
    ).toBe("1\ta\nTRUE\t#N/A");
  });
});

describe("spillHasHeader", () => {
  it.each([
    ['=DEALS.AIROUNDS("SenseTime")', true],
    ['=DEALS.AIROUNDS("SenseTime",1)', true],
    ['=DEALS.AIROUNDS("SenseTime",0)', false],
    ['=DEALS.INVESTORS("Megvii",,FALSE)', false],
    ['=DEALS.INVESTMENTS("Alibaba",TRUE,"0")', false],
    ['=DEALS.AIROUND("SenseTime","C")', false],
    ['=IF(TRUE,DEALS.AIROUNDS("SenseTime"))', false],
  ])("returns for %s: %s", (formula, expected) => {
    expect(spillHasHeader(evaluate(formula))).toBe(expected);
  });
});

describe("textNote", () => {
  it("says how to start a formula, for empty input and for text", () => {
    expect(textNote("")).toMatch(/^Type a formula that starts with "="/);
    expect(textNote("hello")).toMatch(/^Not a formula/);
  });
});
