/**
 * What opens a clause before its subject: a wire's dateline ("BEIJING, June 15 (Wire) - "), a
 * bullet, or a round-up's section label ("Health: "). Its date is the story's, not a round's.
 */

/** "BEIJING, June 15 (Wire) - ", "NEW YORK (Reuters) - ", "-- ": a dateline or a dash. */
const CITY_DATELINE =
  /^(?:[A-Z][A-Za-z .'-]{1,30},\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*-{1,2}\s+)|^(?:[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z.]{1,12}(?=,\s*[A-Z][a-z]+\.?\s+\d))?(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*)?(?:(?:\([^)]*\)|\/[^/]{1,40}\/)\s*-{1,2}\s*|-{1,2}\s+)/;
/** "Dec 4", "Dec. 9", "June 15, 2026": a month and a day. */
const MONTH_DAY = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:,\s*\d{4})?`;
/** A dateline with no city: "Dec 4 (Reuters) - ", "(Yicai) Dec. 9 -- ". */
const DATELINE = new RegExp(
  String.raw`^(?:\([^)]{1,30}\)\s*${MONTH_DAY}\s*-{1,2}\s+|${MONTH_DAY}\s*\([^)]{1,30}\)\s*-{1,2}\s*)|` +
    CITY_DATELINE.source,
);
/**
 * A bullet, or a section label of a round-up ("Health: ", "Exclusive: "), or both in a post
 * ("🚀 Big news: Kopi Labs has raised …", a thread's "1/ Some personal news: today …", "Big news
 * in dev tooling: …").
 */
const LEAD_IN =
  /^(?:(?:(?:(?:[-•*]|\p{Extended_Pictographic}\uFE0F?)\s+)+|\(?\d{1,2}[.)/]\s+)(?:[A-Z][a-z]*(?:\s[a-z]+){1,2}:\s+)?|[A-Z][\w&/-]*(?:\s[\w&/-]+){0,2}:\s+|[A-Z][a-z]*(?:\s[a-z][\w&/-]*){1,4}:\s+)/u;

/**
 * Length of a clause's lead-in: a dateline ("BEIJING, June 15 (Wire) - "), a bullet, a label.
 *
 * @example
 * stripLeadIn("BEIJING, June 15 (Wire) - Acme raised") // 26
 */
export function stripLeadIn(clause: string): number {
  const bullet = LEAD_IN.exec(clause)?.[0].length ?? 0;
  const dateline = DATELINE.exec(clause.slice(bullet))?.[0].length ?? 0;
  return bullet + dateline;
}

/**
 * Where a dateline ends ("NEW YORK, Sept 24 (Reuters) - "), or 0: its date is the story's, not
 * a round's.
 *
 * @example
 * datelineEnd("NEW YORK, Sept 24 (Reuters) - Acme is raising") // 30
 */
export function datelineEnd(clause: string): number {
  const bullet = LEAD_IN.exec(clause)?.[0].length ?? 0;
  const dateline = DATELINE.exec(clause.slice(bullet))?.[0].length ?? 0;
  return dateline > 0 ? bullet + dateline : 0;
}
