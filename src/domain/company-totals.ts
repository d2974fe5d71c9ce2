import type { Company } from "../data/schema";
import type { Catalog } from "./catalog";
import { findRound, roundLabel } from "./round-ref";
import { notReported, ok, type Result } from "./result";
import { fromPassages, money, type Sourced } from "./value";

/**
 * The sum in USD of the company's rounds in the dataset, with every amount's passage.
 * @example totalRaised(catalog, sensetime) // ok: { value: { type: "money", amount: 1.01e9, ... } }
 */
export function totalRaised(catalog: Catalog, company: Company): Result<Sourced> {
  const rounds = catalog.roundsByCompany.get(company.id) ?? [];
  const usd = rounds.filter((r) => r.amount.currency === "USD");
  if (usd.length === 0 || usd.length !== rounds.length) {
    return notReported(`${company.name} total raised in USD`);
  }
  return ok({
    value: {
      type: "money",
      amount: usd.reduce((sum, r) => sum + r.amount.amount, 0),
      currency: "USD",
      bound: usd.some((r) => r.amount.bound === "atLeast") ? "atLeast" : "exact",
    },
    ...fromPassages(usd.map((r) => r.amount.quote)),
  });
}

/**
 * Post-money valuation after a round; without a round, after the latest round that reports one.
 * @example valuationOf(catalog, sensetime) // ok: more than $4.5B (after its Series C)
 */
export function valuationOf(catalog: Catalog, company: Company, round?: unknown): Result<Sourced> {
  if (round === undefined || round === null) {
    const rounds = catalog.roundsByCompany.get(company.id) ?? [];
    const valued = rounds.filter((r) => r.postMoneyValuation).at(-1);
    return valued?.postMoneyValuation
      ? ok(money(valued.postMoneyValuation))
      : notReported(`${company.name} valuation (no round in the source reports one)`);
  }
  const found = findRound(catalog, company, round);
  if (found.kind !== "ok") return found;
  const valuation = found.value.postMoneyValuation;
  return valuation
    ? ok(money(valuation))
    : notReported(`${company.name} ${roundLabel(found.value)} valuation`);
}
