/**
 * A round under review as it will be kept: found fields with their passages, corrected fields as
 * the analyst's entries (no passage), inferred fields with their reasoning, and the corrections
 * that cannot be read or cannot be true. Pure.
 */
import { FIRST_EXCEL_DAY, isIsoDay } from "../article-input";
import type { ExtractedRound, Money, QuotedField, Valuation } from "../../extract/types";
import type { Cited, EditReaders, ReviewedRound, ReviewField, ReviewRound } from "./review-round";

/**
 * Why a round the article reports as news, with no date, is dated to its publication month: news
 * of a round comes out when it is announced, and the month is as precise as that reasoning goes.
 */
export const DATED_BY_PUBLICATION =
  "The article reports the round as news and gives no date: dated to the month it was published.";

/** A correction that cannot be read, with how to write it. */
export type EditError = { field: ReviewField; message: string };

const HOW_TO = {
  company: "Type the company's name.",
  series: 'Type a round such as "Series B", "Seed" or "Angel", or leave it empty.',
  amount:
    'Type an amount above zero such as "USD 5,000,000", "$5 million" or "€20mn", or leave it empty.',
  announced:
    'Type a date from 1900 on, such as "2018-04-10", "10 April 2018", "2018-04", "April 2018" or "2018", or leave it empty.',
  leads: "Type the investors' names, separated by semicolons or commas, or leave it empty.",
  participants: "Type the investors' names, separated by semicolons or commas, or leave it empty.",
  valuation:
    'Type a valuation above zero such as "USD 3,000,000,000" or "$3bn", or leave it empty.',
} as const satisfies Record<ReviewField, string>;

/**
 * The round as it will be kept: found fields with their passages, corrected fields as the
 * analyst's entries (no passage), and the corrections that cannot be read or cannot be true (an
 * amount of zero, a round announced after the article reporting it was published).
 * @param published the article's publication date (YYYY-MM-DD), when known
 * @example
 * reviewedRound(editRound(round, "announced", "2062-04"), read, "2026-11-24").errors[0].message
 * // "This date is after the article was published (2026-11-24): check the year, or leave it empty."
 */
export function reviewedRound(
  round: ReviewRound,
  read: EditReaders,
  published?: string,
): { round: ReviewedRound; errors: EditError[] } {
  const errors: EditError[] = [];
  const { found, edits } = round;
  /** A found field keeps its passage; a corrected one is the analyst's (empty: removed). */
  function field<T>(
    name: ReviewField & QuotedField,
    foundValue: T | null,
    parse: (text: string) => T | undefined,
  ): Cited<T> | null {
    const edit = edits[name];
    if (edit === undefined) {
      const quote = found.quotes[name];
      return foundValue === null || quote === undefined ? null : { value: foundValue, quote };
    }
    if (edit === "") return null;
    const value = parse(edit);
    if (value === undefined) {
      errors.push({ field: name, message: HOW_TO[name] });
      return null;
    }
    return { value, enteredByAnalyst: true };
  }
  const list = (text: string) => {
    const names = investorNames(text);
    return names.length > 0 ? names : undefined;
  };
  if (edits.company === "") errors.push({ field: "company", message: HOW_TO.company });
  const company = field("company", found.company, (text) => text || undefined) ?? {
    value: found.company,
    enteredByAnalyst: true as const,
  };
  const amount = field("amount", found.amount, positive(read.money));
  let announced =
    field("announced", found.announced, (text) => readDate(text, read)) ??
    (edits.announced === undefined ? inferredValue(found, "announced", published) : null);
  if (
    edits.announced !== undefined &&
    announced &&
    published &&
    isAfter(announced.value, published)
  ) {
    errors.push({
      field: "announced",
      message: `This date is after the article was published (${published}): check the year, or leave it empty.`,
    });
    announced = null;
  }
  const amountUsdQuote = found.quotes.amountUsd ?? found.quotes.amount;
  return {
    round: {
      company,
      series: field("series", found.series, read.series),
      amount,
      amountUsd:
        edits.amount === undefined && found.amountUsd !== null && amountUsdQuote !== undefined
          ? { value: found.amountUsd, quote: amountUsdQuote }
          : null,
      announced,
      leads: field("leads", found.leads.length > 0 ? found.leads : null, list),
      participants: field(
        "participants",
        found.participants.length > 0 ? found.participants : null,
        list,
      ),
      valuation: field("valuation", found.valuation, (text) => readValuation(text, read)),
      isCurrentRound: found.isCurrentRound,
    },
    errors,
  };
}

/**
 * What the review infers for a field the extractor left empty, with its passage and reasoning:
 * today only the date of a round the article reports as its news without dating it (the
 * publication month). None for an earlier round mentioned in passing, or without a publication date.
 * @example inferredValue(round, "announced", "2026-11-20") // { value: "2026-11", quote: "Acme has raised $25 million …", inferred: DATED_BY_PUBLICATION }
 */
export function inferredValue(
  found: ExtractedRound,
  field: ReviewField,
  published?: string,
): Cited<string> | null {
  if (field !== "announced" || found.announced !== null) return null;
  const quote = found.quotes.amount ?? found.quotes.series ?? found.quotes.company;
  if (!found.isCurrentRound || !published || !isIsoDay(published) || quote === undefined) {
    return null;
  }
  return { value: published.slice(0, 7), quote, inferred: DATED_BY_PUBLICATION };
}

/** "Ltd", "Inc.", "L.P.": what follows a comma inside one company's name. */
const NAME_SUFFIX = /^(?:inc|ltd|llc|llp|l\.?p|co|corp|limited|gmbh|s\.?a|plc|ag)\.?$/i;

/**
 * Investor names as an analyst types them: separated by semicolons or lines (as the review shows
 * them) or, when there is no semicolon, by commas; a legal suffix after a comma stays with its
 * name ("Legend Capital, L.P.").
 * @example investorNames("Harbor Ventures, Oak Partners, Inc.") // ["Harbor Ventures", "Oak Partners, Inc."]
 */
export function investorNames(text: string): string[] {
  const byComma = !/[;\n]/.test(text);
  const names: string[] = [];
  for (const piece of text.split(byComma ? "," : /[;\n]/).map((name) => name.trim())) {
    const last = names.length - 1;
    if (byComma && last >= 0 && NAME_SUFFIX.test(piece)) names[last] = `${names[last]}, ${piece}`;
    else if (piece !== "") names.push(piece);
  }
  return names;
}

/** A money reader that refuses zero and below: no round or valuation is worth nothing. */
const positive =
  (read: (text: string) => Money | undefined) =>
  (text: string): Money | undefined => {
    const money = read(text);
    return money && money.value > 0 ? money : undefined;
  };

/** A date (YYYY, YYYY-MM or YYYY-MM-DD) later than a day, compared at the date's own precision. */
const isAfter = (date: string, day: string) => date > day.slice(0, date.length);

/**
 * A date at day, month or year precision, from 1900 on; a day must exist in the calendar. ISO
 * forms first, then words with a year ("April 2018").
 */
function readDate(text: string, read: EditReaders): string | undefined {
  const iso = /^\d{4}(-\d{2}){0,2}$/.test(text) ? readIsoDate(text) : read.date(text);
  return iso !== undefined && iso >= FIRST_EXCEL_DAY.slice(0, 4) ? iso : undefined;
}

function readIsoDate(text: string): string | undefined {
  if (/^\d{4}$/.test(text)) return text;
  const month = /^\d{4}-(\d{2})$/.exec(text)?.[1];
  if (month !== undefined) return Number(month) >= 1 && Number(month) <= 12 ? text : undefined;
  return isIsoDay(text) ? text : undefined;
}

function readValuation(text: string, read: EditReaders): Valuation | undefined {
  const money = positive(read.money)(text.replace(/\b(pre|post)-money\b/i, "").trim());
  if (!money) return undefined;
  const basis = /\bpre-money\b/i.test(text)
    ? "pre-money"
    : /\bpost-money\b/i.test(text)
      ? "post-money"
      : null;
  return { ...money, basis };
}
