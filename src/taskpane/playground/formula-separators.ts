/**
 * A formula as Excel reads it, rewritten into the forms the parser reads. Excel's argument
 * separator follows the system's list separator: "," in English Excel, ";" where the comma is the
 * decimal mark (German, French, …). The playground reads both, by one rule: a formula with a ";"
 * outside text and outside an array constant `{…}` is in the ";" style, so its ";" separate
 * arguments and a comma between two digits is a decimal comma (`1,5` is 1.5); any other formula is
 * in the "," style. Excel also takes an exponent without its sign (`1e9`, which it shows as
 * `1E+9`). Text in quotes is never changed.
 */

/** Where each character of a formula stands: in "text", in an array constant, or in the formula. */
function* outsideText(
  formula: string,
): Generator<{ index: number; char: string; inArray: boolean }> {
  let inText = false;
  let depth = 0;
  for (let index = 0; index < formula.length; index += 1) {
    const char = formula[index];
    // A doubled quote inside text is an escaped quote: it toggles twice, staying in text.
    if (char === '"') inText = !inText;
    else if (!inText && char === "{") depth += 1;
    else if (!inText && char === "}") depth = Math.max(0, depth - 1);
    else if (!inText) yield { index, char, inArray: depth > 0 };
  }
}

/**
 * Whether the formula separates arguments with ";".
 * @example usesSemicolons('=ROUND(1,5;0)')        // true
 * @example usesSemicolons('=SUM({1,2;3,4})')      // false: ";" in an array constant is a row break
 * @example usesSemicolons('=DEALS.AIROUND("a;b")') // false: text
 */
export function usesSemicolons(formula: string): boolean {
  for (const { char, inArray } of outsideText(formula)) if (char === ";" && !inArray) return true;
  return false;
}

const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";

/**
 * The formula in the "," style the parser reads: unchanged when it does not use ";", else with its
 * argument ";" as "," and its decimal commas as ".".
 * @example toCommaSeparators('=DEALS.AIROUND("SenseTime";"C")') // '=DEALS.AIROUND("SenseTime","C")'
 * @example toCommaSeparators("=ROUND(1,5;0)")                   // "=ROUND(1.5,0)"
 */
export function toCommaSeparators(formula: string): string {
  if (!usesSemicolons(formula)) return formula;
  const chars = formula.split("");
  for (const { index, char, inArray } of outsideText(formula)) {
    if (inArray) continue;
    if (char === ";") chars[index] = ",";
    else if (char === "," && isDigit(formula[index - 1]) && isDigit(formula[index + 1])) {
      chars[index] = ".";
    }
  }
  return chars.join("");
}

/**
 * The formula with each unsigned exponent of a number given its "+" (`1e9` → `1e+9`), as the parser
 * reads numbers; a cell reference such as `AE9` is not a number and stays as it is.
 * @example signedExponents('=DEALS.VALUATION("SenseTime")/1e9') // '=DEALS.VALUATION("SenseTime")/1e+9'
 * @example signedExponents('=SUM(AE9,"1e9")')                    // unchanged
 */
export function signedExponents(formula: string): string {
  const chars = formula.split("");
  for (const { index, char } of outsideText(formula)) {
    if (
      (char === "e" || char === "E") &&
      isDigit(formula[index + 1]) &&
      endsNumber(formula, index)
    ) {
      chars[index] = `${char}+`;
    }
  }
  return chars.join("");
}

/** Whether the characters before `end` are a number's digits (and point), not part of a name. */
function endsNumber(formula: string, end: number): boolean {
  let start = end;
  while (start > 0 && (isDigit(formula[start - 1]) || formula[start - 1] === ".")) start -= 1;
  if (start === end || !/\d/.test(formula.slice(start, end))) return false;
  const before = formula[start - 1];
  return before === undefined || !/[\p{L}\p{N}_.$]/u.test(before);
}
