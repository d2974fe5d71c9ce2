/**
 * The DEALS functions as pure functions of raw cell arguments: the custom functions and the pane's
 * playground both evaluate formulas here.
 */
import type { Catalog } from "../catalog/catalog";
import { FUNCTION_PARAMETERS, signature, type FunctionName } from "./function-names";
import { plainCell, usdValue, type Cell, type FormulaValue } from "./formula-cells";
import {
  companyFieldFact,
  marketFact,
  roundFact,
  totalRaisedFact,
  valuationFact,
} from "./formula-facts";
import {
  airounds,
  airoundsValues,
  investments,
  investmentsValues,
  investors,
  investorsValues,
} from "./formula-spills";
import { spillCells, type SpillCell } from "./formula-cells";
import { needsNumberFormat } from "../presentation/number-format";
import { resolveCompany } from "../catalog/names/resolve-entity";
import { andThen, invalid, ok, type Result } from "../core/result";
import { sourceOf } from "../facts/source-of";
import { citationText, displayValue } from "../presentation/display";
import type { Sourced, Value } from "../core/value";

export type { Cell, FormulaValue } from "./formula-cells";
export { NOT_REPORTED, asNumber } from "./formula-cells";
export { airounds, airoundsValues, investments, investmentsValues, investors, investorsValues };
export {
  FUNCTION_NAMES,
  FUNCTION_PARAMETERS,
  signature,
  type FunctionName,
} from "./function-names";

/**
 * A single fact's value before it reaches the sheet: the value itself (so its bound and precision
 * stay with it for a host that can show them), or as `toCell` writes it.
 */
const factValue = (
  fact: Result<Sourced>,
  toCell: (value: Value) => SpillCell = (value) => value,
): Result<SpillCell> => andThen(fact, (f) => ok(toCell(f.value)));

/**
 * A single-value function that answers a plain cell, from the one that answers the value (the
 * custom functions give that value its number format where Excel can show it). Each wrapping is
 * marked pure, so a bundle that calls only the value functions (functions.js) leaves it out.
 * @example airound(catalog, "SenseTime", "C") // ok: 600000000, from airoundValue's money value
 */
const plainValue =
  <A extends unknown[]>(values: (...args: A) => Result<SpillCell>) =>
  (...args: A): Result<Cell> =>
    andThen(values(...args), (value) => ok(plainCell(value)));

/**
 * One fact of one round; `field` defaults to `amount`. Figures are USD: a round reported in another
 * currency reads as written ("CNY 500M"), never as a number taken for dollars.
 * @example airoundValue(catalog, "SenseTime", "C", "valuation") // ok: { type: "money", amount: 4.5e9, bound: "atLeast", … }
 */
export const airoundValue = (
  catalog: Catalog,
  company: unknown,
  round: unknown,
  field?: unknown,
): Result<SpillCell> => factValue(roundFact(catalog, company, round, field), usdValue);

/**
 * `airoundValue` as a plain cell.
 * @example airound(catalog, "SenseTime", "C")                 // ok: 600000000
 * @example airound(catalog, "SenseTime", "2017-07", "lead")   // ok: "CDH Investments; Sailing Capital"
 */
export const airound = /* @__PURE__ */ plainValue(airoundValue);

/**
 * Post-money valuation in USD after a round (default: the latest round that reports one).
 * @example valuationValue(catalog, "SenseTime") // ok: { type: "money", amount: 4.5e9, bound: "atLeast", … }
 */
export const valuationValue = (
  catalog: Catalog,
  company: unknown,
  round?: unknown,
): Result<SpillCell> => factValue(valuationFact(catalog, company, round));

/** @example valuation(catalog, "SenseTime") // ok: 4500000000 (a lower bound: "exceeding $4.5 billion") */
export const valuation = /* @__PURE__ */ plainValue(valuationValue);

/**
 * The sum in USD of the company's rounds in the dataset.
 * @example totalraisedValue(catalog, "SenseTime") // ok: { type: "money", amount: 1.01e9, … }
 */
export const totalraisedValue = (catalog: Catalog, company: unknown): Result<SpillCell> =>
  factValue(totalRaisedFact(catalog, company));

/** @example totalraised(catalog, "SenseTime") // ok: 1010000000 */
export const totalraised = /* @__PURE__ */ plainValue(totalraisedValue);

/**
 * A company fact: founded (the year), ceo, country, partners (count), partnerlist, sectors, focus,
 * description.
 * @example companyFactValue(catalog, "SenseTime", "partners") // ok: { type: "count", count: 400, bound: "atLeast" }
 */
export const companyFactValue = (
  catalog: Catalog,
  company: unknown,
  field: unknown,
): Result<SpillCell> => factValue(companyFieldFact(catalog, company, field));

/** @example companyFact(catalog, "SenseTime", "founded") // ok: 2014 */
export const companyFact = /* @__PURE__ */ plainValue(companyFactValue);

/**
 * The verbatim passage behind a fact, with the article's headline and date (and the reasoning when
 * the value is inferred).
 * @example aisource(catalog, "SenseTime", "C", "valuation")
 * // ok: "\"SenseTime will become … exceeding $4.5 billion after the fundraising.\" — New financing lifts valuation of facial recognition startup to $4.5 billion, 2018-04-10"
 */
export function aisource(
  catalog: Catalog,
  company: unknown,
  round?: unknown,
  field?: unknown,
): Result<string> {
  return andThen(resolveCompany(catalog, company), (found) =>
    andThen(sourceOf(catalog, found, round, field), (fact) => ok(citationText(fact))),
  );
}

/**
 * The source's macro figure: a country's AI industry target for a year, USD (default) or CNY.
 * @example marketValue(catalog, "China", 2030) // ok: { type: "money", amount: 1.584e11, currency: "USD", … }
 */
export const marketValue = (
  catalog: Catalog,
  country: unknown,
  year: unknown,
  currency?: unknown,
): Result<SpillCell> => factValue(marketFact(catalog, country, year, currency));

/**
 * @example market(catalog, "China", 2030)        // ok: 158400000000
 * @example market(catalog, "China", 2030, "CNY") // ok: 1000000000000
 */
export const market = /* @__PURE__ */ plainValue(marketValue);

type Evaluator = (catalog: Catalog, ...args: unknown[]) => Result<FormulaValue>;

/** The functions that answer one fact, and that fact with its passages. */
const FACTS: Partial<
  Record<FunctionName, (catalog: Catalog, ...args: unknown[]) => Result<Sourced>>
> = {
  AIROUND: roundFact,
  VALUATION: valuationFact,
  TOTALRAISED: totalRaisedFact,
  COMPANY: companyFieldFact,
  MARKET: marketFact,
};

/**
 * The fact behind a single-value formula (its value, passages and qualifier), for showing it the
 * way a memo would; undefined for the spills and AISOURCE, whose cells are the whole answer.
 * @example explainFormula(catalog, "VALUATION", ["SenseTime"])?.kind // "ok" (more than $4.5B)
 */
export function explainFormula(
  catalog: Catalog,
  name: FunctionName,
  args: readonly unknown[],
): Result<Sourced> | undefined {
  const fact = FACTS[name];
  if (!fact || args.length > FUNCTION_PARAMETERS[name].length) return undefined;
  return guarded(name, () => fact(catalog, ...args));
}

type SpillName = "AIROUNDS" | "INVESTORS" | "INVESTMENTS";

/** The spilling functions, with each cell's value (its bound and precision). */
const SPILLS: Record<SpillName, (catalog: Catalog, ...args: unknown[]) => Result<SpillCell[][]>> = {
  AIROUNDS: airoundsValues,
  INVESTORS: investorsValues,
  INVESTMENTS: investmentsValues,
};

const isSpill = (name: FunctionName): name is SpillName => name in SPILLS;

/**
 * How each cell of a spill reads where its number alone would mislead (a lower bound, a day or a
 * month), as Excel shows it with its number format; undefined for the other cells.
 */
const readingsOf = (rows: readonly SpillCell[][]): (string | undefined)[][] =>
  rows.map((row) =>
    row.map((cell) =>
      typeof cell !== "string" && needsNumberFormat(cell) ? displayValue(cell) : undefined,
    ),
  );

/** A DEALS call's answer and, for a spill, how its cells read (see `readingsOf`). */
export type EvaluatedCall = {
  result: Result<FormulaValue>;
  readings?: (string | undefined)[][];
};

const EVALUATORS: Record<Exclude<FunctionName, SpillName>, Evaluator> = {
  AIROUND: airound,
  VALUATION: valuation,
  TOTALRAISED: totalraised,
  COMPANY: companyFact,
  AISOURCE: aisource,
  MARKET: market,
};

/**
 * Evaluates one DEALS function on raw cell arguments (null/undefined = omitted). Never throws: an
 * unexpected failure is answered as an invalid argument with its message.
 * @example evaluateFormula(catalog, "AIROUND", ["SenseTime", "C"]) // { kind: "ok", value: 600000000 }
 * @example evaluateFormula(catalog, "VALUATION", ["Megvii"]).kind  // "notReported"
 */
export function evaluateFormula(
  catalog: Catalog,
  name: FunctionName,
  args: readonly unknown[],
): Result<FormulaValue> {
  return evaluateCall(catalog, name, args).result;
}

/**
 * `evaluateFormula` with, for a spill, how each cell reads, from the one evaluation.
 * @example evaluateCall(catalog, "AIROUNDS", ["SenseTime", 0]).readings?.[1]?.[5] // "> $4.50B"
 */
export function evaluateCall(
  catalog: Catalog,
  name: FunctionName,
  args: readonly unknown[],
): EvaluatedCall {
  const parameters = FUNCTION_PARAMETERS[name];
  if (args.length > parameters.length) {
    return {
      result: invalid(
        `DEALS.${name} takes at most ${parameters.length} argument${parameters.length === 1 ? "" : "s"}: ${signature(name)}.`,
        [signature(name)],
      ),
    };
  }
  if (!isSpill(name)) return { result: guarded(name, () => EVALUATORS[name](catalog, ...args)) };
  const rows = guarded(name, () => SPILLS[name](catalog, ...args));
  if (rows.kind !== "ok") return { result: rows };
  return { result: spillCells(rows), readings: readingsOf(rows.value) };
}

/** Runs a lookup; an unexpected exception becomes an invalid-argument answer with its cause. */
function guarded<T>(name: FunctionName, run: () => Result<T>): Result<T> {
  try {
    return run();
  } catch (error) {
    return invalid(`DEALS.${name} could not evaluate these arguments (${describeError(error)}).`);
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : "unexpected error";
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
