/**
 * Figures beside a round that are not its amount, in phrasings the main money rules do not cover:
 * a running total "taken to" a figure, more money still in talks, one backer's commitment, and a
 * grant named after the figure.
 */
import type { TrapReason } from "./money-role";

/** "The extension takes the company's seed funding to €19.5m": a running total. */
const TAKES_TOTAL_TO =
  /\b(?:takes?|taking|took)\s+(?:[\w'’-]+\s+){0,8}?(?:funding|financing|capital|total|raised)\s+to\s+(?:[a-z]+\s+){0,2}$/i;
/**
 * "is in talks to raise another $5 million": more money still being negotiated beside the round
 * (a round itself "in talks" is reported as a round).
 */
const STILL_IN_TALKS =
  /\b(?:in\s+(?:talks|discussions|negotiations)|negotiating)\s+(?:with\s+[^.;]{0,60}?\s+)?to\s+raise\s+(?:another|a\s+further|an\s+additional|(?:some\s+)?more)\s+(?:(?:about|around|up\s+to|as\s+much\s+as)\s+)?$/i;
/** "led by X, which committed $1m before the campaign opened": the lead's own part. */
const COMMITTED =
  /\b(?:committed|commits|committing|pledged|pledges)\s+(?:(?:about|around|some|over)\s+)?$/i;
/** "received £400,000 from the agency's Smart grant programme": a grant, named after the figure. */
const GRANT_AFTER =
  /^\s*(?:from|under|through|via)\s+(?:[\w'’&.()-]+\s+){0,6}?(?:grants?|subsid(?:y|ies)|awards?|prizes?)\b/i;

/**
 * The role of a figure from the 60 characters before it (`near`) and after it (`after`), or null
 * when these rules say nothing.
 *
 * @example
 * asideMoneyRole("is in talks to raise another ", " as part of the second close") // "potential"
 * asideMoneyRole("led by Foo Capital, which committed ", " before launch") // "share"
 */
export function asideMoneyRole(near: string, after: string): TrapReason | "share" | null {
  if (TAKES_TOTAL_TO.test(near)) return "cumulative";
  if (STILL_IN_TALKS.test(near)) return "potential";
  if (GRANT_AFTER.test(after)) return "financials";
  if (COMMITTED.test(near)) return "share";
  return null;
}
