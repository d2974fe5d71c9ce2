import { omittedIfBlank } from "../core/argument";
import type { Company, Round } from "../catalog/entities";
import type { Catalog } from "../catalog/catalog";
import { findRound, roundLabel } from "./round-ref";
import { andThen, notReported, ok, type Result } from "../core/result";
import { formatMoney } from "../presentation/format";
import { disputed, fromFacts, money, type Sourced } from "../core/value";

/**
 * The sum in USD of the company's rounds in the dataset, with every amount's passage.
 * @example totalRaised(catalog, sensetime) // ok: { value: { type: "money", amount: 1.01e9, ... } }
 */
export function totalRaised(catalog: Catalog, company: Company): Result<Sourced> {
  const rounds = catalog.roundsByCompany.get(company.id) ?? [];
  const usd = rounds.filter((r) => r.amount.currency === "USD");
  if (usd.length === 0 || usd.length !== rounds.length) {
    return notReported(`${company.name} raised in reported rounds, in USD`);
  }
  return ok({
    value: {
      type: "money",
      amount: usd.reduce((sum, r) => sum + r.amount.amount, 0),
      currency: "USD",
      bound: usd.some((r) => r.amount.bound === "atLeast") ? "atLeast" : "exact",
    },
    ...fromFacts(usd.map((r) => r.amount)),
  });
}

/**
 * Post-money valuation in USD after a round; without a round, after the latest round that reports
 * one. A valuation the source gives in another currency is not converted: it is not reported in USD.
 * @example valuationOf(catalog, sensetime) // ok: more than $4.5B (after its Series C)
 */
export function valuationOf(catalog: Catalog, company: Company, round?: unknown): Result<Sourced> {
  if (omittedIfBlank(round) === undefined) {
    const rounds = catalog.roundsByCompany.get(company.id) ?? [];
    const valued = rounds.filter((r) => r.postMoneyValuation).at(-1);
    return valued
      ? inUsd(company, valued)
      : notReported(`${company.name} valuation (no round in the source reports one)`);
  }
  return andThen(findRound(catalog, company, round), (found) => inUsd(company, found));
}

function inUsd(company: Company, round: Round): Result<Sourced> {
  const valuation = round.postMoneyValuation;
  const what = `${company.name} ${roundLabel(round)}: valuation`;
  if (!valuation) return notReported(what);
  return valuation.currency === "USD"
    ? ok(disputed(money(valuation), round.disputes.postMoneyValuation?.map(money)))
    : notReported(`${what} in USD (the source gives ${formatMoney(valuation)})`);
}
