/**
 * Merges the records of several sources into one set of entities. Sources are read oldest first, so
 * that for every fact the newest source that gives it answers; an older value that differs is kept
 * beside it as a dispute, never dropped. Entities merge by any shared name or alias (normalised):
 * "Megvii" in one article and "Face++" in another are one company. Which records make which
 * entity is settled here; each entity is made when it is first asked for.
 */
import type { SourceDocument } from "../../../data/schema";
import { compareText } from "../../core/compare";
import type { SourceIssue } from "../../../data/validate-source";
import type { Company, Investor, MacroFigure, Person, SourceRef, Stamped } from "../entities";
import { EntityMerger, type MergedEntities, type SourceContext } from "./entity-merger";
import { normalizeName } from "../names/normalize-name";
import { copyFields, RECORD_FIELDS } from "./record-copies";
import { RoundMerger } from "./round-merger";
import { stampFacts } from "./stamp-facts";

/** The merged records, and the records that could not be placed (with why). */
export type MergedSources = {
  sources: SourceRef[];
  companies: MergedEntities<Company>;
  investors: MergedEntities<Investor>;
  people: MergedEntities<Person>;
  rounds: Pick<RoundMerger, "of" | "all">;
  macro: MacroFigure[];
  issues: SourceIssue[];
};

type CompanyRecord = Stamped<SourceDocument["companies"]>[number];
type InvestorRecord = Stamped<SourceDocument["investors"]>[number];
type PersonRecord = Stamped<SourceDocument["people"]>[number];

/**
 * Merges validated sources (in any order; ties on date keep the given order).
 * @example
 * const merged = mergeSources([bundledArticle, laterArticle]);
 * merged.companies.byId.get("megvii")?.sources.length // 2
 */
export function mergeSources(documents: readonly SourceDocument[]): MergedSources {
  const ordered = documents
    .map((document, order) => ({ document, order }))
    .sort((a, b) => compareText(a.document.date, b.document.date) || a.order - b.order)
    .map(({ document }) => document);
  const issues: SourceIssue[] = [];
  const companies = new EntityMerger<CompanyRecord, Company>(
    {
      kind: "company",
      copy: (record) => copyFields({ sources: [], disputes: {} }, record, RECORD_FIELDS.companies),
      settle(company, record, from) {
        if (record.ceo !== undefined) company.ceo = from.people.get(record.ceo)?.id ?? record.ceo;
      },
    },
    issues,
  );
  const investors = new EntityMerger<InvestorRecord, Investor>(
    {
      kind: "investor",
      copy: (record) => copyFields({ sources: [] }, record, RECORD_FIELDS.investors),
      settle(investor, record, from) {
        const parent = investor.affiliateOf;
        if (parent?.source.id === from.source.id) {
          const mapped = from.investors.get(parent.investor)?.id ?? parent.investor;
          investor.affiliateOf = { ...parent, investor: mapped };
        }
      },
    },
    issues,
  );
  const people = new EntityMerger<PersonRecord, Person>(
    {
      kind: "person",
      copy: (record) => copyFields({ sources: [] }, record, RECORD_FIELDS.people),
      // A role names its organisation by the source's local id: a company's or an investor's.
      settle(person, record, from) {
        const orgId = (local: string) =>
          from.companies.get(local)?.id ?? from.investors.get(local)?.id ?? local;
        person.roles = person.roles.map((role) =>
          role.source.id === from.source.id
            ? { ...role, organization: orgId(role.organization) }
            : role,
        );
      },
    },
    issues,
  );
  const rounds = new RoundMerger(issues);
  const macro = new Map<string, MacroFigure>();
  const sources: SourceRef[] = [];

  for (const document of ordered) {
    const source = sourceRef(document);
    sources.push(source);
    // Local ids resolve through the maps each merger fills as this source's records are added.
    const from: SourceContext = {
      source,
      people: people.startSource(),
      companies: companies.startSource(),
      investors: investors.startSource(),
    };
    // The records are typed as they will be once their entity is made (their facts marked with
    // their source); until then only their names and ids are read.
    const records = document as unknown as {
      [K in "companies" | "investors" | "people" | "rounds" | "macro"]: Stamped<SourceDocument[K]>;
    };
    records.people.forEach((record, index) => people.add(from, record, "people", index));
    records.companies.forEach((record, index) => companies.add(from, record, "companies", index));
    records.investors.forEach((record, index) => investors.add(from, record, "investors", index));
    records.rounds.forEach((record, index) => rounds.add(from, record, index));
    for (const figure of records.macro) {
      stampFacts(figure, source);
      const key = `${normalizeName(figure.country)}|${figure.year}|${normalizeName(figure.metric)}`;
      const known = macro.get(key);
      if (!known) macro.set(key, { ...figure, sources: [source] });
      else {
        const currencies = new Set(figure.values.map((v) => v.currency));
        known.values = [
          ...known.values.filter((v) => !currencies.has(v.currency)),
          ...figure.values,
        ];
        known.sources = [...known.sources, source];
      }
    }
  }
  return { sources, companies, investors, people, rounds, macro: [...macro.values()], issues };
}

/**
 * The reference a source's facts cite: one per document, whichever catalog it is built into (a
 * record's facts are marked with it in place, so every catalog must mark them with the same one).
 */
const refs = new WeakMap<SourceDocument, SourceRef>();

function sourceRef(document: SourceDocument): SourceRef {
  const known = refs.get(document);
  if (known) return known;
  const ref: SourceRef = { id: document.id, headline: document.headline, date: document.date };
  if (document.publisher) ref.publisher = document.publisher;
  if (document.url) ref.url = document.url;
  refs.set(document, ref);
  return ref;
}
