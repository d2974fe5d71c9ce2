import type { Company, Participants, Round } from "../catalog/entities";
import { omittedIfBlank, optionKey } from "../core/argument";
import { fieldNames, typedField } from "./field-names";
import { roundFactNotReported } from "./field-nouns";
import { aspect, aspectOf } from "./aspect";
import type { Catalog } from "../catalog/catalog";
import { roundLabel } from "./round-ref";
import { namedRound } from "./round-names";
import { andThen, ok, type Result } from "../core/result";
import { ENTERED_BY_ANALYST_TEXT } from "../presentation/display";
import {
  LIST_SEPARATOR,
  date,
  disputed,
  fromFacts,
  money,
  text,
  type Sourced,
} from "../core/value";

export const ROUND_FIELDS = [
  "amount",
  "date",
  "series",
  "round",
  "lead",
  "other",
  "investors",
  "valuation",
  "currency",
  "source",
  "amount qualifier",
  "valuation qualifier",
  "date precision",
] as const;
export type RoundField = (typeof ROUND_FIELDS)[number];

/**
 * Accepted spellings of each field (compared without case, spaces or punctuation), among them
 * every header the spills, tables and cards print for a round's facts.
 */
const ROUND_FIELD_NAMES = fieldNames<RoundField>(
  ROUND_FIELDS,
  {
    amount: [
      "size",
      "round size",
      "raised",
      "amount raised",
      "money raised",
      "round amount",
      "deal size",
      "funding",
      "funding amount",
    ],
    date: [
      "announced",
      "announcement date",
      "announced date",
      "date announced",
      "round date",
      "deal date",
      "funding date",
    ],
    series: ["letter"],
    round: ["round name", "round type", "funding type", "stage"],
    lead: ["leads", "led by", "lead investor", "Lead investors"],
    other: [
      "others",
      "other investor",
      "Other investors",
      "co-investors",
      "participants",
      "participating investors",
    ],
    investors: ["all investors", "investor", "backers", "investor names"],
    valuation: ["post-money", "post valuation", "Post-money valuation"],
    source: ["quote", "passage", "citation"],
    "amount qualifier": ["qualifier"],
    "date precision": ["precision"],
  },
  { amount: "amount qualifier", valuation: "valuation qualifier", date: "date precision" },
);

/** The round field a typed name denotes, if any. */
export const roundFieldNamed = (field: string): RoundField | undefined =>
  ROUND_FIELD_NAMES.get(optionKey(field));

/**
 * One fact of one round, with the passage behind it, from what an analyst typed for the field
 * (default `amount`).
 * @example
 * readRoundField(catalog, sensetime, seriesC, "valuation")
 * // { kind: "ok", value: { value: { type: "money", amount: 4.5e9, bound: "atLeast", ... }, quote: "SenseTime will become ..." } }
 * readRoundField(catalog, sensetime, seriesC, "valuation qualifier") // ok: "exceeding"
 */
export function readRoundField(
  catalog: Catalog,
  company: Company,
  round: Round,
  field: unknown = "amount",
): Result<Sourced> {
  // The round's label is spelled out only for a field the sources never record.
  const owner = () => `${company.name} ${roundLabel(round)}:`;
  return andThen(
    typedField(omittedIfBlank(field) ?? "amount", owner, ROUND_FIELD_NAMES, ROUND_FIELDS),
    (name): Result<Sourced> => roundField(catalog, company, round, name),
  );
}

/**
 * One fact of one round by its typed field name; when sources disagree the newest answers and
 * `differs` holds the others.
 * @example roundField(catalog, sensetime, seriesC, "lead") // ok: { value: { type: "text", text: "Alibaba" }, … }
 * @example roundField(catalog, sensetime, seriesC, "date precision") // ok: "day (inferred)"
 */
export function roundField(
  catalog: Catalog,
  company: Company,
  round: Round,
  name: RoundField,
): Result<Sourced> {
  const missing = () => roundFactNotReported(company.name, roundLabel(round), name);
  const { disputes } = round;
  const group = (fact: Participants | undefined, others: readonly Participants[] | undefined) =>
    fact
      ? ok(
          disputed(
            participantsFact(catalog, fact),
            others?.map((g) => participantsFact(catalog, g)),
          ),
        )
      : missing();
  switch (name) {
    case "amount":
      return ok(disputed(money(round.amount), disputes.amount?.map(money)));
    case "date":
      return ok(disputed(date(round.announced), disputes.announced?.map(date)));
    case "series": {
      const named = namedRound(round);
      if (named) return ok(text(named.name, named.note));
      return round.series
        ? ok(disputed(seriesFact(round.series), disputes.series?.map(seriesFact)))
        : missing();
    }
    case "round":
      return ok(text(roundLabel(round), round.series ?? round.announced));
    case "lead":
      return group(round.leads, disputes.leads);
    case "other":
      return group(round.others, disputes.others);
    case "investors":
      return ok(allInvestors(catalog, round));
    case "valuation":
      return round.postMoneyValuation
        ? ok(disputed(money(round.postMoneyValuation), disputes.postMoneyValuation?.map(money)))
        : missing();
    case "currency":
      return ok(text(round.amount.currency, round.amount));
    case "source":
      return ok(text(round.amount.quote ?? ENTERED_BY_ANALYST_TEXT, round.amount));
    default: {
      // An aspect of a figure or a date: "amount qualifier", "date precision".
      const [base, read] = aspectOf(name);
      return aspect(roundField(catalog, company, round, base as RoundField), read);
    }
  }
}

const seriesFact = (series: NonNullable<Round["series"]>): Sourced =>
  text(`Series ${series.letter}`, series);

/** Ends a list of investors the source does not give in full. */
export const OTHERS_NOT_NAMED = "others not named";

/**
 * A round's leads or other investors as one fact: their names joined with "; ", and the passage;
 * a list the source gives only in part ends with "others not named".
 * @example participantsFact(catalog, seriesC.leads).value // { type: "text", text: "Alibaba" }
 * @example participantsFact(catalog, seriesC.others).value // { type: "text", text: "Temasek; Suning Commerce; others not named" }
 */
export function participantsFact(catalog: Catalog, group: Participants): Sourced {
  return text(listText(namesOf(catalog, group), group.complete === false), group);
}

/** Names joined with "; ", and "others not named" after them when the list is partial. */
export function listText(names: readonly string[], partial: boolean): string {
  return [...names, ...(partial ? [OTHERS_NOT_NAMED] : [])].join(LIST_SEPARATOR);
}

/**
 * Whether a round's list of investors is partial: a list marked incomplete, or no other investors
 * given at all (the source then names its leads only).
 */
export function investorsPartial(round: Round): boolean {
  return (
    round.others === undefined || [round.leads, round.others].some((g) => g?.complete === false)
  );
}

const namesOf = (catalog: Catalog, group: Participants): string[] =>
  group.investors.map((id) => catalog.investorById.get(id)?.name ?? id);

/** Leads first, then the other investors; quotes joined when they differ. */
function allInvestors(catalog: Catalog, round: Round): Sourced {
  const groups = [round.leads, round.others].filter((g): g is Participants => g !== undefined);
  const names = groups.flatMap((g) => namesOf(catalog, g));
  return text(listText(names, investorsPartial(round)), fromFacts(groups));
}
