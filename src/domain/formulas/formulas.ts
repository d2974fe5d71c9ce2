/**
 * The DEALS functions as pure functions of raw cell arguments: the custom functions and the pane's
 * playground both evaluate formulas here.
 */
import type { Catalog } from "../catalog/catalog";
import { FUNCTION_PARAMETERS, signature, type FunctionName } from "./function-names";
import { sourcedCell, usdCell, type Cell, type FormulaValue } from "./formula-cells";
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
import { resolveCompany } from "../catalog/resolve-entity";
import { andThen, invalid, ok, type Result } from "../core/result";
import { sourceOf } from "../facts/source-of";
import { citationText, displayValue } from "../presentation/display";
import type { Sourced } from "../core/value";

export type { Cell, FormulaValue } from "./formula-cells";
export { NOT_REPORTED, asNumber } from "./formula-cells";
export { airounds, airoundsValues, investments, investmentsValues, investors, investorsValues };
export {
  FUNCTION_NAMES,
  FUNCTION_PARAMETERS,
  signature,
  type FunctionName,
} from "./function-names";

const cell = (fact: Result<Sourced>): Result<Cell> => andThen(fact, (f) => ok(sourcedCell(f)));

/**
 * One fact of one round; `field` defaults to `amount`. Figures are USD: a round reported in another
 * currency reads as written ("CNY 500M"), never as a number taken for dollars.
 * @example airound(catalog, "SenseTime", "C")                 // ok: 600000000
 * @example airound(catalog, "SenseTime", "2017-07", "lead")   // ok: "CDH Investments; Sailing Capital"
 */
export const airound = (
  catalog: Catalog,
  company: unknown,
  round: unknown,
  field?: unknown,
): Result<Cell> => andThen(roundFact(catalog, company, round, field), (f) => ok(usdCell(f.value)));

/**
 * Post-money valuation in USD after a round (default: the latest round that reports one).
 * @example valuation(catalog, "SenseTime") // ok: 4500000000 (a lower bound: "exceeding $4.5 billion")
 */
export const valuation = (catalog: Catalog, company: unknown, round?: unknown): Result<Cell> =>
  cell(valuationFact(catalog, company, round));

/**
 * The sum in USD of the company's rounds in the dataset.
 * @example totalraised(catalog, "SenseTime") // ok: 1010000000
 */
export const totalraised = (catalog: Catalog, company: unknown): Result<Cell> =>
  cell(totalRaisedFact(catalog, company));

/**
 * A company fact: founded (the year), ceo, country, partners (count), partnerlist, sectors, focus,
 * description.
 * @example companyFact(catalog, "SenseTime", "founded") // ok: 2014
 */
export const companyFact = (catalog: Catalog, company: unknown, field: unknown): Result<Cell> =>
  cell(companyFieldFact(catalog, company, field));

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
 * @example market(catalog, "China", 2030)        // ok: 158400000000
 * @example market(catalog, "China", 2030, "CNY") // ok: 1000000000000
 */
export const market = (
  catalog: Catalog,
  country: unknown,
  year: unknown,
  currency?: unknown,
): Result<Cell> => cell(marketFact(catalog, country, year, currency));

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
