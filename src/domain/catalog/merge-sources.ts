/**
 * Merges the records of several sources into one set of entities. Sources are read oldest first, so
 * that for every fact the newest source that gives it answers; an older value that differs is kept
 * beside it as a dispute, never dropped. Entities merge by any shared name or alias (normalised):
 * "Megvii" in one article and "Face++" in another are one company.
 */
import type { SourceDocument } from "../../data/schema";
import { compareText } from "../core/compare";
import type { SourceIssue } from "../../data/validate-source";
import {
  ROUND_FACT_KEYS,
  type Company,
  type Investor,
  type MacroFigure,
  type Person,
  type Round,
  type SourceRef,
  type Stamped,
} from "./entities";
import { EntityMerger, mergeFacts, uniqueId } from "./entity-merger";
import { normalizeName } from "./normalize-name";
import { copyFields, RECORD_FIELDS } from "./record-copies";

/** The merged records, and the records that could not be placed (with why). */
export type MergedSources = {
  sources: SourceRef[];
  companies: Company[];
  investors: Investor[];
  people: Person[];
  rounds: Round[];
  macro: MacroFigure[];
  issues: SourceIssue[];
};

/**
 * Merges validated sources (in any order; ties on date keep the given order).
 * @example
 * const merged = mergeSources([bundledArticle, laterArticle]);
 * merged.companies.find((c) => c.name === "Megvii")?.sources.length // 2
 */
export function mergeSources(documents: readonly SourceDocument[]): MergedSources {
  const ordered = documents
    .map((document, order) => ({ document, order }))
    .sort((a, b) => compareText(a.document.date, b.document.date) || a.order - b.order)
    .map(({ document }) => document);
  const issues: SourceIssue[] = [];
  // A record becomes an entity as a copy (the documents stay as they are for the next rebuild); a
  // record that merges into a known entity is only read.
  const companies = new EntityMerger("company", issues, (record: CompanyRecord): Company =>
    copyFields({ sources: [], disputes: {} }, record, RECORD_FIELDS.companies),
  );
  const investors = new EntityMerger("investor", issues, (record: InvestorRecord): Investor =>
    copyFields({ sources: [] }, record, RECORD_FIELDS.investors),
  );
  const people = new EntityMerger("person", issues, (record: PersonRecord): Person =>
    copyFields({ sources: [] }, record, RECORD_FIELDS.people),
  );
  const rounds: Round[] = [];
  const roundIds = new Set<string>();
  const roundsOf = new Map<string, RoundSlot[]>();
  const macro = new Map<string, MacroFigure>();
  const sources: SourceRef[] = [];

  const mergers = [companies, investors, people];
  for (const document of ordered) {
    const source = sourceRef(document);
    sources.push(source);
    const stamped = stamp(document, source);
    for (const merger of mergers) merger.startSource();
    stamped.people.forEach((record, index) => people.add(source, record, "people", index));
    stamped.companies.forEach((record, index) => {
      const ceo = record.ceo && people.idOf(record.ceo);
      const company = ceo && ceo !== record.ceo ? { ...record, ceo } : record;
      companies.add(source, company, "companies", index);
    });
    stamped.investors.forEach((record, index) => investors.add(source, record, "investors", index));
    const orgId = (local: string) => companies.idOf(local) ?? investors.idOf(local);
    stamped.rounds.forEach((record, i) => {
      const company = companies.idOf(record.company);
      if (company === undefined) {
        const where = `rounds[${i}] (${record.id})`;
        const message = `its company '${record.company}' was set aside`;
        issues.push({ source: source.id, record: where, path: `${where}.company`, message });
        return;
      }
      // Optional facts are added only when present (never set to undefined and deleted: a delete
      // would slow every later read of the round).
      const round: Round = copyFields(
        { sources: [source], disputes: {} },
        record,
        RECORD_FIELDS.rounds,
      );
      round.company = company;
      if (record.leads) round.leads = withMergedIds(record.leads, investors);
      if (record.others) round.others = withMergedIds(record.others, investors);
      const incoming = roundSlot(round, source);
      const ofCompany = roundsOf.get(company) ?? [];
      const same = ofCompany.find((known) => sameRound(known, incoming));
      if (same) {
        mergeFacts(same.round, round, ROUND_FACT_KEYS, source);
        // The newer report may name the series or change the date: read them again.
        Object.assign(same, roundSlot(same.round, source));
      } else {
        round.id = uniqueId(round.id, roundIds);
        rounds.push(round);
        if (ofCompany.length === 0) roundsOf.set(company, ofCompany);
        ofCompany.push(incoming);
      }
    });
    // References of this source's facts name its local ids: point them at the merged entities.
    for (const person of people.fromSource()) {
      person.roles = person.roles.map((role) =>
        role.source.id === source.id
          ? { ...role, organization: orgId(role.organization) ?? role.organization }
          : role,
      );
    }
    for (const investor of investors.fromSource()) {
      const parent = investor.affiliateOf;
      if (parent?.source.id === source.id) {
        const mapped = investors.idOf(parent.investor) ?? parent.investor;
        investor.affiliateOf = { ...parent, investor: mapped };
      }
    }
    for (const figure of stamped.macro) {
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
  return {
    sources,
    companies: companies.all,
    investors: investors.all,
    people: people.all,
    rounds,
    macro: [...macro.values()],
    issues,
  };
}

/**
 * A round's lead or other investors with the merged ids of this source's investors: the source's
 * own fact when every id stays as it is (most do), else a copy.
 */
function withMergedIds(
  group: NonNullable<Round["leads"]>,
  investors: EntityMerger<InvestorRecord, Investor>,
): NonNullable<Round["leads"]> {
  const merged = group.investors.map((id) => investors.idOf(id) ?? id);
  return merged.every((id, i) => id === group.investors[i])
    ? group
    : { ...group, investors: merged };
}

function sourceRef(document: SourceDocument): SourceRef {
  const ref: SourceRef = { id: document.id, headline: document.headline, date: document.date };
  if (document.publisher) ref.publisher = document.publisher;
  if (document.url) ref.url = document.url;
  return ref;
}

type CompanyRecord = Stamped<SourceDocument["companies"]>[number];
type InvestorRecord = Stamped<SourceDocument["investors"]>[number];
type PersonRecord = Stamped<SourceDocument["people"]>[number];

type StampedSource = {
  companies: Stamped<SourceDocument["companies"]>;
  investors: Stamped<SourceDocument["investors"]>;
  people: Stamped<SourceDocument["people"]>;
  rounds: Stamped<SourceDocument["rounds"]>;
  macro: Stamped<SourceDocument["macro"]>;
};

/**
 * The source's records with every fact naming the source. Stamped in place: the records are the
 * validator's own copies, held by the store, and stamping again with the same source is harmless.
 */
function stamp(document: SourceDocument, source: SourceRef): StampedSource {
  // Only objects are visited (a call per string or number would be most of the walk's time).
  const visit = (node: object): void => {
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) {
        if (typeof child === "object" && child !== null) visit(child);
      }
      return;
    }
    const fields = node as Record<string, unknown>;
    let isFact = false;
    for (const key in fields) {
      const value = fields[key];
      if (typeof value === "object" && value !== null) {
        if (key !== "source") visit(value);
      } else if (key === "quote" || key === "enteredByAnalyst") isFact = true;
    }
    if (isFact) fields.source = source;
  };
  const { companies, investors, people, rounds, macro } = document;
  const records = { companies, investors, people, rounds, macro };
  visit(records);
  return records as unknown as StampedSource;
}

/** A merged round with what telling two reports apart needs, read once. */
type RoundSlot = { round: Round; lastSource: string; letter?: string; month: string };

const roundSlot = (round: Round, source: SourceRef): RoundSlot => ({
  round,
  lastSource: source.id,
  letter: round.series?.letter,
  month: round.announced.iso.slice(0, 7),
});

/**
 * Two reports of one company's round, from different sources: the same series letter, or (without
 * one) the same month.
 */
function sameRound(known: RoundSlot, incoming: RoundSlot): boolean {
  if (known.lastSource === incoming.lastSource) return false;
  if (known.letter !== undefined && incoming.letter !== undefined) {
    return known.letter === incoming.letter;
  }
  return known.month === incoming.month;
}
