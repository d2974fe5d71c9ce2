/**
 * Figures that are a fund's size or an investor's usual cheque, not a company's round: "€120M
 * third fund", "$6 billion for its new fund", "writes cheques of up to $2 million", "Forge's
 * standard $150K investment".
 */

/** "the fund … ", "writes cheques of ": a fund's money or an investor's usual cheque. */
const FUND_BEFORE =
  /(?:\bfund\b[^$€£¥₹.;]{0,40}|\b(?:cheques?|checks?|tickets?|invests?|investing|writes?|writing|deploys?|deploying|commits?)\b[^$€£¥₹.;]{0,30}\bbetween\s+|\bcheques?\s+of\s+|\bchecks?\s+of\s+)$/;
/** "received Forge's standard $150K investment": an accelerator's terms for every company. */
const STANDARD_DEAL_BEFORE = /\bstandard\s+$/i;
const STANDARD_DEAL_AFTER = /^\s*standard\s+(?:deal|investment|check|cheque)\b/i;
/** "a target size of ", "fund size of ": a fund's size. */
const FUND_TARGET_BEFORE = /\b(?:target(?:ed)?|fund)\s+size\s+of\s+(?:[a-z]+\s+){0,2}$/i;
/** "€120M third fund", "$300 million debut vehicle", "a $7.2 billion set of funds": a fund's size. */
const FUND_AFTER =
  /^\s*(?:[Tt]arget|[Hh]ard\s+cap|[Ff]und\b(?!-)|(?:set|family|pair|slate|series|trio)\s+of\s+(?:[a-z][\w-]*\s+){0,2}(?:funds|vehicles)\b|(?:(?!(?:from|in|into|by|with|led|of|and|at|for|to|the|a|an)\s)[a-z][a-z-]*\s+){1,3}(?:fund|vehicle)\b(?!-))/;
/** "$6 billion for its new fund": a fund's size (not "in a Founders Fund-led round"). */
const FOR_FUND_AFTER =
  /^\s*(?:for|in|into)\s+(?:its|a|the|their)\s+(?:[\w-]+\s+){0,3}(?:fund|vehicle)\b(?!-)/;

/** "The Big Fund II, which raised ", "Hillhouse Fund V, which closed at ": a named fund's own money. */
const NAMED_FUND_RAISED =
  /\bFund(?:\s+(?:[IVX]+|Phase\s+(?:[IVX]+|\d))|\s+\d)?,\s+which\s+(?:(?:has|had)\s+)?(?:raised|closed|collected|secured|drew)\b[^$€£¥₹.;,]{0,20}$/;

/** "a first close of Fund IV at ", "the final close of its third fund at ": a fund's close. */
const FUND_CLOSE_BEFORE =
  /\b(?:first|second|final|interim)\s+close\s+(?:of|on|for)\s+(?:[\w-]+\s+){0,3}(?:[Ff]und|vehicle)\b[^$€£¥₹.;]{0,30}$/;

/**
 * True when a figure, with `near` the words right before it and `after` those right after, is a
 * fund's size or an investor's usual cheque.
 *
 * @example
 * fundFigure("closed a ", " debut vehicle for seed investments") // true
 */
export function fundFigure(near: string, after: string): boolean {
  return (
    FUND_BEFORE.test(near) ||
    FUND_TARGET_BEFORE.test(near) ||
    NAMED_FUND_RAISED.test(near) ||
    FUND_CLOSE_BEFORE.test(near) ||
    STANDARD_DEAL_BEFORE.test(near) ||
    STANDARD_DEAL_AFTER.test(after) ||
    FUND_AFTER.test(after) ||
    FOR_FUND_AFTER.test(after)
  );
}
