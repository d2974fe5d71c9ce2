/**
 * The facts behind the single-value DEALS functions, with their passages: the functions turn them
 * into cells, the pane shows them as a memo would ("more than $4.5B", "9 Apr 2018").
 */
import { catalog } from "./catalog";
import { readCompanyField } from "./company-fields";
import { totalRaised, valuationOf } from "./company-totals";
import { formatMoney } from "./format";
import { marketSize } from "./market";
import { resolveCompany } from "./resolve-entity";
import { readRoundField } from "./round-fields";
import { findRound } from "./round-ref";
import { andThen, notReported, ok, type Result } from "./result";
import type { Sourced } from "./value";

/** AIROUND's fact: one field (default `amount`) of one round. */
export function roundFact(company: unknown, round: unknown, field?: unknown): Result<Sourced> {
  return andThen(resolveCompany(catalog, company), (found) =>
    andThen(findRound(catalog, found, round), (r) =>
      readRoundField(catalog, found, r, field ?? "amount"),
    ),
  );
}

/** VALUATION's fact: the post-money valuation in USD after a round (default the latest). */
export function valuationFact(company: unknown, round?: unknown): Result<Sourced> {
  return andThen(resolveCompany(catalog, company), (found) =>
    andThen(valuationOf(catalog, found, round), (fact) =>
      // VALUATION promises USD: a valuation in another currency is not converted or relabelled.
      fact.value.type === "money" && fact.value.currency !== "USD"
        ? notReported(
            `${found.name} valuation in USD (the source gives ${formatMoney(fact.value)})`,
          )
        : ok(fact),
    ),
  );
}

/** TOTALRAISED's fact: the sum in USD of the company's rounds in the source. */
export function totalRaisedFact(company: unknown): Result<Sourced> {
  return andThen(resolveCompany(catalog, company), (found) => totalRaised(catalog, found));
}

/** COMPANY's fact: one company field. */
export function companyFieldFact(company: unknown, field: unknown): Result<Sourced> {
  return andThen(resolveCompany(catalog, company), (found) =>
    readCompanyField(catalog, found, field),
  );
}

/** MARKET's fact: the country's AI industry target for a year, USD by default. */
export function marketFact(country: unknown, year: unknown, currency?: unknown): Result<Sourced> {
  return marketSize(catalog, country, year, currency ?? "USD");
}
