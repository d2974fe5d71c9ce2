/**
 * Backers named in two more phrasings of the round's news: a plain "joined" after the lead's
 * clause ("X led the round, and Y joined.") and a filing or a release that lists names "among the
 * buyers" of the new shares ("The filing lists X and Y among the buyers of the shares").
 */
import { listAt, listBefore } from "./investor-lists";

/** "led the round, and ", "led the Series B, while ": the lead's clause, then the next backers. */
const AFTER_LEAD =
  /\b(?:co-)?led\s+(?:the|this|its)\s+(?:[\w$€£¥₹.-]+\s+){0,3}?(?:round|financing|funding|deal|raise|Series\s+[A-Z]\w*)\s*,?\s+(?:and|while|with)\s+/gi;
/** The verb that closes the next clause: " joined." (and nothing after it but the stop). */
const JOINED_AT_END = /\s+joined(?:\s+in)?\s*(?=[.;]|$)/;
/**
 * "lists X and Y among the buyers of" the new shares (a company's backers in general, "among its
 * investors", are not the round's).
 */
const AMONG_THE =
  /\b(?:lists?|listed|names?|named|counts?|counted)\s+(?=[A-Z])([^.;]+?)\s+among\s+(?:the\s+|its\s+)?(?:buyers|purchasers|subscribers)\b/g;

/**
 * The participants these phrasings name in `clause`.
 *
 * @example
 * joinedBackers("Foo Capital led the round, and Bar Ventures joined.") // ["Bar Ventures"]
 * joinedBackers("The notice lists Foo Capital among the buyers of the shares.") // ["Foo Capital"]
 */
export function joinedBackers(clause: string): string[] {
  const names: string[] = [];
  for (const m of clause.matchAll(AFTER_LEAD)) {
    const start = (m.index ?? 0) + m[0].length;
    const rest = clause.slice(start);
    const verb = JOINED_AT_END.exec(rest);
    if (verb && verb.index <= 120 && !/[.;:]/.test(rest.slice(0, verb.index)))
      names.push(...listBefore(clause, start + verb.index));
  }
  for (const m of clause.matchAll(AMONG_THE)) names.push(...listAt(`${m[1]}.`));
  return names;
}
