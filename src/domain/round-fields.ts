import type { Company, Round } from "../data/schema";
import { optionArgument } from "./argument";
import type { Catalog } from "./catalog";
import { roundLabel } from "./round-ref";
import { andThen, notReported, ok, type Result } from "./result";
import { LIST_SEPARATOR, date, fromPassages, money, text, type Sourced } from "./value";

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
 * One fact of one round, with the passage behind it. `field` defaults to `amount`.
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
    optionArgument(field ?? "amount", "field", ROUND_FIELD_NAMES, ROUND_FIELDS),
    (name): Result<Sourced> => {
      const missing = () => notReported(`${company.name} ${roundLabel(round)} ${name}`);
      switch (name) {
        case "amount":
          return ok(money(round.amount));
        case "date":
          return ok(date(round.announced));
        case "series":
          return round.series ? ok(text(`Series ${round.series.letter}`, round.series)) : missing();
        case "lead":
          return round.leads ? ok(participantsFact(catalog, round.leads)) : missing();
        case "investors":
          return ok(allInvestors(catalog, round));
        case "valuation":
          return round.postMoneyValuation ? ok(money(round.postMoneyValuation)) : missing();
        case "currency":
          return ok(text(round.amount.currency, round.amount));
        case "source":
          return ok(text(round.amount.quote, round.amount));
      }
    },
  );
}

type Participants = NonNullable<Round["leads"]>;

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
  return text(names.join(LIST_SEPARATOR), fromPassages(groups.map((g) => g.quote)));
}
