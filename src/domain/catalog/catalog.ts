import type { SourceDocument } from "../../data/schema";
import type { SourceIssue } from "../../data/validate-source";
import type { Company, Investor, MacroFigure, Person, Round, SourceRef } from "./entities";
import { mergeSources } from "./merge/merge-sources";
import { indexNames, type NameIndex } from "./names/name-index";
import { normalizeName } from "./names/normalize-name";
import { indexParticipations, type Participation } from "./participations";

/** The merged sources with the indexes every lookup needs, built once per change of sources. */
export type Catalog = {
  /** The dataset version of the bundled sources. */
  version: string;
  /** Every source, oldest first. */
  sources: readonly SourceRef[];
  companies: NameIndex<Company>;
  investors: NameIndex<Investor>;
  companyById: ReadonlyMap<string, Company>;
  investorById: ReadonlyMap<string, Investor>;
  personById: ReadonlyMap<string, Person>;
  /** Each company's rounds, oldest first. */
  roundsByCompany: ReadonlyMap<string, readonly Round[]>;
  /** Each investor's own participations, oldest round first, leads first within a round. */
  participationsByInvestor: ReadonlyMap<string, readonly Participation[]>;
  /** Each investor's affiliates (e.g. Alibaba → Ant Financial, its financial arm). */
  affiliatesOf: ReadonlyMap<string, readonly Investor[]>;
  macro: readonly MacroFigure[];
  /** Records set aside (with why) and names shared by several entities. */
  issues: readonly SourceIssue[];
};

/**
 * Merges validated sources and builds the indexes.
 * @example
 * const catalog = buildCatalog(loadDataset().sources, { version: "1.0.0" });
 * catalog.roundsByCompany.get("sensetime")?.map((r) => r.id) // ["sensetime-2017-07", "sensetime-c"]
 */
export function buildCatalog(
  documents: readonly SourceDocument[],
  options: { version: string; issues?: readonly SourceIssue[] },
): Catalog {
  const merged = mergeSources(documents);
  const companies = indexNames(merged.companies);
  const investors = indexNames(merged.investors);
  // Entities and rounds are made on first ask: a workbook opens with every function answering
  // sooner, and a formula makes only what it reads. So is what only some questions need (an
  // investor's rounds, the issues list): the first such question pays once.
  const roundsByCompany = merged.companies.keyedById((id) => merged.rounds.of(id));
  const participations = once(() =>
    indexParticipations(merged.rounds.all(), merged.companies.byId, merged.investors.byId),
  );
  const affiliates = once(() => affiliatesOfInvestors(investors.all));
  const issues = once(() => [
    ...(options.issues ?? []),
    ...merged.issues,
    ...ambiguityIssues("company", companies),
    ...ambiguityIssues("investor", investors),
  ]);
  return {
    version: options.version,
    sources: merged.sources,
    companies,
    investors,
    companyById: merged.companies.byId,
    investorById: merged.investors.byId,
    personById: merged.people.byId,
    roundsByCompany,
    get participationsByInvestor() {
      return participations();
    },
    get affiliatesOf() {
      return affiliates();
    },
    macro: merged.macro,
    get issues() {
      return issues();
    },
  };
}

/** A value computed on the first call and kept. */
function once<T>(compute: () => T): () => T {
  let value: { computed: T } | undefined;
  return () => (value ??= { computed: compute() }).computed;
}

/** Each investor's affiliates, by the id of the investor they belong to. */
function affiliatesOfInvestors(all: readonly Investor[]): Map<string, Investor[]> {
  const affiliatesOf = new Map<string, Investor[]>();
  for (const investor of all) {
    const parent = investor.affiliateOf?.investor;
    if (parent) affiliatesOf.set(parent, [...(affiliatesOf.get(parent) ?? []), investor]);
  }
  return affiliatesOf;
}

/** A name two entities share answers neither: reported, so the source can be corrected. */
function ambiguityIssues<T extends Company | Investor>(
  kind: string,
  index: NameIndex<T>,
): SourceIssue[] {
  return [...index.ambiguous.values()].map((entities) => {
    const shared = sharedName(entities);
    return {
      source: entities[0].sources[0]?.id ?? "catalog",
      path: `${kind} name '${shared}'`,
      message: `names ${entities.map((e) => e.name).join(" and ")}; a lookup by it answers #N/A with both`,
    };
  });
}

function sharedName(entities: readonly (Company | Investor)[]): string {
  const [first, ...rest] = entities;
  const names = [first.name, first.legalName, ...first.aliases];
  return (
    names.find((name) =>
      rest.every((other) =>
        [other.name, other.legalName, ...other.aliases].some(
          (n) => normalizeName(n) === normalizeName(name),
        ),
      ),
    ) ?? first.name
  );
}
