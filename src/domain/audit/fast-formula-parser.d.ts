/**
 * The part of fast-formula-parser (MIT, no bundled types) the audit and the pane's playground use: evaluating a formula with
 * our own functions and cell lookups, and its lexer, which reads string literals as strings so a
 * `"DEALS.AIROUND("` inside quotes is never taken for a call.
 */
declare module "fast-formula-parser" {
  export type ParserCellRef = { sheet?: string; row: number; col: number; address?: string };
  export type ParserRangeRef = { sheet?: string; from: ParserCellRef; to: ParserCellRef };
  /** One argument as the parser hands it to a function: its value, already evaluated. */
  export type ParserArgument = {
    value: unknown;
    isArray?: boolean;
    isCellRef?: boolean;
    isRangeRef?: boolean;
    omitted?: boolean;
  };
  export type ParserConfig = {
    functions?: Record<string, (...args: ParserArgument[]) => unknown>;
    onCell?: (ref: ParserCellRef) => unknown;
    onRange?: (ref: ParserRangeRef) => unknown[][];
    onVariable?: (name: string, sheet?: string) => unknown;
  };
  /** An Excel error value; `message` explains it, `details` holds a wrapped cause. */
  export class FormulaError extends Error {
    constructor(error: string, message?: string, details?: unknown);
    static readonly NA: FormulaError;
    static readonly VALUE: FormulaError;
    readonly error: string;
    readonly details: unknown;
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    parse(
      formula: string,
      position: { sheet: string; row: number; col: number },
      allowReturnArray?: boolean,
    ): unknown;
    static readonly FormulaError: typeof FormulaError;
  }
}

declare module "fast-formula-parser/grammar/lexing" {
  export type LexedToken = { image: string; tokenType: { name: string } };
  export function lex(text: string): { tokens: LexedToken[] };
}
