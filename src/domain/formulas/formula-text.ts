import { quoteArgument } from "../core/argument";
import { FUNCTION_NAMES, type FunctionName } from "./function-names";
import { andThen, invalid, ok, type Result } from "../core/result";

export type FormulaArgument = string | number | boolean | null;

const NAMES = new Set<string>(FUNCTION_NAMES);
const LIST = FUNCTION_NAMES.join(", ");

/**
 * The formula a cell holds. Strings are quoted with Excel's "" escaping, numbers and booleans bare,
 * omitted (null) arguments left empty and trailing ones dropped. A number Excel cannot write
 * (NaN, ±Infinity) becomes #NUM!.
 * @example formulaText("AIROUND", ["SenseTime", "C"])   // '=DEALS.AIROUND("SenseTime","C")'
 * @example formulaText("INVESTORS", ["Megvii", null, 0]) // '=DEALS.INVESTORS("Megvii",,0)'
 */
export function formulaText(
  name: FunctionName | "PROFILE",
  args: readonly FormulaArgument[],
): string {
  let end = args.length;
  while (end > 0 && args[end - 1] === null) end -= 1;
  return `=DEALS.${name}(${args.slice(0, end).map(argumentText).join(",")})`;
}

function argumentText(arg: FormulaArgument): string {
  if (arg === null) return "";
  if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
  if (typeof arg === "number") return Number.isFinite(arg) ? String(arg === 0 ? 0 : arg) : "#NUM!";
  return `"${arg.replace(/"/g, '""')}"`;
}

/** One lexical piece of an argument list. */
const TOKEN = /\s*(?:"((?:[^"]|"")*)"|([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)|(true|false))\s*/iy;

/**
 * Parses a formula typed into the pane's playground: case-insensitive, `=` and `DEALS.` optional,
 * spaces allowed; arguments are "text" (with "" for a quote), numbers, TRUE/FALSE or left empty.
 * @example parseFormula('=deals.airound( "SenseTime" , "C" )') // ok: { name: "AIROUND", args: ["SenseTime", "C"] }
 * @example parseFormula("INVESTORS(\"Megvii\",,0)")             // ok: { name: "INVESTORS", args: ["Megvii", null, 0] }
 */
export function parseFormula(
  text: string,
): Result<{ name: FunctionName; args: FormulaArgument[] }> {
  return andThen(parseCall(text), ({ name, args }) => {
    if (name === "PROFILE") {
      return invalid(
        "DEALS.PROFILE returns a company card (an Excel data type) that only a worksheet can show: insert it from the pane's Company cards section.",
        [...FUNCTION_NAMES],
      );
    }
    return NAMES.has(name)
      ? ok({ name: name as FunctionName, args })
      : invalid(`Unknown function ${quoteArgument(name)}. Functions: ${LIST}.`, [
          ...FUNCTION_NAMES,
        ]);
  });
}

/**
 * The function name (upper case) and arguments of a typed formula, whatever the name.
 * @example parseCall('=deals.profile("SenseTime")') // ok: { name: "PROFILE", args: ["SenseTime"] }
 */
export function parseCall(text: string): Result<{ name: string; args: FormulaArgument[] }> {
  const head = /^\s*=?\s*(?:deals\s*\.\s*)?([a-z][a-z0-9_.]*)\s*\(/i.exec(text);
  if (!head) {
    return invalid(
      `Type a DEALS function with its arguments in parentheses, e.g. =DEALS.AIROUND("SenseTime","C"). Functions: ${LIST}.`,
      [...FUNCTION_NAMES],
    );
  }
  const name = head[1].toUpperCase();
  return andThen(parseArguments(text, head[0].length), (args) => ok({ name, args }));
}

function parseArguments(text: string, start: number): Result<FormulaArgument[]> {
  const close = /\s*\)\s*$/y;
  close.lastIndex = start;
  if (close.test(text)) return ok([]);
  const args: FormulaArgument[] = [];
  let at = start;
  for (;;) {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(text);
    if (token) {
      args.push(tokenValue(token));
      at = TOKEN.lastIndex;
    } else {
      const blank = /\s*/y;
      blank.lastIndex = at;
      blank.exec(text);
      at = blank.lastIndex;
      args.push(null);
    }
    if (text[at] === ",") {
      at += 1;
      continue;
    }
    close.lastIndex = at;
    if (close.test(text)) return ok(args);
    return invalid(
      `Cannot read the formula at ${quoteArgument(text.slice(at) || "its end")}: arguments are "text", numbers, TRUE or FALSE, separated by commas, and the formula ends with ")".`,
    );
  }
}

function tokenValue(token: RegExpExecArray): FormulaArgument {
  const [, quoted, number, flag] = token;
  if (quoted !== undefined) return quoted.replace(/""/g, '"');
  if (number !== undefined) return Number(number);
  return flag?.toLowerCase() === "true";
}
