import type { Company, Round, SourceRef } from "../catalog/entities";
import type { Catalog } from "../catalog/catalog";
import { companyField, type CompanyField } from "./company-fields";
import { totalRaised, valuationOf } from "./company-totals";
import { hedgedText } from "../presentation/hedge";
import { participantsFact, roundField, type RoundField } from "./round-fields";
import { roundLabel } from "./round-ref";
import { andThen, ok, type Result } from "../core/result";
import { resolveCompany } from "../catalog/names/resolve-entity";
import { date, disputed, money, type Sourced } from "../core/value";

export { displayText } from "../presentation/display";
export { hedgedText } from "../presentation/hedge";

/**
 * A sourced fact ready to show: `display` is how a memo writes it, a lower bound in the source's
 * words ("exceeding $4.5B", "more than 400"); its
 * `passages` are the article passages behind it, each verbatim (a total cites every round's).
 */
export type ProfileFact = Sourced & { display: string };

/** One funding round of a profile. Facts the source does not give are absent, never guessed. */
export type RoundProfile = {
  label: string;
  date: ProfileFact;
  amount: ProfileFact;
  leads?: ProfileFact;
  otherInvestors?: ProfileFact;
  valuation?: ProfileFact;
};

/**
 * Everything the source says about one company, for a company card. Facts the source does not
 * give (Megvii's founding year, CEO, partners) are absent rather than filled with "Not reported",
 * so that a card field never holds text where a number belongs.
 */
export type CompanyProfile = {
  name: string;
  /** The sources that report on the company, oldest first. */
  sources: readonly SourceRef[];
  description?: ProfileFact;
  country?: ProfileFact;
  founded?: ProfileFact;
  ceo?: ProfileFact;
  /** Oldest first. */
  rounds: RoundProfile[];
  totalRaised?: ProfileFact;
  latestValuation?: ProfileFact;
  partners?: ProfileFact;
  partnerList?: ProfileFact;
  /** The sectors of the company's partnerships, as the article lists them. */
  sectors?: ProfileFact;
  /** What the company does, in the source's words (Megvii: Alipay's "Smile to Pay"). */
  focus?: ProfileFact;
  /** Every investor named in its rounds, in the source's order; "others not named" ends a partial list. */
  investors?: ProfileFact;
};

/**
 * The profile of the company a name denotes; unknown names get the same message and suggestions
 * as every other lookup.
 * @example
 * const profile = companyProfile(catalog, "SenseTime");
 * profile.kind === "ok" && profile.value.latestValuation?.display // "exceeding $4.5B"
 * profile.kind === "ok" && profile.value.rounds.map((r) => r.label) // ["Jul 2017 round", "Series C"]
 * companyProfile(catalog, "Megvi").kind // "notFound"
 */
export function companyProfile(catalog: Catalog, query: unknown): Result<CompanyProfile> {
  return andThen(resolveCompany(catalog, query), (company) => {
    // A profile gathers every fact of the company (~0.1 ms), so each is built once and shared.
    // A change of sources builds a new catalog with new company records: an old profile is
    // never read again. Callers must not mutate it.
    const known = built.get(company);
    if (known) return ok(known);
    const profile = profileOf(catalog, company);
    built.set(company, profile);
    return ok(profile);
  });
}

const built = new WeakMap<Company, CompanyProfile>();

/** The company fields a profile holds under their own name (the partner list is `partnerList`). */
const PROFILED = [
  "description",
  "country",
  "founded",
  "ceo",
  "partners",
  "sectors",
  "focus",
  "investors",
] as const satisfies readonly (CompanyField & keyof CompanyProfile)[];

function profileOf(catalog: Catalog, company: Company): CompanyProfile {
  const field = (name: CompanyField) => {
    const fact = companyField(catalog, company, name);
    return fact && shown(fact);
  };
  const rounds = catalog.roundsByCompany.get(company.id) ?? [];
  const optional: Partial<CompanyProfile> = {
    ...Object.fromEntries(PROFILED.map((name) => [name, field(name)])),
    totalRaised: reported(totalRaised(catalog, company)),
    latestValuation: reported(valuationOf(catalog, company)),
    partnerList: field("partnerlist"),
  };
  return {
    name: company.name,
    sources: company.sources,
    rounds: rounds.map((round) => roundProfile(catalog, company, round)),
    ...present(optional),
  };
}

function roundProfile(catalog: Catalog, company: Company, round: Round): RoundProfile {
  const field = (name: RoundField) => reported(roundField(catalog, company, round, name));
  const optional: Partial<RoundProfile> = {
    leads: field("lead"),
    otherInvestors: round.others && shown(participantsFact(catalog, round.others)),
    valuation: field("valuation"),
  };
  return {
    label: roundLabel(round),
    date: shown(disputed(date(round.announced), round.disputes.announced?.map(date))),
    amount: shown(disputed(money(round.amount), round.disputes.amount?.map(money))),
    ...present(optional),
  };
}

/** The fact when the source gives it; `undefined` for anything else, so the field is omitted. */
function reported(result: Result<Sourced>): ProfileFact | undefined {
  return result.kind === "ok" ? shown(result.value) : undefined;
}

function shown(fact: Sourced): ProfileFact {
  return { ...fact, display: hedgedText(fact) };
}

/** Drops the absent entries, so an omitted fact is not even an `undefined` key. */
function present<T extends object>(fields: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/**
 * One line that says what a company card shows first, for places that cannot show the card.
 * @example profileSummary(sensetime)
 * // "SenseTime: latest valuation exceeding $4.5B; raised $1.01B in 2 reported rounds."
 */
export function profileSummary(profile: CompanyProfile): string {
  const rounds = profile.rounds.length;
  const parts = [
    profile.latestValuation && `latest valuation ${profile.latestValuation.display}`,
    profile.totalRaised &&
      `raised ${profile.totalRaised.display} in ${rounds} reported round${rounds === 1 ? "" : "s"}`,
  ].filter((part): part is string => Boolean(part));
  return `${profile.name}: ${parts.join("; ")}.`;
}
