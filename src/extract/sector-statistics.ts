/**
 * Figures that are a sector's statistics, not one company's round: "Fintech startups raised a
 * record $30.7 billion", "Investors poured $2.5 billion into grid-edge startups", "a market
 * expected to reach $5 billion by 2030".
 */
import type { MoneyMention } from "./money";

/** "the market", "the sector", "consumer spending": a whole market's figure, with a forecast. */
const MARKET = /\b(?:market|industry|sector|economy|spending)\b/i;
const FORECAST =
  /\b(?:worth|reach|expected|estimat\w*|forecast\w*|projected|exceed|size|by\s+20\d\d|aims?)\b/i;

/** "Fintech startups raised a record $30.7 billion", "median seed size was €2.6m": a statistic. */
const AGGREGATE_BEFORE =
  /(?:\b(?:startups|start-ups|companies|firms|businesses|[a-z]+techs|unicorns|(?:the|this|that|[A-Z][\w.]*'s)\s+(?:[\w-]+\s+){0,2}?(?:sector|industry|category|segment|space|market|ecosystem))\s+(?:[\w-]+\s+){0,8}?(?:raised|attracted|drew|secured|received|pulled\s+in|took\s+in)\s+(?:a\s+(?:record|combined|total)\s+(?:of\s+)?)?(?:(?:more\s+than|over|about|around|nearly|almost|roughly|some|close\s+to|at\s+least|an\s+estimated)\s+)?|\b(?:median|average|mean|typical)\b[^$€£¥₹.;]{0,40})$/i;
/** "Investors poured", "VCs have invested": money from investors at large. */
const POURED_BEFORE =
  /\b(?:investors|VCs|venture\s+capitalists|venture\s+firms)\s+(?:have\s+|had\s+)?(?:poured|pumped|plowed|ploughed|invested|put|deployed)\s+(?:a\s+record\s+)?$/i;
/**
 * "Venture funding for US fintech startups rose 18% in the fourth quarter … to $7.3 billion": the
 * money a whole sector drew, told as the subject of the clause.
 */
const SECTOR_FUNDING_BEFORE =
  /\b(?:funding|investments?|financing|capital|dollars)\s+(?:for|in|into|to)\s+(?:[\w.&-]+\s+){0,4}?(?:startups|start-ups|companies|firms|sector|industry)\b[^$€£¥₹.;]{0,80}$/i;
/** "Investors poured $2.5 billion into grid-edge startups": money into a whole sector. */
const INTO_SECTOR_AFTER =
  /^\s*(?:in(?:to)?\s+)(?:[\w-]+\s+){0,3}(?:startups|start-ups|companies|sector|industry|space)\b/i;
/** "the €1.1bn that went into aviation-fuel startups": a sector's total, told after the figure. */
const WENT_INTO_SECTOR_AFTER =
  /^\s*(?:that|which)\s+(?:went|flowed|was\s+invested|was\s+poured)\s+(?=in)/i;

/**
 * True when money mention `m` of `clause` is a sector's statistic: a market forecast, an
 * aggregate of many companies, or money into a whole sector. `plain` is the clause with its
 * appositions blanked; `before`, `near` and `after` are the words around the figure in it.
 */
export function sectorStatistic(
  clause: string,
  plain: string,
  m: MoneyMention,
  before: string,
  near: string,
  after: string,
): boolean {
  return (
    (MARKET.test(near) && FORECAST.test(clause)) ||
    AGGREGATE_BEFORE.test(before) ||
    SECTOR_FUNDING_BEFORE.test(plain.slice(Math.max(0, m.start - 160), m.start)) ||
    ((POURED_BEFORE.test(near) || WENT_INTO_SECTOR_AFTER.test(after)) &&
      INTO_SECTOR_AFTER.test(after.replace(WENT_INTO_SECTOR_AFTER, "")))
  );
}
