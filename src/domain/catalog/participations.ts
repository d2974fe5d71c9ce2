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
  const found: Participation[] = [];
  const company = companyById.get(round.company);
  if (!company) return found;
  const add = (role: Role, fact: Participants | undefined) => {
    if (!fact) return;
    for (const id of fact.investors) {
      const investor = investorById.get(id);
      if (investor) found.push({ round, company, investor, role, fact });
    }
  };
  add("lead", round.leads);
  add("participant", round.others);
  return found;
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
