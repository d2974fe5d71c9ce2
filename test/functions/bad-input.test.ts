import fc from "fast-check";
import { answerOf, CustomFunctionsError, ERROR_CODES } from "./custom-functions-shim";
import * as functions from "../../src/functions/functions";
import { CORPUS } from "./bad-input-corpus";

/** Each function as Excel may call it: with anything in any argument. */
const FUNCTIONS = Object.entries(functions) as [string, (...args: unknown[]) => unknown][];

const ERROR_CODE_VALUES = new Set<string>(Object.values(ERROR_CODES));

/** Words that betray a program's internals in text meant for a person. */
const LEAKS = ["null", "undefined", "NaN", "Infinity", "[object"];

const isCell = (cell: unknown) =>
  (typeof cell === "number" && Number.isFinite(cell)) ||
  (typeof cell === "string" && cell.trim().length > 0);

/** PROFILE's company card. */
const isEntity = (answer: unknown): answer is { type: "Entity"; text: string } =>
  typeof answer === "object" && answer !== null && (answer as { type?: unknown }).type === "Entity";

/** Text the analyst passed: a message may echo it, whatever it says. */
const typed = (args: readonly unknown[]): string =>
  args.map((arg) => (typeof arg === "string" ? arg : "")).join(" ");

/**
 * What is wrong with an answer, or undefined: a value Excel can show, or an Excel error with a
 * message a person can act on; never blank, never undefined, never program internals.
 */
function problemOf(answer: unknown, args: readonly unknown[]): string | undefined {
  if (answer instanceof CustomFunctionsError) {
    const { code, message } = answer;
    if (!ERROR_CODE_VALUES.has(code)) return `unknown error code ${code}`;
    if (message.trim().length === 0) return "an empty message";
    if (message.length > 255) return `a message of ${message.length} characters`;
    const leak = LEAKS.find((word) => message.includes(word) && !typed(args).includes(word));
    return leak ? `"${leak}" in the message: ${message}` : undefined;
  }
  if (isEntity(answer)) return answer.text.trim().length > 0 ? undefined : "a card with no text";
  if (Array.isArray(answer)) {
    const width = Array.isArray(answer[0]) ? answer[0].length : 0;
    if (answer.length === 0 || width === 0) return "an empty spill";
    const bad = (answer as unknown[][]).find((row) => row.length !== width || !row.every(isCell));
    return bad ? `a spill row ${JSON.stringify(bad)}` : undefined;
  }
  return isCell(answer) ? undefined : `the cell ${JSON.stringify(answer)}`;
}

const shown = (args: readonly unknown[]) =>
  args.map((arg) =>
    typeof arg === "string"
      ? JSON.stringify(arg.slice(0, 20))
      : typeof arg === "object"
        ? typeof arg
        : String(arg),
  );

describe("DEALS functions on bad input", () => {
  it("holds a corpus of at least 50 inputs", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  // Failures are collected and asserted once per function: one assertion, and a list that says
  // every input at fault.
  it.each(FUNCTIONS)("%s returns a value or an Excel error for every corpus input", (_, fn) => {
    const failures: string[] = [];
    const check = (args: unknown[]) => {
      const problem = problemOf(
        answerOf(() => fn(...args)),
        args,
      );
      if (problem) failures.push(`(${shown(args).join(", ")}): ${problem}`);
    };
    for (const a of CORPUS) {
      for (const b of CORPUS) check([a, b]);
      check([a]);
    }
    expect(failures).toEqual([]);
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
        const problem = problemOf(
          answerOf(() => fn(...args)),
          args,
        );
        if (problem) throw new Error(problem);
      }),
      { numRuns: 2_000 },
    );
  });
});
