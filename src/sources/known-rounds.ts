/**
 * What the review needs to know of the catalog: which company a name means (so a correction
 * merges with it) and which round a found round repeats. A round repeats one already there when
 * the company is the same and the series letter matches, or, without letters, the month does:
 * the rule the catalog merges rounds by.
 */
import type { Catalog } from "../domain/catalog/catalog";
import { formatDate } from "../domain/presentation/format";
import type { KnownRounds } from "./review/review-model";

/**
 * The review's view of a catalog.
 * @example knownRounds(catalog).companyNamed("sensetime group ltd") // "SenseTime"
 */
export function knownRounds(catalog: Catalog): KnownRounds {
  const companyNamed = (name: string) => catalog.companies.find(name)?.name;
  return {
    companyNamed,
    duplicateOf(round) {
      const company = catalog.companies.find(round.company.value);
      if (!company) return undefined;
      const letter = round.series && /^Series ([A-Z])$/.exec(round.series.value)?.[1];
      const month = round.announced?.value.slice(0, 7);
      const same = (catalog.roundsByCompany.get(company.id) ?? []).find((known) =>
        known.series && letter
          ? known.series.letter === letter
          : month !== undefined && known.announced.iso.slice(0, 7) === month,
      );
      if (!same) return undefined;
      const series = same.series ? `Series ${same.series.letter}` : "round";
      const source = same.sources[same.sources.length - 1];
      return `${company.name} ${series}, ${formatDate(same.announced)}${source ? ` (${source.headline})` : ""}`;
    },
  };
}
