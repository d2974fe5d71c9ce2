/**
 * The DEALS functions by name, with their parameters: what formula text, the pane and the
 * evaluator share, without any data.
 */
export const FUNCTION_NAMES = [
  "AIROUND",
  "VALUATION",
  "AIROUNDS",
  "INVESTORS",
  "INVESTMENTS",
  "TOTALRAISED",
  "COMPANY",
  "AISOURCE",
  "MARKET",
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Each function's parameters in order; optional ones in brackets, as Excel shows them. */
export const FUNCTION_PARAMETERS: Record<FunctionName, readonly string[]> = {
  AIROUND: ["company", "round", "[field]"],
  VALUATION: ["company", "[round]"],
  AIROUNDS: ["company", "[headers]"],
  INVESTORS: ["company", "[round]", "[headers]"],
  INVESTMENTS: ["investor", "[includeAffiliates]", "[headers]"],
  TOTALRAISED: ["company"],
  COMPANY: ["company", "field"],
  AISOURCE: ["company", "[round]", "[field]"],
  MARKET: ["country", "year", "[currency]"],
};

/** "AIROUND(company, round, [field])". */
export function signature(name: FunctionName): string {
  return `${name}(${FUNCTION_PARAMETERS[name].join(", ")})`;
}
