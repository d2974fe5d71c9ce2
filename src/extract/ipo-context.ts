/**
 * Words about a stock-market listing, and the ones that only say when a private round falls
 * ("raises 80 billion won in a Series C as it prepares for a listing on the Kosdaq", "a round
 * ahead of its planned IPO"): those date the round against the listing, they do not make the
 * figure the listing's.
 */

const IPO =
  /\b(?:IPO|initial\s+public\s+offering|public\s+offering|go(?:es|ing)?\s+public|listing|list(?:ed|s)?\s+(?:on|in)|flotation|per\s+share|shares\s+at|share\s+sale|stock\s+market\s+debut)\b/i;

/** "ahead of a 2027 IPO", "as it prepares for a listing", "in preparation for its IPO". */
const BEFORE_A_LISTING =
  /\b(?:ahead\s+of|in\s+(?:preparation|the\s+run-up)\s+(?:for|to)|as\s+(?:it|the\s+company|the\s+startup|the\s+firm)\s+(?:prepares|readies|gears\s+up)\s+(?:itself\s+)?for|to\s+prepare\s+for)\s+(?:a|an|its|the|their)?\s*(?:[\w-]+\s+){0,3}?(?:IPO|initial\s+public\s+offering|listing|stock\s+market\s+debut|flotation)\b/gi;

/**
 * True when `stretch` is about a listing, not counting a pre-IPO round or a round raised before
 * one.
 *
 * @example
 * mentionsListing("raised $5 million ahead of a planned IPO in 2027") // false
 * mentionsListing("priced its IPO at $18 per share") // true
 */
export function mentionsListing(stretch: string): boolean {
  return IPO.test(stretch.replace(/\bpre-?IPO\b/gi, "").replace(BEFORE_A_LISTING, ""));
}
