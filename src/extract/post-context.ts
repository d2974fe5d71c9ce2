/**
 * What a sentence borrows from the sentences before it: "We first met the founders in 2024 … We
 * backed them at pre-seed that summer", "… a Series B in 2023. X led its Series A two years
 * earlier." (the year), and, in a venture firm's own post ("we're thrilled to announce that
 * Fieldstone is leading …"), who "we" are.
 */
import { CURRENT_DAYS } from "./earlier-rounds";
import { daysBefore, findDates } from "./dates";
import type { RoundMention, TextSpan } from "./round-mention";

/** "that summer", "that year", "the same year": a time told by the sentence before. */
const THAT_TIME =
  /\b(?:that|the\s+same|later\s+that|earlier\s+that)\s+(?:spring|summer|autumn|fall|winter|year)\b/i;
/** "two years earlier", "a year later": a year counted from the one the sentence before named. */
const YEARS_FROM =
  /\b(a|one|two|three|four|five|six|[1-9])\s+years?\s+(earlier|before|later)\b(?!\s+(?:than|that|when|it|the|[A-Z]))/i;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "we're thrilled to announce that Fieldstone is leading": the firm writing the post. */
const OUR_FIRM_LEADS =
  /\bwe(?:'re|’re|\s+are)\s+(?:\w+\s+){0,2}to\s+announce\s+that\s+([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+is\s+(?:co-)?leading\b/;
/** "We backed them at pre-seed", "We led their seed": the firm's part in a round of the post. */
const WE_BACKED = /^\s*[Ww]e\s+(?:also\s+|first\s+)?(led|co-led|backed|invested\s+in|funded)\b/;

/** What the post has told so far. */
export interface PostContext {
  /** The last year a sentence named, and that sentence. */
  year: { iso: string; span: TextSpan } | null;
  /** The firm that writes the post, and the sentence that names it. */
  firm: { name: string; span: TextSpan } | null;
}

/**
 * Completes the rounds `made` in one sentence from what the sentences before it told, then
 * notes what this sentence tells for the ones after it.
 *
 * @example
 * // "We first met them in 2024. We backed them at pre-seed that summer.": the pre-seed is 2024's.
 */
export function applyPostContext(
  context: PostContext,
  sentence: { text: string; start: number; end: number },
  published: string,
  made: RoundMention[],
): void {
  const span = { start: sentence.start, end: sentence.end };
  const year = context.year;
  const counted = YEARS_FROM.exec(sentence.text);
  const told = !year
    ? null
    : THAT_TIME.test(sentence.text)
      ? year.iso
      : counted
        ? String(
            Number(year.iso) +
              (/later/i.test(counted[2]) ? 1 : -1) *
                (COUNTS[counted[1].toLowerCase()] ?? Number(counted[1])),
          )
        : null;
  if (year && told) {
    for (const mention of made) {
      if (mention.announced !== null) continue;
      mention.announced = told;
      mention.spans.announced = [year.span, span];
      if (daysBefore(told, published) > CURRENT_DAYS) mention.isCurrentRound = false;
    }
  }
  const backed = WE_BACKED.exec(sentence.text);
  const firm = context.firm;
  if (backed && firm) {
    const role = /led/.test(backed[1]) ? "leads" : "participants";
    for (const mention of made) {
      if ([...mention.leads, ...mention.participants].includes(firm.name)) continue;
      mention[role] = [...mention[role], firm.name];
      mention.spans[role] = [...(mention.spans[role] ?? []), firm.span, span];
    }
  }
  // Only a year written out is kept for later sentences (reading dates is the costly part).
  const named = /\b(?:19|20)\d\d\b/.test(sentence.text) ? findDates(sentence.text, published) : [];
  const last = named[named.length - 1];
  if (last) context.year = { iso: last.iso.slice(0, 4), span };
  else if (told) context.year = { iso: told, span };
  const ours = OUR_FIRM_LEADS.exec(sentence.text);
  if (ours) context.firm = { name: ours[1], span };
}
