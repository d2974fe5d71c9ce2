/**
 * The facts behind the single-value DEALS functions, with their passages: the functions turn them
 * into cells, the pane shows them as a memo would ("more than $4.5B", "9 Apr 2018").
 */
import type { Catalog } from "../catalog/catalog";
import { readCompanyField } from "../facts/company-fields";
import { fieldNotRound, otherKindField, type FieldKind } from "../facts/field-kind";
import { totalRaised, valuationOf } from "../facts/company-totals";
import { marketSize } from "../facts/market";
import { resolveCompany } from "../catalog/names/resolve-entity";
import { readRoundField } from "../facts/round-fields";
import { findRound } from "../facts/round-ref";
import { quoteArgument } from "../core/argument";
import { andThen, invalid, type Invalid, type Result } from "../core/result";
import type { Sourced } from "../core/value";

/**
 * AIROUND's fact: one field (default `amount`) of one round.
 * @example roundFact("SenseTime", "C", "date") // ok: { value: { type: "date", iso: "2018-04-09", … }, inferred: "…" }
 */
export function roundFact(
  catalog: Catalog,
  company: unknown,
  round: unknown,
  field?: unknown,
): Result<Sourced> {
  return andThen(resolveCompany(catalog, company), (found) => {
    const misplaced =
      otherFunction(found.name, field, "round") ??
      fieldNotRound(
        round,
        (typed) => `=DEALS.AIROUND(${JSON.stringify(found.name)},"latest",${typed})`,
      );
    if (misplaced) return misplaced;
    return andThen(findRound(catalog, found, round), (r) =>
      readRoundField(catalog, found, r, field ?? "amount"),
    );
  });
}

/**
 * A field that belongs to the other function (a company field asked of AIROUND, a round field of
 * COMPANY): says which formula answers it.
 */
function otherFunction(company: string, field: unknown, asked: FieldKind): Invalid | undefined {
  const typedField = otherKindField(field, asked);
  if (typedField === undefined) return undefined;
  const typed = JSON.stringify(typedField);
  const name = JSON.stringify(company);
  return invalid(
    asked === "round"
      ? `${quoteArgument(typedField)} is a company field: use =DEALS.COMPANY(${name},${typed}).`
      : `${quoteArgument(typedField)} is a round field: use =DEALS.AIROUND(${name},"latest",${typed}).`,
  );
}

/**
 * VALUATION's fact: the post-money valuation in USD after a round (default the latest).
 * @example valuationFact("SenseTime") // ok: { value: { type: "money", amount: 4.5e9, bound: "atLeast", … }, … }
 */
export function valuationFact(
  catalog: Catalog,
  company: unknown,
  round?: unknown,
): Result<Sourced> {
  return andThen(
    resolveCompany(catalog, company),
    (found) => fieldNotRound(round) ?? valuationOf(catalog, found, round),
  );
}

/**
 * TOTALRAISED's fact: the sum in USD of the company's rounds in the source.
 * @example totalRaisedFact("SenseTime") // ok: { value: { type: "money", amount: 1.01e9, … }, passages: [2 passages] }
 */
export function totalRaisedFact(catalog: Catalog, company: unknown): Result<Sourced> {
  return andThen(resolveCompany(catalog, company), (found) => totalRaised(catalog, found));
}

/**
 * COMPANY's fact: one company field.
 * @example companyFieldFact("SenseTime", "partners") // ok: { value: { type: "count", count: 400, bound: "atLeast" }, … }
 */
export function companyFieldFact(
  catalog: Catalog,
  company: unknown,
  field: unknown,
): Result<Sourced> {
  return andThen(resolveCompany(catalog, company), (found) => {
    const misplaced = otherFunction(found.name, field, "company");
    return misplaced ?? readCompanyField(catalog, found, field);
  });
}

/**
 * MARKET's fact: the country's AI industry target for a year, USD by default.
 * @example marketFact("China", 2030, "CNY") // ok: { value: { type: "money", amount: 1e12, currency: "CNY", … }, … }
 */
export function marketFact(
  catalog: Catalog,
  country: unknown,
  year: unknown,
  currency?: unknown,
): Result<Sourced> {
  return marketSize(catalog, country, year, currency ?? "USD");
}
