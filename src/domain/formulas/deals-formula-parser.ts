/**
 * fast-formula-parser set up for formulas that call DEALS functions: the audit (which DEALS calls a
 * worksheet formula makes) and the pane's playground (what a typed formula shows) build their
 * parser here, so both know the same DEALS names. Pure: the caller decides what a call answers and
 * what a cell or a range holds.
 */
import FormulaParser, {
  type ParserArgument,
  type ParserCellRef,
  type ParserRangeRef,
} from "fast-formula-parser";
import { FUNCTION_NAMES, type FunctionName } from "./function-names";

/** Every function the parser takes for a DEALS call: the evaluated ones and PROFILE (a card). */
export type DealsName = FunctionName | "PROFILE";

const DEALS_NAMES: readonly DealsName[] = [...FUNCTION_NAMES, "PROFILE"];

export type DealsParserHooks = {
  /** Answers one DEALS call (name without `DEALS.`), or throws a `FormulaError`. */
  call: (name: DealsName, args: ParserArgument[]) => unknown;
  /** The value of a cell the formula refers to. */
  onCell: (ref: ParserCellRef) => unknown;
  /** The values of a range the formula refers to. */
  onRange: (ref: ParserRangeRef) => unknown[][];
};

/**
 * A parser whose `DEALS.<name>` functions go to `hooks.call`; Excel's common functions are the
 * parser's own. A defined name is not followed (it reads as null, the parser's default). Building
 * one costs milliseconds: build it once and reuse it.
 * @example
 * const parser = dealsFormulaParser({ call: (name) => name.length, onCell: () => 0, onRange: () => [[0]] });
 * parser.parse('DEALS.AIROUND("SenseTime","C")+1', { sheet: "Sheet1", row: 1, col: 1 }) // 8
 */
export function dealsFormulaParser(hooks: DealsParserHooks): FormulaParser {
  const functions: Record<string, (...args: ParserArgument[]) => unknown> = {};
  for (const name of DEALS_NAMES) functions[`DEALS.${name}`] = (...args) => hooks.call(name, args);
  return new FormulaParser({
    functions,
    onCell: hooks.onCell,
    onRange: hooks.onRange,
    onVariable: () => null,
  });
}
