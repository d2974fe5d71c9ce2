/**
 * A round told as money raised "from investors including X and Y": with the verb in the simple
 * past ("raised 1.5 billion yuan from investors including …", "Its Pre-IPO round … raised …"),
 * the figure is one round's, named by its backers; "has raised $62 million from investors
 * including …" stays a running total.
 */

/** "raised ", "raised about ": a simple past, not "has raised" / "had raised". */
const SIMPLE_PAST_RAISE =
  /(?<!\b(?:has|have|had|having)\s+(?:\w+\s+)?)\b(?:raised|received|secured|drew)\s+(?:(?:about|around|nearly|almost|over|roughly|some|more\s+than|close\s+to)\s+)?$/i;

/** "from investors including Hefei …", "from backers such as …": backers named by the text. */
const FROM_NAMED_INVESTORS =
  /^\s*from\s+(?:[a-z-]+\s+){0,2}(?:investors|backers|shareholders)\s+(?:including|such\s+as|like)\s+(?:the\s+)?[A-Z]/;

/**
 * True when the figure between `near` (the words before it) and `after` (the words after it) is
 * one round's, raised in the simple past from investors the text names.
 *
 * @example
 * raisedFromNamedInvestors("The round raised ", " from investors including Temasek.") // true
 * raisedFromNamedInvestors("It has raised ", " from investors including Temasek.") // false
 */
export function raisedFromNamedInvestors(near: string, after: string): boolean {
  return SIMPLE_PAST_RAISE.test(near) && FROM_NAMED_INVESTORS.test(after);
}
