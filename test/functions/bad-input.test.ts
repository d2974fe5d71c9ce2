import fc from "fast-check";
import { answerOf, CustomFunctionsError, ERROR_CODES } from "./custom-functions-shim";
import * as functions from "../../src/functions/functions";

/** Each function as Excel may call it: with anything in any argument. */
const FUNCTIONS = Object.entries(functions) as [string, (...args: unknown[]) => unknown][];

/** Inputs an analyst (or a careless reference) can pass; none may crash a function. */
const CORPUS: unknown[] = [
  undefined,
  null,
  "",
  " ",
  "\t\n",
  "   SenseTime   ",
  "SenseTime",
  "Megvii",
  "Alibaba",
  "Ant Financial",
  "China",
  "C",
  "Series Z",
  "latest",
  "first",
  "2017-07",
  "2017-13",
  "0000-00",
  "amount",
  "valuation",
  "lead",
  "founded",
  "partnerlist",
  "USD",
  "CNY",
  "x".repeat(10_000),
  "Sense".repeat(2_000),
  "<script>alert(1)</script>",
  "=1+1",
  "@SUM(A1)",
  "+cmd|' /C calc'!A0",
  "-2+3",
  "😀",
  "商汤😀",
  "\u0000",
  "\u200b",
  "Face++",
  "TRUE",
  "null",
  "undefined",
  0,
  -1,
  1,
  2,
  3,
  1.5,
  -0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
  2030,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  [],
  [["SenseTime"]],
  {},
  Object.create(null),
  { toString: () => "SenseTime" },
];

const ERROR_CODE_VALUES = new Set<string>(Object.values(ERROR_CODES));

const isCell = (cell: unknown) =>
  (typeof cell === "number" && Number.isFinite(cell)) ||
  (typeof cell === "string" && cell.trim().length > 0);

/** PROFILE's company card. */
const isEntity = (answer: unknown): answer is { type: "Entity"; text: string } =>
  typeof answer === "object" && answer !== null && (answer as { type?: unknown }).type === "Entity";

/** A value Excel can show, or an Excel error with a message: never blank, never undefined. */
function checkAnswer(answer: unknown): void {
  if (answer instanceof CustomFunctionsError) {
    expect(ERROR_CODE_VALUES.has(answer.code)).toBe(true);
    expect(answer.message.trim().length).toBeGreaterThan(0);
    expect(answer.message.length).toBeLessThanOrEqual(255);
  } else if (isEntity(answer)) {
    expect(answer.text.trim().length).toBeGreaterThan(0);
  } else if (Array.isArray(answer)) {
    expect(answer.length).toBeGreaterThan(0);
    const width = (answer[0] as unknown[]).length;
    expect(width).toBeGreaterThan(0);
    for (const row of answer as unknown[][]) {
      expect(row).toHaveLength(width);
      expect(row.every(isCell)).toBe(true);
    }
  } else {
    expect(isCell(answer)).toBe(true);
  }
}

describe("DEALS functions on bad input", () => {
  it("holds a corpus of at least 50 inputs", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(FUNCTIONS)("%s returns a value or an Excel error for every corpus input", (_, fn) => {
    for (const a of CORPUS) {
      for (const b of CORPUS) checkAnswer(answerOf(() => fn(a, b)));
      checkAnswer(answerOf(() => fn(a)));
    }
  });

  it.each(FUNCTIONS)("%s returns a value or an Excel error for any arguments", (_, fn) => {
    const argument = fc.oneof(
      fc.constantFrom(...CORPUS),
      fc.anything(),
      fc.string(),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.double(),
      fc.integer({ min: -5, max: 5 }),
    );
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 4 }), (args) => {
        checkAnswer(answerOf(() => fn(...args)));
      }),
      { numRuns: 2_000 },
    );
  });
});
