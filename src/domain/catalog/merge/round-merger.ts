/**
 * Merging rounds across sources: two sources' reports of one company's round (the same series
 * letter, or without one the same month) are one round. As with entities, which reports make
 * which round, and each round's id, are settled as the sources are read; a round is made when
 * its company's rounds are first asked for.
 */
import type { SourceIssue } from "../../../data/validate-source";
import { compareText } from "../../core/compare";
import { ROUND_FACT_KEYS, type Round, type Stamped } from "../entities";
import type { LocalIds, SourceContext } from "./entity-merger";
import { freeId, mergeFacts } from "./merge-facts";
import { copyFields, RECORD_FIELDS } from "./record-copies";
import { stampFacts } from "./stamp-facts";
import type { SourceDocument } from "../../../data/schema";

export type RoundRecord = Stamped<SourceDocument["rounds"]>[number];

/**
 * A round before it is made: its id and merged company, its reports oldest first with the
 * source each came from (`records[i]` from `from[i]`), and what telling the next report apart
 * needs (the last source, and the newest series letter and month).
 */
type RoundSlot = {
  id: string;
  company: string;
  lastSource: string;
  letter: string | undefined;
  month: string;
  records: RoundRecord[];
  from: SourceContext[];
  round: Round | undefined;
};

/** Merges the rounds of sources read one at a time (after their companies and investors). */
export class RoundMerger {
  private readonly slots: RoundSlot[] = [];
  private readonly ids = new Set<string>();
  private readonly slotsOf = new Map<string, RoundSlot[]>();
  private readonly madeOf = new Map<string, Round[]>();

  constructor(private readonly issues: SourceIssue[]) {}

  /** Adds round `index` of a source: to the round it reports again, or as a new round. */
  add(from: SourceContext, record: RoundRecord, index: number): void {
    const sourceId = from.source.id;
    const company = from.companies.get(record.company)?.id;
    if (company === undefined) {
      const where = `rounds[${index}] (${record.id})`;
      const message = `its company '${record.company}' was set aside`;
      this.issues.push({ source: sourceId, record: where, path: `${where}.company`, message });
      return;
    }
    const letter = record.series?.letter;
    const month = record.announced.iso.slice(0, 7);
    const ofCompany = this.slotsOf.get(company);
    const same = ofCompany?.find((known) => sameRound(known, sourceId, letter, month));
    if (same) {
      same.records.push(record);
      same.from.push(from);
      same.lastSource = sourceId;
      // The newer report may name the series or change the date: it answers for both.
      if (record.series !== undefined) same.letter = letter;
      same.month = month;
      return;
    }
    const id = freeId(record.id, this.ids);
    this.ids.add(id);
    const slot: RoundSlot = {
      id,
      company,
      lastSource: sourceId,
      letter,
      month,
      records: [record],
      from: [from],
      round: undefined,
    };
    this.slots.push(slot);
    if (ofCompany) ofCompany.push(slot);
    else this.slotsOf.set(company, [slot]);
  }

  /**
   * A company's rounds (by its merged id), oldest first, each made on this first ask.
   * @example merged.rounds.of("sensetime").map((r) => r.id) // ["sensetime-2017-07", "sensetime-c"]
   */
  of(company: string): readonly Round[] {
    let rounds = this.madeOf.get(company);
    if (rounds === undefined) {
      rounds = (this.slotsOf.get(company) ?? []).map(roundOf);
      if (rounds.length > 1) rounds.sort((a, b) => compareText(a.announced.iso, b.announced.iso));
      this.madeOf.set(company, rounds);
    }
    return rounds;
  }

  /** Every round, in the order first reported. */
  all(): Round[] {
    return this.slots.map(roundOf);
  }
}

/**
 * Whether a report (of `source`, with its series letter and month) tells again of a known round
 * reported by another source: the same series letter, or (without one) the same month.
 */
function sameRound(
  known: RoundSlot,
  source: string,
  letter: string | undefined,
  month: string,
): boolean {
  if (known.lastSource === source) return false;
  if (known.letter !== undefined && letter !== undefined) return known.letter === letter;
  return known.month === month;
}

/** The round of a slot: its first report copied, each later one's facts merged in, oldest first. */
function roundOf(slot: RoundSlot): Round {
  if (slot.round !== undefined) return slot.round;
  const [first, ...later] = slot.records.map((record, i) => {
    const from = slot.from[i];
    stampFacts(record, from.source);
    // Optional facts are added only when present (never set to undefined and deleted: a delete
    // would slow every later read of the round).
    const round: Round = copyFields(
      { sources: [from.source], disputes: {} },
      record,
      RECORD_FIELDS.rounds,
    );
    round.company = slot.company;
    if (record.leads) round.leads = withMergedIds(record.leads, from.investors);
    if (record.others) round.others = withMergedIds(record.others, from.investors);
    return { round, source: from.source };
  });
  const round = first.round;
  round.id = slot.id;
  for (const report of later) mergeFacts(round, report.round, ROUND_FACT_KEYS, report.source);
  slot.round = round;
  return round;
}

/**
 * A round's lead or other investors with the merged ids of its source's investors: the source's
 * own fact when every id stays as it is (most do), else a copy.
 */
function withMergedIds(
  group: NonNullable<Round["leads"]>,
  investors: LocalIds,
): NonNullable<Round["leads"]> {
  const merged = group.investors.map((id) => investors.get(id)?.id ?? id);
  return merged.every((id, i) => id === group.investors[i])
    ? group
    : { ...group, investors: merged };
}
