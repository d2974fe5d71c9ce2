/**
 * Reviewing the rounds the extractor found, before they become a source: the analyst ticks the
 * rounds to keep and may correct any field. A corrected field is the analyst's own entry: it is
 * marked `enteredByAnalyst` and carries no passage (a passage supports what the text says, not
 * the correction). Pure: the pane keeps this state and renders its view model.
 */
import type { ExtractedRound, Money, Valuation } from "../../extract/types";

/** The fields an analyst can correct, in the order the review shows them. */
export const REVIEW_FIELDS = [
  "company",
  "series",
  "amount",
  "announced",
  "leads",
  "participants",
  "valuation",
] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

/**
 * A value with where it comes from: a verbatim passage (and, for a value the passage implies
 * rather than states, the reasoning), or the analyst.
 */
export type Cited<T> =
  { value: T; quote: string; inferred?: string } | { value: T; enteredByAnalyst: true };

/** A reviewed round: every field either cited, entered by the analyst, or absent (null). */
export type ReviewedRound = {
  company: Cited<string>;
  series: Cited<string> | null;
  amount: Cited<Money> | null;
  /** The text's own USD figure for a non-USD amount; dropped when the amount is corrected. */
  amountUsd: Cited<number> | null;
  announced: Cited<string> | null;
  leads: Cited<string[]> | null;
  participants: Cited<string[]> | null;
  valuation: Cited<Valuation> | null;
  isCurrentRound: boolean;
};

/** One found round under review: ticked to keep, with the analyst's corrections as typed. */
export type ReviewRound = {
  found: ExtractedRound;
  ticked: boolean;
  edits: Partial<Record<ReviewField, string>>;
};

/** Reads an analyst's entry; `undefined` when it cannot be read (the view says how to write it). */
export type EditReaders = {
  money(text: string): Money | undefined;
  series(text: string): string | undefined;
  /** A date written in words with its year ("April 2018", "10 Apr 2018") as YYYY-MM or YYYY-MM-DD. */
  date(text: string): string | undefined;
};

/**
 * The rounds of one extraction, all ticked, none corrected; or, when the same article is read
 * again (another publication date), each round keeps the tick and corrections of the round with
 * the same company and series in the `previous` review.
 * @example startReview(extractRounds(article).rounds)[0].ticked // true
 */
export function startReview(
  found: readonly ExtractedRound[],
  previous: readonly ReviewRound[] = [],
): ReviewRound[] {
  const left = [...previous];
  return found.map((round) => {
    const at = left.findIndex(
      (old) => old.found.company === round.company && old.found.series === round.series,
    );
    const [old] = at >= 0 ? left.splice(at, 1) : [];
    return { found: round, ticked: old?.ticked ?? true, edits: old ? { ...old.edits } : {} };
  });
}

/**
 * Records a correction; typing back what the input showed uncorrected (`unedited`: the found value,
 * or one the review inferred) removes it, and emptying an inferred value is a correction.
 * @example
 * editRound(round, "company", "SenseTime").edits // { company: "SenseTime" } (found "Sense Time")
 */
export function editRound(
  round: ReviewRound,
  field: ReviewField,
  text: string,
  unedited = foundText(round.found, field),
): ReviewRound {
  const edits = { ...round.edits };
  if (text.trim() === unedited) delete edits[field];
  else edits[field] = text.trim();
  return { ...round, edits };
}

/** The found value of a field as the review shows it in its input ("" when absent). */
export function foundText(round: ExtractedRound, field: ReviewField): string {
  switch (field) {
    case "company":
      return round.company;
    case "series":
      return round.series ?? "";
    case "amount":
      return round.amount ? moneyText(round.amount) : "";
    case "announced":
      return round.announced ?? "";
    case "leads":
      return round.leads.join("; ");
    case "participants":
      return round.participants.join("; ");
    case "valuation":
      return round.valuation ? moneyText(round.valuation) : "";
  }
}

/**
 * Money as an analyst can type it back: qualifier, currency code, full number.
 * @example
 * moneyText({ value: 600000000, currency: "USD", qualifier: "more than" }) // "more than USD 600,000,000"
 */
export function moneyText(money: Money): string {
  const amount = money.value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return `${money.qualifier ? `${money.qualifier} ` : ""}${money.currency} ${amount}`;
}
