/**
 * What the review shows for each found round: its title, whether it is kept, each field with the
 * value in its input, the passage behind it (or "entered by analyst"), a correction that cannot be
 * read, the existing company it merges with and the catalog round it duplicates. Pure.
 */
import {
  foundText,
  REVIEW_FIELDS,
  type EditReaders,
  type ReviewedRound,
  type ReviewField,
  type ReviewRound,
} from "./review-round";
import { inferredValue, reviewedRound } from "./reviewed-round";

export const FIELD_LABELS = {
  company: "Company",
  series: "Round",
  amount: "Amount",
  announced: "Announced",
  leads: "Lead investors",
  participants: "Other investors",
  valuation: "Valuation",
} as const satisfies Record<ReviewField, string>;

/** What the review knows of the catalog: company names and the rounds already in it. */
export type KnownRounds = {
  /** The catalog's name for a company name or alias, when the catalog has that company. */
  companyNamed(name: string): string | undefined;
  /** Describes the catalog round this round repeats ("SenseTime Series C, 9 Apr 2018"), if any. */
  duplicateOf(round: ReviewedRound): string | undefined;
};

export type ReviewRowModel = {
  field: ReviewField;
  label: string;
  /** The input's text: the correction if any, else `unedited`. */
  value: string;
  /** The input's text with no correction: the found value, or the one the review inferred. */
  unedited: string;
  /** The passage behind a found value; absent for an analyst's entry or an empty field. */
  quote?: string;
  /** Why a value the passage implies rather than states was read that way. */
  inferred?: string;
  enteredByAnalyst: boolean;
  error?: string;
};

export type ReviewRoundModel = {
  title: string;
  ticked: boolean;
  /** False for an earlier round the article mentions in passing. */
  current: boolean;
  rows: ReviewRowModel[];
  /** "Merges with SenseTime, already in the catalog." when the company exists. */
  merge?: string;
  /** "Already in the catalog: …" when the round repeats one there. */
  duplicate?: string;
};

/**
 * The view model of one round under review.
 * @param published the article's publication date: a correction dated after it is refused
 * @example
 * reviewModel(round, readers, known).title // "SenseTime, Series C"
 */
export function reviewModel(
  round: ReviewRound,
  read: EditReaders,
  known: KnownRounds,
  published?: string,
): ReviewRoundModel {
  const { round: reviewed, errors } = reviewedRound(round, read, published);
  const rows = REVIEW_FIELDS.map((field): ReviewRowModel => {
    const cited = citedOf(reviewed, field);
    const error = errors.find((e) => e.field === field)?.message;
    // What the input shows before any correction: the found value, or the one the review infers.
    const unedited =
      foundText(round.found, field) || (inferredValue(round.found, field, published)?.value ?? "");
    return {
      field,
      label: FIELD_LABELS[field],
      value: round.edits[field] ?? unedited,
      unedited,
      ...(cited && "quote" in cited ? { quote: cited.quote } : {}),
      ...(cited && "inferred" in cited && cited.inferred ? { inferred: cited.inferred } : {}),
      enteredByAnalyst: round.edits[field] !== undefined,
      ...(error ? { error } : {}),
    };
  });
  const existing = known.companyNamed(reviewed.company.value);
  const duplicate = known.duplicateOf(reviewed);
  return {
    // Under the name it will be kept as: the catalog's, when it merges ("sensetime" → SenseTime).
    title: [
      existing ?? reviewed.company.value,
      reviewed.series?.value ?? "round without a series",
    ].join(", "),
    ticked: round.ticked,
    current: reviewed.isCurrentRound,
    rows,
    ...(existing ? { merge: `Merges with ${existing}, already in the catalog.` } : {}),
    ...(duplicate ? { duplicate: `Already in the catalog: ${duplicate}.` } : {}),
  };
}

function citedOf(round: ReviewedRound, field: ReviewField) {
  return round[field];
}

/** A passage in its context, for highlighting: the text before, the passage, the text after. */
export type PassageInContext = { before: string; passage: string; after: string };

/**
 * Where a passage sits in the article, with up to `context` characters either side (cut at a
 * word); undefined if the article does not contain it.
 * @example
 * passageInContext("Acme raised $5M on Monday.", "$5M", 7)
 * // { before: "…raised ", passage: "$5M", after: " on…" }
 */
export function passageInContext(
  article: string,
  passage: string,
  context = 160,
): PassageInContext | undefined {
  const start = article.indexOf(passage);
  if (start < 0 || passage === "") return undefined;
  const end = start + passage.length;
  const from = Math.max(0, start - context);
  const to = Math.min(article.length, end + context);
  const midWord = (index: number) => /\S/.test(article.charAt(index));
  let before = article.slice(from, start);
  let after = article.slice(end, to);
  if (from > 0)
    before = `…${(midWord(from - 1) ? before.replace(/^\S*/, "") : before).trimStart()}`;
  if (to < article.length)
    after = `${(midWord(to) ? after.replace(/\S*$/, "") : after).trimEnd()}…`;
  return { before, passage, after };
}
