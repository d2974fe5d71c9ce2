/**
 * The DEALS functions as pure functions of raw cell arguments: the custom functions and the pane's
 * playground both evaluate formulas here.
 */
import { catalog } from "./catalog";
import { readCompanyField } from "./company-fields";
import { valuationOf, totalRaised } from "./company-totals";
import { sourcedCell, type Cell, type FormulaValue } from "./formula-cells";
import { airounds, investments, investors } from "./formula-spills";
import { marketSize } from "./market";
import { resolveCompany } from "./resolve-entity";
import { readRoundField } from "./round-fields";
import { findRound } from "./round-ref";
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
export function airound(company: unknown, round: unknown, field?: unknown): Result<Cell> {
  return andThen(resolveCompany(catalog, company), (found) =>
    andThen(findRound(catalog, found, round), (r) =>
      cell(readRoundField(catalog, found, r, field ?? "amount")),
    ),
  );
}

/**
 * Post-money valuation in USD after a round (default: the latest round that reports one).
 * @example valuation("SenseTime") // ok: 4500000000 (a lower bound: "exceeding $4.5 billion")
 */
export function valuation(company: unknown, round?: unknown): Result<Cell> {
  return andThen(resolveCompany(catalog, company), (found) =>
    cell(valuationOf(catalog, found, round)),
  );
}

/**
 * The sum in USD of the company's rounds in the dataset.
 * @example totalraised("SenseTime") // ok: 1010000000
 */
export function totalraised(company: unknown): Result<Cell> {
  return andThen(resolveCompany(catalog, company), (found) => cell(totalRaised(catalog, found)));
}

/**
 * A company fact: founded (the year), ceo, country, partners (count), partnerlist, sectors, focus,
 * description.
 * @example companyFact("SenseTime", "founded") // ok: 2014
 */
export function companyFact(company: unknown, field: unknown): Result<Cell> {
  return andThen(resolveCompany(catalog, company), (found) =>
    cell(readCompanyField(catalog, found, field)),
  );
}

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
export function market(country: unknown, year: unknown, currency?: unknown): Result<Cell> {
  return cell(marketSize(catalog, country, year, currency ?? "USD"));
}

type Evaluator = (...args: unknown[]) => Result<FormulaValue>;

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
  try {
    return EVALUATORS[name](...args);
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
