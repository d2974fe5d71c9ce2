/**
 * The part of fast-formula-parser (MIT, no bundled types) the playground uses: the parser, its
 * error class, and the argument objects it hands to custom functions.
 */
declare module "fast-formula-parser" {
  /** An Excel error value; `message` is the optional explanation, `details` a wrapped cause. */
  export class FormulaError extends Error {
    constructor(error: string, message?: string, details?: unknown);
    readonly error: string;
    readonly details: unknown;
  }

  /** What a custom function receives for each argument (`omitted` for an empty one: `f(1,,2)`). */
  export type ParserArgument = {
    value: unknown;
    isArray: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  };

  export type ParserValue = number | string | boolean | FormulaError | ParserValue[][];

  export type ParserOptions = {
    functions?: Record<string, (...args: ParserArgument[]) => unknown>;
    onCell?: (ref: unknown) => unknown;
    onRange?: (ref: unknown) => unknown;
    onVariable?: (name: string, sheet: string) => unknown;
  };

  export default class FormulaParser {
    constructor(options?: ParserOptions);
    parse(
      formula: string,
      position: { row: number; col: number; sheet: string },
      allowReturnArray?: boolean,
    ): ParserValue;
    static FormulaError: typeof FormulaError;
  }
}
