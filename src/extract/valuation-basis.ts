/**
 * Whether a valuation includes the new money: "post-money", "including the new capital", "after
 * the round" versus "pre-money", "before the investment".
 */

/**
 * "post-money" / "after the investment" versus "pre-money" / "before the new money".
 *
 * @example
 * valuationBasis("valuing it at $4.5 billion after the fundraising") // "post-money"
 */
export function valuationBasis(text: string): "post-money" | "pre-money" | null {
  if (
    /\bpost-?(?:money|allotment|issue)\b|\bincluding\s+the\s+(?:new\s+)?(?:money|capital|investment|funding|proceeds)\b|\bafter\s+the\s+(?:\w+\s+)?(?:fundraising|investment|round|financing|deal|raise|new\s+money|injection)\b|\bafter\s+(?:raising|securing|closing)\b/i.test(
      text,
    )
  )
    return "post-money";
  if (
    /\bpre-?(?:money|allotment|issue)\b|\bbefore\s+the\s+(?:\w+\s+)?(?:fundraising|investment|round|financing|deal|raise|new\s+money|injection)\b/i.test(
      text,
    )
  )
    return "pre-money";
  return null;
}
