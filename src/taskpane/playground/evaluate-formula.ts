/**
 * The playground's formula evaluation, as Excel reads a cell: text that does not start with "=" is
 * kept as typed; a formula is parsed and computed by fast-formula-parser (operators, comparisons,
 * nesting, Excel's common functions), and every DEALS call in it runs through `evaluateFormula`,
 * the code the custom functions run. Errors are values that propagate as in Excel: `#N/A` from a
 * DEALS call inside `+1` stays `#N/A`, with its message. Pure: no DOM, no Office.
 */
import FormulaParser, { FormulaError, type ParserArgument } from "fast-formula-parser";
import type { Catalog } from "../../domain/catalog/catalog";
import { EXCEL_ERROR, type Result } from "../../domain/core/result";
import type { Sourced } from "../../domain/core/value";
import { dealsFormulaParser, type DealsName } from "../../domain/formulas/deals-formula-parser";
import { formulaText, parseCall, type FormulaArgument } from "../../domain/formulas/formula-text";
import {
  evaluateCall,
  explainFormula,
  FUNCTION_NAMES,
  type FormulaValue,
  type FunctionName,
} from "../../domain/formulas/formulas";
import { signedExponents, toCommaSeparators } from "./formula-separators";

/** A value a cell (or one cell of a spill) can hold. */
export type ShownCell = number | string | boolean | { error: string };

/** What the cell shows. */
export type Shown =
  /** No leading "=": Excel keeps what was typed as text. */
  | { kind: "text"; text: string }
  | { kind: "value"; value: number | string | boolean }
  /** A range spilled from the cell, row by row. */
  | { kind: "spill"; rows: ShownCell[][] }
  /** An Excel error value (`#N/A`, `#VALUE!`, `#DIV/0!`, …) and why. */
  | { kind: "error"; code: string; message: string }
  /** Excel would refuse to enter the formula at all. */
  | { kind: "syntax"; message: string };

/** One DEALS call the formula made: its text, its answer and the fact behind a single value. */
export type DealsCall = {
  name: FunctionName;
  formula: string;
  result: Result<FormulaValue>;
  fact?: Result<Sourced>;
  /** For a spill: how its cells read where the number alone would mislead. */
  readings?: (string | undefined)[][];
};

export type Evaluation = {
  shown: Shown;
  /** The DEALS calls made, in evaluation order. */
  calls: DealsCall[];
  /** Set when the whole formula is one DEALS call (`=DEALS.PROFILE("Megvii")` included). */
  single?: { name: string; args: FormulaArgument[] };
  /**
   * When that call spills: how each cell reads where its number alone would mislead ("> $4.50B"
   * for a lower bound, "Oct 2017" for a month), as Excel shows it with its number format.
   */
  readings?: (string | undefined)[][];
};

const PROFILE_MESSAGE =
  "DEALS.PROFILE returns a company card (an Excel data type) that only a worksheet can show: insert it from the pane's Company cards section.";
const NO_CELLS =
  "The playground has no worksheet to read cells or names from: type the values themselves.";
const POSITION = { row: 1, col: 1, sheet: "Playground" };

/**
 * Creates an evaluator (the parser is built once; building it is the costly part).
 * @example formulaEvaluator()(catalog, '=DEALS.TOTALRAISED("SenseTime")/1000000').shown // { kind: "value", value: 1010 }
 * @example formulaEvaluator()(catalog, '=DEALS.AIROUND("Megvii";"C";"lead")+1').shown.kind // "error" (#N/A)
 */
export function formulaEvaluator(): (catalog: Catalog, input: string) => Evaluation {
  let calls: DealsCall[] = [];
  let catalog: Catalog | undefined;
  const deals = (name: DealsName, parsed: ParserArgument[]) => {
    if (name === "PROFILE") throw new FormulaError(EXCEL_ERROR.invalid, PROFILE_MESSAGE);
    if (!catalog) throw new FormulaError(EXCEL_ERROR.invalid, "No catalog to answer from.");
    const args = parsed.map((arg) => argumentValue(name, arg));
    const { result, readings } = evaluateCall(catalog, name, args);
    const fact = explainFormula(catalog, name, args);
    calls.push({
      name,
      formula: formulaText(name, args),
      result,
      ...(fact ? { fact } : {}),
      ...(readings ? { readings } : {}),
    });
    if (result.kind !== "ok") throw new FormulaError(EXCEL_ERROR[result.kind], result.message);
    return result.value;
  };
  const noCells = () => {
    throw new FormulaError("#REF!", NO_CELLS);
  };
  const parser = dealsFormulaParser({ call: deals, onCell: noCells, onRange: noCells });

  return (current, input) => {
    catalog = current;
    const text = input.trim();
    if (!text.startsWith("=")) return { shown: { kind: "text", text: input }, calls: [] };
    if (text.slice(1).trim() === "") return { shown: NOTHING_AFTER_EQUALS, calls: [] };
    const formula = signedExponents(toCommaSeparators(text));
    calls = [];
    const shown = parse(parser, formula.slice(1));
    const call = parseCall(formula);
    const single = call.kind === "ok" && calls.length <= 1 ? call.value : undefined;
    if (!single) return { shown, calls };
    const readings = shown.kind === "spill" ? calls[0]?.readings : undefined;
    return readings ? { shown, calls, single, readings } : { shown, calls, single };
  };
}

/** "=" alone: the parser's own words ("Input must not be empty") say nothing of what to type. */
const NOTHING_AFTER_EQUALS: Shown = {
  kind: "syntax",
  message: 'Type a formula after the "=", e.g. =DEALS.AIROUND("SenseTime","C").',
};

/** A parser argument as a DEALS function receives it from Excel: a single value, or omitted. */
function argumentValue(name: FunctionName, arg: ParserArgument | undefined): FormulaArgument {
  if (!arg || arg.omitted) return null;
  // Excel passes an error argument on as the function's answer.
  if (arg.value instanceof FormulaError) throw arg.value;
  if (arg.isArray || arg.isRangeRef) {
    throw new FormulaError(
      EXCEL_ERROR.invalid,
      `DEALS.${name} takes single values, not an array or a range.`,
    );
  }
  const { value } = arg;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : null;
}

function parse(parser: FormulaParser, formula: string): Shown {
  try {
    return shownValue(parser.parse(formula, POSITION, true));
  } catch (error) {
    return thrown(error, formula);
  }
}

function shownValue(value: unknown): Shown {
  if (value instanceof FormulaError) return errorShown(value);
  if (Array.isArray(value)) {
    const rows = value.map((row: unknown) =>
      Array.isArray(row) ? row.map(cellOf) : [cellOf(row)],
    );
    const only = rows.length === 1 && rows[0].length === 1 ? rows[0][0] : undefined;
    if (only === undefined) return { kind: "spill", rows };
    return typeof only === "object"
      ? { kind: "error", code: only.error, message: "" }
      : { kind: "value", value: only };
  }
  const cell = cellOf(value);
  return typeof cell === "object"
    ? { kind: "error", code: cell.error, message: "" }
    : { kind: "value", value: cell };
}

function cellOf(value: unknown): ShownCell {
  if (value instanceof FormulaError) return { error: value.error };
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  // An empty cell of a spill shows as 0, as Excel shows a reference to an empty cell.
  return value === null || value === undefined ? 0 : { error: EXCEL_ERROR.invalid };
}

function errorShown(error: FormulaError): Shown {
  return { kind: "error", code: error.error, message: error.message };
}

/**
 * What the parser throws: an Excel error it wraps (an unknown function is #NAME?, a cell
 * reference our #REF!), or a syntax error Excel would refuse to enter.
 */
function thrown(error: unknown, formula: string): Shown {
  if (!(error instanceof FormulaError)) {
    return { kind: "syntax", message: `Cannot evaluate the formula (${String(error)}).` };
  }
  const { details } = error;
  if (details instanceof FormulaError) {
    const unknown = /^Function (\S+) is not implemented\.$/.exec(details.message);
    if (unknown)
      return { kind: "error", code: details.error, message: unknownFunction(unknown[1]) };
    return errorShown(details);
  }
  const unknown = /^Function (\S+) is not implemented\.$/.exec(error.message);
  if (unknown) return { kind: "error", code: "#NAME?", message: unknownFunction(unknown[1]) };
  return { kind: "syntax", message: syntaxMessage(error.message, formula) };
}

function unknownFunction(name: string): string {
  const list = FUNCTION_NAMES.join(", ");
  // "=AIROUND(…)": an add-in's functions are written with its namespace.
  const bare = FUNCTION_NAMES.find((known) => known === name.toUpperCase());
  if (bare) return `Unknown function '${name}': write it with its namespace, =DEALS.${bare}(…).`;
  return name.startsWith("DEALS.")
    ? `Unknown function '${name}'. DEALS functions: ${list}.`
    : `Unknown function '${name}': the playground knows Excel's common functions (SUM, ROUND, IF, IFERROR, …) and DEALS.${FUNCTION_NAMES[0]} and the other DEALS functions.`;
}

/**
 * The parser's report ("Error at position 1:16 … Expecting …") as one line a person can act on;
 * curly or single quotes around text (a formula pasted from a document or an email) are named.
 */
function syntaxMessage(report: string, formula: string): string {
  if (/[“”„‘’]/.test(formula) || /[(,;]\s*'[^']*'\s*[,;)]/.test(formula)) {
    return `Excel would not accept this formula: text goes in straight double quotes ("SenseTime"), not curly or single quotes (“SenseTime”, 'SenseTime'). Retype the quotes.`;
  }
  const at = /position \d+:(\d+)/.exec(report);
  const where = at ? ` near character ${Number(at[1]) + 1}` : "";
  return `Excel would not accept this formula: check it${where} (text in "double quotes", arguments separated by , or ;, every ( closed).`;
}
