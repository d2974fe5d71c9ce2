import { loadDataset } from "../data/load-dataset";
import type { Company, Dataset, Investor, Person, Round } from "../data/schema";
import { buildNameIndex, type NameIndex } from "./name-index";

/** The dataset with the indexes every lookup needs, built once. */
export type Catalog = {
  dataset: Dataset;
  companies: NameIndex<Company>;
  investors: NameIndex<Investor>;
  companyById: ReadonlyMap<string, Company>;
  investorById: ReadonlyMap<string, Investor>;
  personById: ReadonlyMap<string, Person>;
  /** Each company's rounds, oldest first. */
  roundsByCompany: ReadonlyMap<string, readonly Round[]>;
  /** Each investor's affiliates (e.g. Alibaba → Ant Financial, its financial arm). */
  affiliatesOf: ReadonlyMap<string, readonly Investor[]>;
};

/**
 * Builds the indexes over a validated dataset.
 * @example
 * const catalog = buildCatalog(loadDataset());
 * catalog.roundsByCompany.get("sensetime")?.map((r) => r.id) // ["sensetime-2017-07", "sensetime-c"]
 */
export function buildCatalog(dataset: Dataset): Catalog {
  const byId = <T extends { id: string }>(records: readonly T[]) =>
    new Map(records.map((record) => [record.id, record]));
  const roundsByCompany = new Map<string, Round[]>(dataset.companies.map((c) => [c.id, []]));
  for (const round of dataset.rounds) roundsByCompany.get(round.company)?.push(round);
  for (const rounds of roundsByCompany.values()) {
    rounds.sort((a, b) => a.announced.iso.localeCompare(b.announced.iso));
  }
  const affiliatesOf = new Map<string, Investor[]>();
  for (const investor of dataset.investors) {
    const parent = investor.affiliateOf?.investor;
    if (parent) affiliatesOf.set(parent, [...(affiliatesOf.get(parent) ?? []), investor]);
  }
  return {
    dataset,
    companies: buildNameIndex(dataset.companies),
    investors: buildNameIndex(dataset.investors),
    companyById: byId(dataset.companies),
    investorById: byId(dataset.investors),
    personById: byId(dataset.people),
    roundsByCompany,
    affiliatesOf,
  };
}

/** The bundled dataset's catalog, validated and indexed when the bundle loads. */
export const catalog: Catalog = buildCatalog(loadDataset());
