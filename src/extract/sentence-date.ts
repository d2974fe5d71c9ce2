/**
 * A date that opens a sentence and governs all of it: "In October alone, A raised €450mn …; B
 * secured £60mn …; and C closed a $120mn Series C …" dates every round the sentence lists.
 */
import { findDates } from "./dates";
import type { RoundMention } from "./round-mention";

/** "In October alone, ", "Last week, ", "Earlier this month, ": a dating phrase and its comma. */
const OPENING_DATE =
  /^(?:(?:in|during|throughout|on)\s+[^,;.]{2,30}?|(?:last|earlier\s+this|this)\s+(?:week|month|year|quarter|[A-Z][a-z]+))(?:\s+alone)?,\s/i;

/**
 * Gives the rounds `made` in one sentence the date of the sentence's opening phrase, when the
 * first of them took that date and the others have none of their own.
 *
 * @example
 * // "In October alone, A raised €450mn; B secured £60mn": B is dated October too.
 */
export function spreadOpeningDate(sentence: string, published: string, made: RoundMention[]) {
  const opening = OPENING_DATE.exec(sentence);
  const first = made[0];
  if (!opening || !first?.announced) return;
  const date = findDates(opening[0], published)[0];
  if (!date || date.iso !== first.announced) return;
  for (const mention of made.slice(1)) {
    if (mention.announced !== null || mention.isCurrentRound !== first.isCurrentRound) continue;
    if (mention.company === first.company) continue;
    mention.announced = date.iso;
    mention.spans.announced = first.spans.announced;
  }
}
