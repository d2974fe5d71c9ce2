import { compareText } from "../core/compare";
import type { Company, Investor, Participants, Round } from "./entities";

export type Role = "lead" | "participant";

/**
 * One investor's part in one round, with the fact (names and passage) that says so; `via` is set
 * when it took part through an affiliate.
 */
export type Participation = {
  round: Round;
  company: Company;
  investor: Investor;
  role: Role;
  fact: Participants;
  via?: Investor;
};

/**
 * Every investor of a round, leads first.
 * @example participationsOf(seriesC, companyById, investorById).map((p) => p.investor.name)
 * // ["Alibaba", "Temasek", "Suning Commerce"]
 */
export function participationsOf(
  round: Round,
  companyById: ReadonlyMap<string, Company>,
  investorById: ReadonlyMap<string, Investor>,
): Participation[] {
  const company = companyById.get(round.company);
  if (!company) return [];
  const groups = [
    { role: "lead" as const, fact: round.leads },
    { role: "participant" as const, fact: round.others },
  ];
  return groups.flatMap(({ role, fact }) =>
    fact
      ? fact.investors.flatMap((id) => {
          const investor = investorById.get(id);
          return investor ? [{ round, company, investor, role, fact }] : [];
        })
      : [],
  );
}

/**
 * Each investor's participations, oldest round first: one pass over the rounds sorted once, so an
 * investor's list is read, never re-sorted, per call.
 */
export function indexParticipations(
  rounds: readonly Round[],
  companyById: ReadonlyMap<string, Company>,
  investorById: ReadonlyMap<string, Investor>,
): Map<string, Participation[]> {
  const byInvestor = new Map<string, Participation[]>();
  const ordered = [...rounds].sort((a, b) => compareText(a.announced.iso, b.announced.iso));
  for (const round of ordered) {
    for (const participation of participationsOf(round, companyById, investorById)) {
      const list = byInvestor.get(participation.investor.id);
      if (list) list.push(participation);
      else byInvestor.set(participation.investor.id, [participation]);
    }
  }
  return byInvestor;
}
