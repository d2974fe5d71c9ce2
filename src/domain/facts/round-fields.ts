import type { Company, Participants, Round } from "../catalog/entities";
import { omittedIfBlank, optionArgument } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import { roundLabel } from "./round-ref";
import { andThen, notReported, ok, type Result } from "../core/result";
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
  "lead",
  "investors",
  "valuation",
  "currency",
  "source",
] as const;
export type RoundField = (typeof ROUND_FIELDS)[number];

/** Accepted spellings of each field (compared without case, spaces or punctuation). */
const ROUND_FIELD_NAMES = new Map<string, RoundField>([
  ...ROUND_FIELDS.map((f) => [f, f] as const),
  ["size", "amount"],
  ["raised", "amount"],
  ["announced", "date"],
  ["announcementdate", "date"],
  ["letter", "series"],
  ["leads", "lead"],
  ["leadinvestor", "lead"],
  ["leadinvestors", "lead"],
  ["allinvestors", "investors"],
  ["postmoney", "valuation"],
  ["postmoneyvaluation", "valuation"],
  ["quote", "source"],
]);

/**
 * One fact of one round, with the passage behind it, from what an analyst typed for the field
 * (default `amount`).
 * @example
 * readRoundField(catalog, sensetime, seriesC, "valuation")
 * // { kind: "ok", value: { value: { type: "money", amount: 4.5e9, bound: "atLeast", ... }, quote: "SenseTime will become ..." } }
 */
export function readRoundField(
  catalog: Catalog,
  company: Company,
  round: Round,
  field: unknown = "amount",
): Result<Sourced> {
  return andThen(
    optionArgument(omittedIfBlank(field) ?? "amount", "field", ROUND_FIELD_NAMES, ROUND_FIELDS),
    (name): Result<Sourced> => roundField(catalog, company, round, name),
  );
}

/**
 * One fact of one round by its typed field name; when sources disagree the newest answers and
 * `differs` holds the others.
 * @example roundField(catalog, sensetime, seriesC, "lead") // ok: { value: { type: "text", text: "Alibaba" }, … }
 */
export function roundField(
  catalog: Catalog,
  company: Company,
  round: Round,
  name: RoundField,
): Result<Sourced> {
  const missing = () => notReported(`${company.name} ${roundLabel(round)} ${name}`);
  const { disputes } = round;
  switch (name) {
    case "amount":
      return ok(disputed(money(round.amount), disputes.amount?.map(money)));
    case "date":
      return ok(disputed(date(round.announced), disputes.announced?.map(date)));
    case "series":
      return round.series
        ? ok(disputed(seriesFact(round.series), disputes.series?.map(seriesFact)))
        : missing();
    case "lead": {
      const fact = (group: Participants) => participantsFact(catalog, group);
      return round.leads ? ok(disputed(fact(round.leads), disputes.leads?.map(fact))) : missing();
    }
    case "investors":
      return ok(allInvestors(catalog, round));
    case "valuation":
      return round.postMoneyValuation
        ? ok(disputed(money(round.postMoneyValuation), disputes.postMoneyValuation?.map(money)))
        : missing();
    case "currency":
      return ok(text(round.amount.currency, round.amount));
    case "source":
      return ok(text(round.amount.quote ?? ENTERED_BY_ANALYST, round.amount));
  }
}

/** What a fact an analyst typed (with no passage) shows where a passage would stand. */
export const ENTERED_BY_ANALYST = "Entered by an analyst";

const seriesFact = (series: NonNullable<Round["series"]>): Sourced =>
  text(`Series ${series.letter}`, series);

/**
 * A round's leads or other investors as one fact: their names joined with "; ", and the passage.
 * @example participantsFact(catalog, seriesC.leads).value // { type: "text", text: "Alibaba" }
 */
export function participantsFact(catalog: Catalog, group: Participants): Sourced {
  return text(namesOf(catalog, group).join(LIST_SEPARATOR), group);
}

const namesOf = (catalog: Catalog, group: Participants): string[] =>
  group.investors.map((id) => catalog.investorById.get(id)?.name ?? id);

/** Leads first, then the other investors; quotes joined when they differ. */
function allInvestors(catalog: Catalog, round: Round): Sourced {
  const groups = [round.leads, round.others].filter((g): g is Participants => g !== undefined);
  const names = groups.flatMap((g) => namesOf(catalog, g));
  return text(names.join(LIST_SEPARATOR), fromFacts(groups));
}
