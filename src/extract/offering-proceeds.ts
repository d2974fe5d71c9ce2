/**
 * What a listing raises, in phrasings the listing words of the figure's own stretch miss: the
 * proceeds of an offering priced earlier in the clause ("priced its initial public offering at
 * HK$38 a share, …, raising HK$3.1 billion") and the gross or net proceeds of a merger with a
 * blank-check company ("expects to receive up to $380 million in gross proceeds, assuming no
 * redemptions by the SPAC's shareholders"). A round's own "gross proceeds" stay the round's.
 */

/** "priced its Hong Kong initial public offering", "prices the offering". */
const PRICED_OFFERING =
  /\bpric(?:e|es|ed|ing)\s+(?:its|the|their|a|an)\s+(?:[\w$.,-]+\s+){0,4}?(?:IPO|initial\s+public\s+offering|public\s+offering|listing|share\s+sale|offering)\b/i;
/** ", raising ", ", which raised ": what the priced offering brought in. */
const OFFERING_RAISED = /,\s*(?:raising|to\s+raise|which\s+raised)\s+(?:[a-z]+\s+){0,2}$/i;
const PROCEEDS_AFTER = /^\s*(?:\([^)]*\)\s*)?in\s+(?:gross|net)\s+proceeds\b/i;
const PROCEEDS_BEFORE = /\b(?:gross|net)\s+proceeds\s+(?:of\s+)?(?:[a-z]+\s+){0,2}$/i;
/** Words naming a round, which keep a round's own proceeds its amount. */
const ROUND_WORD =
  /\b(?:round|series|seed|angel|pre-|tranche|financing|funding|venture|convertible)\b/i;

/**
 * True when the figure between `before` (the clause up to it) and `after` (the clause after it)
 * is what an offering or a listing raises, not a round's amount.
 *
 * @example
 * offeringProceeds("Acme priced its IPO at $18 a share, raising ", " in total.") // true
 * offeringProceeds("It expects to receive up to ", " in gross proceeds from the merger.") // true
 * offeringProceeds("Acme closed its Series B with gross proceeds of ", ".") // false
 */
export function offeringProceeds(before: string, after: string): boolean {
  if (OFFERING_RAISED.test(before) && PRICED_OFFERING.test(before)) return true;
  const proceeds = PROCEEDS_AFTER.test(after) || PROCEEDS_BEFORE.test(before.slice(-60));
  return proceeds && !ROUND_WORD.test(before) && !ROUND_WORD.test(after);
}
