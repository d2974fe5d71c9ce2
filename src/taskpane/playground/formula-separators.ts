/**
 * Excel's argument separator follows the system's list separator: "," in English Excel, ";" where
 * the comma is the decimal mark (German, French, …). The playground reads both, by one rule:
 * a formula with a ";" outside text and outside an array constant `{…}` is in the ";" style, so its
 * ";" separate arguments and a comma between two digits is a decimal comma (`1,5` is 1.5); any
 * other formula is in the "," style. Text in quotes is never changed.
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
