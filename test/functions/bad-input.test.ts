import fc from "fast-check";
import { answerOf, CustomFunctionsError, ERROR_CODES } from "./custom-functions-shim";
import * as functions from "../../src/functions/functions";
import { CORPUS } from "./bad-input-corpus";

/** Each function as Excel may call it: with anything in any argument. */
const FUNCTIONS = Object.entries(functions) as [string, (...args: unknown[]) => unknown][];

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
