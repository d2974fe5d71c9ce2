import { compareText } from "../core/compare";
import type { Catalog } from "../catalog/catalog";
import type { Company, Investor, Round } from "../catalog/entities";
import { participationsOf, type Participation } from "../catalog/participations";

export type { Participation, Role } from "../catalog/participations";

/** Every investor of a round, leads first. */
export function participationsIn(catalog: Catalog, round: Round): Participation[] {
  return participationsOf(round, catalog.companyById, catalog.investorById);
}

/**
 * The investors of a company's rounds (or of one round), oldest round first, leads first.
 * @example investorsOf(catalog, sensetime).map((p) => p.investor.name)
 * // ["CDH Investments", "Sailing Capital", "Alibaba", "Temasek", "Suning Commerce"]
 */
export function investorsOf(catalog: Catalog, company: Company, round?: Round): Participation[] {
  const rounds = round ? [round] : (catalog.roundsByCompany.get(company.id) ?? []);
  return rounds.flatMap((r) => participationsIn(catalog, r));
}

/**
 * The rounds an investor took part in, oldest first. With affiliates, rounds joined by an
 * affiliate (e.g. Ant Financial, Alibaba's financial arm) are included and marked `via`. Reads the
 * catalog's per-investor index: the cost grows with the investor's rounds, not all rounds.
 * @example investmentsOf(catalog, alibaba, true).map((p) => [p.company.name, p.via?.name])
 * // [["Megvii", "Ant Financial"], ["SenseTime", undefined]]
 */
export function investmentsOf(
  catalog: Catalog,
  investor: Investor,
  includeAffiliates: boolean,
): Participation[] {
  const own = catalog.participationsByInvestor.get(investor.id) ?? [];
  const affiliates = includeAffiliates ? (catalog.affiliatesOf.get(investor.id) ?? []) : [];
  if (affiliates.length === 0) return [...own];
  const joined = affiliates.flatMap((affiliate) =>
    (catalog.participationsByInvestor.get(affiliate.id) ?? []).map((p) => ({
      ...p,
      investor,
      via: p.investor,
    })),
  );
  // Each list is oldest first; a stable sort of the union keeps each round's leads first.
  return [...own, ...joined].sort((a, b) =>
    compareText(a.round.announced.iso, b.round.announced.iso),
  );
}

/**
 * An investor's role in a round as every answer words it: "lead", "participant", or through an
 * affiliate "participant (via Ant Financial)".
 * @example roleText(alibabaInMegvii) // "participant (via Ant Financial)"
 */
export function roleText(p: Participation): string {
  return p.via ? `${p.role} (via ${p.via.name})` : p.role;
}
