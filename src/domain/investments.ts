import type { Company, Investor, Round } from "../data/schema";
import type { Catalog } from "./catalog";

export type Role = "lead" | "participant";

/** One investor's part in one round; `via` is set when it took part through an affiliate. */
export type Participation = {
  round: Round;
  company: Company;
  investor: Investor;
  role: Role;
  quote: string;
  via?: Investor;
};

/** Every investor of a round, leads first. */
export function participationsIn(catalog: Catalog, round: Round): Participation[] {
  const company = catalog.companyById.get(round.company);
  if (!company) return [];
  const groups = [
    { role: "lead" as const, group: round.leads },
    { role: "participant" as const, group: round.others },
  ];
  return groups.flatMap(({ role, group }) =>
    (group?.investors ?? []).flatMap((id) => {
      const investor = catalog.investorById.get(id);
      return investor ? [{ round, company, investor, role, quote: group?.quote ?? "" }] : [];
    }),
  );
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
 * affiliate (e.g. Ant Financial, Alibaba's financial arm) are included and marked `via`.
 * @example investmentsOf(catalog, alibaba, true).map((p) => [p.company.name, p.via?.name])
 * // [["Megvii", "Ant Financial"], ["SenseTime", undefined]]
 */
export function investmentsOf(
  catalog: Catalog,
  investor: Investor,
  includeAffiliates: boolean,
): Participation[] {
  const affiliates = includeAffiliates ? (catalog.affiliatesOf.get(investor.id) ?? []) : [];
  const members = new Set([investor.id, ...affiliates.map((a) => a.id)]);
  return [...catalog.roundsByCompany.values()]
    .flat()
    .sort((a, b) => a.announced.iso.localeCompare(b.announced.iso))
    .flatMap((round) => participationsIn(catalog, round))
    .filter((p) => members.has(p.investor.id))
    .map((p) => (p.investor.id === investor.id ? p : { ...p, investor, via: p.investor }));
}
