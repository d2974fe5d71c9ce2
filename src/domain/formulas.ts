/**
 * The DEALS functions as pure functions of raw cell arguments: the custom functions and the pane's
 * playground both evaluate formulas here.
 */
import { catalog } from "./catalog";
import { sourcedCell, type Cell, type FormulaValue } from "./formula-cells";
import {
  companyFieldFact,
  marketFact,
  roundFact,
  totalRaisedFact,
  valuationFact,
} from "./formula-facts";
import { airounds, investments, investors } from "./formula-spills";
import { resolveCompany } from "./resolve-entity";
import { andThen, invalid, ok, type Result } from "./result";
import { sourceOf } from "./source-of";
import type { Sourced } from "./value";

export type { Cell, FormulaValue } from "./formula-cells";
export { NOT_REPORTED, asNumber } from "./formula-cells";
export { airounds, investments, investors } from "./formula-spills";

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

const cell = (fact: Result<Sourced>): Result<Cell> => andThen(fact, (f) => ok(sourcedCell(f)));

/**
 * One fact of one round; `field` defaults to `amount`.
 * @example airound("SenseTime", "C")                 // ok: 600000000
 * @example airound("SenseTime", "2017-07", "lead")   // ok: "CDH Investments; Sailing Capital"
 */
export const airound = (company: unknown, round: unknown, field?: unknown): Result<Cell> =>
  cell(roundFact(company, round, field));

/**
 * Post-money valuation in USD after a round (default: the latest round that reports one).
 * @example valuation("SenseTime") // ok: 4500000000 (a lower bound: "exceeding $4.5 billion")
 */
export const valuation = (company: unknown, round?: unknown): Result<Cell> =>
  cell(valuationFact(company, round));

/**
 * The sum in USD of the company's rounds in the dataset.
 * @example totalraised("SenseTime") // ok: 1010000000
 */
export const totalraised = (company: unknown): Result<Cell> => cell(totalRaisedFact(company));

/**
 * A company fact: founded (the year), ceo, country, partners (count), partnerlist, sectors, focus,
 * description.
 * @example companyFact("SenseTime", "founded") // ok: 2014
 */
export const companyFact = (company: unknown, field: unknown): Result<Cell> =>
  cell(companyFieldFact(company, field));

/**
 * The verbatim passage behind a fact, with the article's headline and date (and the reasoning when
 * the value is inferred).
 * @example aisource("SenseTime", "C", "valuation")
 * // ok: "\"SenseTime will become … exceeding $4.5 billion after the fundraising.\" — New financing lifts valuation of facial recognition startup to $4.5 billion, 2018-04-10"
 */
export function aisource(company: unknown, round?: unknown, field?: unknown): Result<string> {
  return andThen(resolveCompany(catalog, company), (found) =>
    andThen(sourceOf(catalog, found, round, field), ({ quote, inferred, headline, date }) =>
      ok(`"${quote}" — ${headline}, ${date}${inferred ? ` (inferred: ${inferred})` : ""}`),
    ),
  );
}

/**
 * The source's macro figure: a country's AI industry target for a year, USD (default) or CNY.
 * @example market("China", 2030)        // ok: 158400000000
 * @example market("China", 2030, "CNY") // ok: 1000000000000
 */
export const market = (country: unknown, year: unknown, currency?: unknown): Result<Cell> =>
  cell(marketFact(country, year, currency));

type Evaluator = (...args: unknown[]) => Result<FormulaValue>;

/** The functions that answer one fact, and that fact with its passages. */
const FACTS: Partial<Record<FunctionName, (...args: unknown[]) => Result<Sourced>>> = {
  AIROUND: roundFact,
  VALUATION: valuationFact,
  TOTALRAISED: totalRaisedFact,
  COMPANY: companyFieldFact,
  MARKET: marketFact,
};

/**
 * The fact behind a single-value formula (its value, passages and qualifier), for showing it the
 * way a memo would; undefined for the spills and AISOURCE, whose cells are the whole answer.
 * @example explainFormula("VALUATION", ["SenseTime"])?.kind // "ok" (more than $4.5B)
 */
export function explainFormula(
  name: FunctionName,
  args: readonly unknown[],
): Result<Sourced> | undefined {
  const fact = FACTS[name];
  if (!fact || args.length > FUNCTION_PARAMETERS[name].length) return undefined;
  return guarded(name, () => fact(...args));
}

const EVALUATORS: Record<FunctionName, Evaluator> = {
  AIROUND: airound,
  VALUATION: valuation,
  AIROUNDS: airounds,
  INVESTORS: investors,
  INVESTMENTS: investments,
  TOTALRAISED: totalraised,
  COMPANY: companyFact,
  AISOURCE: aisource,
  MARKET: market,
};

/**
 * Evaluates one DEALS function on raw cell arguments (null/undefined = omitted). Never throws: an
 * unexpected failure is answered as an invalid argument with its message.
 * @example evaluateFormula("AIROUND", ["SenseTime", "C"]) // { kind: "ok", value: 600000000 }
 * @example evaluateFormula("VALUATION", ["Megvii"]).kind  // "notReported"
 */
export function evaluateFormula(
  name: FunctionName,
  args: readonly unknown[],
): Result<FormulaValue> {
  const parameters = FUNCTION_PARAMETERS[name];
  if (args.length > parameters.length) {
    return invalid(
      `DEALS.${name} takes at most ${parameters.length} argument${parameters.length === 1 ? "" : "s"}: ${signature(name)}.`,
      [signature(name)],
    );
  }
  return guarded(name, () => EVALUATORS[name](...args));
}

/** Runs a lookup; an unexpected exception becomes an invalid-argument answer with its cause. */
function guarded<T>(name: FunctionName, run: () => Result<T>): Result<T> {
  try {
    return run();
  } catch (error) {
    return invalid(`DEALS.${name} could not evaluate these arguments (${describeError(error)}).`);
  }
}

/** "AIROUND(company, round, [field])". */
export function signature(name: FunctionName): string {
  return `${name}(${FUNCTION_PARAMETERS[name].join(", ")})`;
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : "unexpected error";
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
