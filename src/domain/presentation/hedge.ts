/**
 * How certain a figure is, in the source's own words: the qualifier of a lower bound ("exceeding",
 * "more than") and the precision of a date ("day", "month (inferred)"). The figure itself stays a
 * number for modelling; these say how to read it.
 */
import type { Sourced } from "../core/value";
import { displayText } from "./display";

/** What a figure stated as it is answers for its qualifier. */
export const EXACT = "exact";

/**
 * The words sources use for a lower bound, in the order they are looked for in the passage. The
 * schema records only that a figure is a lower bound (`atLeast`); the passage says which words.
 */
const LOWER_BOUND_WORDS = [
  "exceeding",
  "more than",
  "in excess of",
  "upwards of",
  "at least",
  "over",
  "above",
] as const;

/** Used when a lower bound's passage has none of the words above (e.g. an analyst's entry). */
const DEFAULT_LOWER_BOUND = "more than";

/**
 * A figure's qualifier: "exact", or the source's word for a lower bound; undefined for a value
 * that is not a figure (a date, a text).
 * @example qualifierOf(valuationFact) // "exceeding" ("with its valuation exceeding $4.5 billion")
 * @example qualifierOf(partnersFact)  // "more than" ("more than 400 leading … enterprises")
 */
export function qualifierOf(fact: Sourced): string | undefined {
  const { value } = fact;
  if (value.type !== "money" && value.type !== "count") return undefined;
  if (value.bound === "exact") return EXACT;
  const passages = fact.passages.map((p) => p.toLowerCase());
  const said = LOWER_BOUND_WORDS.find((words) =>
    passages.some((p) => new RegExp(`\\b${words}\\b`).test(p)),
  );
  return said ?? DEFAULT_LOWER_BOUND;
}

/**
 * A date's precision, marked "(inferred)" when the source does not state the date itself.
 * @example precisionOf(seriesCDate)  // "day (inferred)" (the article says "on Monday")
 * @example precisionOf(foundedDate)  // "year"
 */
export function precisionOf(fact: Sourced): string | undefined {
  if (fact.value.type !== "date") return undefined;
  return fact.inferred ? `${fact.value.precision} (inferred)` : fact.value.precision;
}

/**
 * A value as a memo writes it, with a lower bound in the source's words.
 * @example hedgedText(valuationFact) // "exceeding $4.5B"
 * @example hedgedText(partnersFact)  // "more than 400"
 */
export function hedgedText(fact: Sourced): string {
  const { value } = fact;
  if ((value.type !== "money" && value.type !== "count") || value.bound === "exact") {
    return displayText(value);
  }
  return `${qualifierOf(fact)} ${displayText({ ...value, bound: "exact" })}`;
}
