/**
 * Words that tell an earlier round in passing: "since it raised R$ 320 million in a Series C",
 * "DukaanDost had raised Rs 415 crore", "up from $480 million when it raised its Series C in
 * March 2025", "comes 14 months after"; and how old a round may be and still be the news.
 */
import { findDates } from "./dates";

/**
 * "The deal is Cobrafy's second acquisition since it raised ": a figure after these words is an
 * earlier round's, when a round is named after it.
 */
export const SINCE_IT_RAISED =
  /\b(?:since|after|following|before)\s+(?:it|they|the\s+(?:company|startup|start-up|firm))\s+(?:raised|closed|secured|landed)\s+(?:a\s+|an\s+)?$/i;

/** " in a Series C led by …", " seed round": the round named right after a figure. */
export const ROUND_NAMED_AFTER =
  /^\s*(?:in\s+(?:a|an|its|their|the)\s+)?(?:Series\s+[A-H]\b|(?:[\w-]+\s+)?(?:round|seed|funding\s+round|financing\s+round)\b)/i;

/** "had raised", "had closed": a round told as done before the news. */
const HAD_RAISED =
  /\bhad\s+(?:previously\s+|already\s+|also\s+)?(?:raised|closed|secured|landed|received|completed)\b/i;
/** "said it had raised": reported speech, where "had raised" is the news itself. */
const REPORTED_BEFORE =
  /\b(?:said|says|told|announced|confirmed|disclosed|reported|stated)\b[^.;]*$/i;

/**
 * True when `text` (a round's own stretch of a clause) tells the round in the past perfect, as
 * an earlier round, and not in reported speech.
 *
 * @example
 * toldAsEarlier("In its Series C, DukaanDost had raised Rs 415 crore") // true
 * toldAsEarlier("Acme said on Monday it had raised $5 million") // false
 */
export function toldAsEarlier(text: string): boolean {
  const had = HAD_RAISED.exec(text);
  return had !== null && !REPORTED_BEFORE.test(text.slice(0, had.index));
}

/**
 * The date right after an earlier round's name ("…when it raised its Series C in March 2025"),
 * within a few words of it; null when none.
 *
 * @example
 * dateRightAfter("its Series C in March 2025, they said", 12, "2026-11-24")?.iso // "2025-03"
 */
export function dateRightAfter(
  text: string,
  at: number,
  published: string,
): { iso: string } | null {
  const rest = text.slice(at, at + 40);
  if (!/^\s*,?\s*(?:in|on|last|back\s+in)\b/i.test(rest)) return null;
  const date = findDates(rest, published).find((d) => d.start <= 12);
  return date ? { iso: date.iso } : null;
}

/** Words that mark a round as an earlier one mentioned in passing. */
export const PAST =
  /\b(?:previous(?:ly)?|earlier(?!\s+(?:this|today))|prior|last\s+raised|(?:its|their|the)\s+last\s+(?:round|funding|financing)|came\s+after|comes?\s+(?:[\w-]+\s+){0,5}after|follows|following|most\s+recent(?:ly)?|before\s+that|ago|(?:days?|weeks?|months?|years?)\s+after)\b/i;

/** A round is "current" when dated no more than this many days before publication. */
export const CURRENT_DAYS = 62;

/**
 * "The round, announced on Thursday, comes 14 months after …", "cut 20% of its staff on Tuesday,
 * three months after announcing a €35M Series B": where the earlier round begins.
 */
export const COMES_AFTER =
  /\b(?:(?:comes?|came)\s+(?:[\w-]+\s+){0,5}|(?:days?|weeks?|months?|years?)\s+)after\b/i;
