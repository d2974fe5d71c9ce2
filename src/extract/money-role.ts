/**
 * What a money figure in a clause is: a round's amount, a valuation, or something that must never
 * become a round amount (a cumulative total, one investor's share, an IPO or acquisition price,
 * revenue, a market size, a fund's size, a valuation change).
 */
import { asideMoneyRole } from "./aside-money";
import { raisedFromNamedInvestors } from "./named-backers";
import { ROUND_NAMED_AFTER, SINCE_IT_RAISED } from "./earlier-rounds";
import { fundFigure } from "./fund-sizes";
import { mentionsListing } from "./ipo-context";
import { offeringProceeds } from "./offering-proceeds";
import type { MoneyMention } from "./money";
import { sectorStatistic } from "./sector-statistics";

export { valuationBasis } from "./valuation-basis";

/** The role of one money mention. */
export type MoneyRole =
  | { kind: "round" }
  | { kind: "valuation" }
  | { kind: "share" }
  | { kind: "trap"; reason: TrapReason };

/** Why a figure is not a round amount. */
export type TrapReason =
  | "cumulative"
  | "ipo"
  | "acquisition"
  | "financials"
  | "market"
  | "fund"
  | "change"
  | "potential"
  | "cap"
  | "too-small";

/** Words that put a clause about raising money for a company. */
export const FUNDING_CUE =
  /\b(?:rais(?:e|es|ed|ing)|collect(?:s|ed)|fresh\s+(?:capital|funds|money|cash)|secur(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|complet(?:e|es|ed|ing|ion)|lands?|landed|obtain(?:s|ed)?|receiv(?:e|es|ed)|acquired|bag(?:s|ged)?|pocket(?:s|ed)|nab(?:s|bed)?|snag(?:s|ged)?|picks?\s+up|picked\s+up|pull(?:s|ed)?\s+in|rak(?:es|ed)\s+in|haul(?:s|ed)\s+in|scoop(?:s|ed)\s+up|mop(?:s|ped)\s+up|gets?|got|round|funding|financing|fundraising|fund-raising|injection|series|new\s+equity|seed|angel|strategic\s+investment|convertible\s+notes?|third-party\s+(?:allotment|allocation)|(?:amount|round\s+size|deal\s+size)(?=\s*:))\b/i;

const ACQUISITION =
  /\b(?:acquir(?:e|es|ing)|acquisition|acquired\s+by|buy(?:s|ing)?(?!-)|bought|takeover|take\s+over|merger|merge|purchase[sd]?|tender\s+offer|secondary\s+(?:sale|shares?|transaction)|buy-?backs?|(?:sell(?:s|ing)?|sold)\b[^.;]{0,60}\b(?:shares|stake|stakes)|sale\s+of\s+(?:its|the|a)\b)\b/i;

/**
 * ", an Indonesian startup that sells seeds …,", ", the leader in revenue forecasting,": a
 * description between commas.
 */
const APPOSITION =
  /,\s+(?:a|an|the(?![^,;]*\b(?:is|are|was|were|has|have|had|said|says|will|would)\b))\s+[^,;$€£¥₹]{0,200},(?=\s)/g;
/** Not "for a total of ¥3.0 billion": the price of an issue of shares, not a running total. */
const CUMULATIVE_BEFORE =
  /\b(?:(?<!\bfor\s+a\s+)total(?:ing|ling|led)?(?:\s+[\w'-]+){0,4}\s+(?:to|of|at)|bringing\s+(?:[\w'-]+\s+){0,8}(?:to|at)|brings?\s+(?:[\w'-]+\s+){0,12}to|(?<!\bfor\s)a\s+total\s+of|cumulative(?:ly)?|in\s+total|altogether|overall|(?:total|cumulative)\s+(?:funding|financing|investments?|capital|fundraising)\s+(?:raised\s+)?(?:has\s+|had\s+|now\s+)*(?:reached|stands\s+at|stood\s+at|hit|topped|exceeded|passed))\s+(?:[a-z]+\s+){0,2}$/i;
const CUMULATIVE_AFTER =
  /^\s*(?:so\s+far|to\s+date|in\s+total|in\s+all|altogether|overall|since\b|in\s+(?:equity|capital|venture\s+(?:funding|capital)|funding|financing)\s+(?:so\s+far|to\s+date|since\b)|in\s+private\s+funding|from\s+(?:(?!existing\b|new\b|current\b|its\b)[a-z-]+\s+){0,3}investors(?!\s+led)|in\s+funding\s+(?:to\s+date|so\s+far|since)|across\s+(?:[\w-]+\s+){0,4}(?:rounds|financings)\b|,?\s*including\s+(?:the|this|its)\s+(?:latest|new|current|most\s+recent)\s+(?:round|funding|financing|investment|raise))/i;
/** A profile's field "Total Funding Amount: $71.5M": the company's running total. */
const TOTAL_LABEL_BEFORE =
  /\b(?:total|cumulative)\s+(?:funding|financing|raised|capital\s+raised|amount\s+raised)(?:\s+amount)?\s*:\s*$/i;
/** "To date, it has raised around $78 million", "In total, the company has now raised …". */
const CUMULATIVE_OPENING = /^(?:to\s+date|so\s+far|in\s+total|in\s+all|all\s+told|altogether),\s/i;
const FINANCIALS_BEFORE =
  /\b(?:revenues?|sales|income|profits?|loss(?:es)?|earnings|GMV|turnover|ARR|cash|buy-?backs?|spend|spending|budget|costs?|prices?|priced|salary|loans?|debt|bonds?|EBITDA|estimates?|capex|bookings|contracts?|orders?|grants?|subsid(?:y|ies)|vouchers?|rebates?|fines?)\b(?!-)[^$€£¥₹]{0,60}$/i;
/** "…payroll loans to factory workers, said it raised $23 million": the verb governs the figure. */
const RAISED_JUST_BEFORE =
  /\b(?:raised|raises|has\s+raised|secured|closed|landed|bagged|collected)\s+(?:(?:a|an|about|around|some|nearly|over|more\s+than|roughly|approximately)\s+)?$/i;
const FINANCIALS_AFTER =
  /^\s*(?:(?:in|of)\s+(?:annual\s+)?(?:revenues?|sales|cash|profits?|net\s+income|loss(?:es)?|debt|loans?|bonds?)\b|(?:[\w-]+\s+){0,3}?(?:working[\s-]capital|debt|credit|receivables?|inventory|trade|asset-backed|R&D|research|non-dilutive)\s+(?:financing|funding|facilit(?:y|ies)|lines?|loans?)\b|(?:[\w-]+\s+){0,3}?(?:assets\s+under\s+management|AUM)\b|(?:[\w-]+\s+)?(?:contracts?|orders?|grants?|loans?|credit\s+(?:line|facility)|facilit(?:y|ies)|venture\s+debt|subsid(?:y|ies)|settlement|fines?|awards?|prizes?|bonds?|budget)\b)/i;
const CHANGE_BEFORE =
  /(?:\b(?:up|down)\s+from|\b(?:below|above|short\s+of|half|double|twice|triple|a\s+fraction\s+of|\w+\s+times)\s+the|\bvaluation\s+(?:\w+\s+){0,3}by|\b(?:jump|increase|rise|gain|drop|fall|decline|cut|boost|surge)\s+of|\b(?:fell|rose|grew|jumped|dropped|declined|increased|decreased|climbed|surged|slumped|tripled|doubled)\b[^$€£¥₹.;]{0,40}\bto|\blift(?:s|ed|ing)?\s+(?:\w+\s+){0,2}valuation\s+by)\s+(?:[a-z]+\s+){0,2}$/i;
/** "four times the $1.5 billion X was valued at in March, when it raised": that round's value. */
const VALUED_WHEN_RAISED =
  /^\s+(?:[A-Z][\w.-]*\s+){0,3}(?:it\s+)?was\s+valued\s+at\b[^,;.]{0,30},\s+when\s+(?:it|the\s+(?:company|startup|firm))\s+(?:raised|closed|secured)\b/;
/** "a planned financing round of more than 100 million euros fell through": no round. */
const FAILED_BEFORE =
  /\b(?:planned|proposed|aborted|failed|collapsed|abandoned)\s+(?:[\w-]+\s+){0,2}(?:round|financing|funding|raise)\s+(?:of\s+)?(?:[a-z]+\s+){0,2}$/i;
const FELL_THROUGH_AFTER =
  /^[^.;,]{0,30}?\b(?:fell\s+through|collapsed|(?:was|were)\s+(?:called\s+off|scrapped|abandoned|pulled))\b/i;
/** "$120 million in a mix of equity and debt": a total of a round and a loan, not a round. */
const EQUITY_AND_DEBT_AFTER =
  /^\s*(?:in\s+)?(?:(?:a\s+)?(?:mix|combination|blend)\s+of\s+)?(?:equity\s+and\s+debt|debt\s+and\s+equity)\b/i;
/**
 * "aims to raise up to 3 billion yen in total", "wants to raise a $60 million Series B", "is
 * targeting a $60 million Series B": a target, not money raised.
 */
const TARGET_BEFORE =
  /\b(?:(?:aims?|aiming|plans?|planning|hopes?|hoping|wants?|wanting|seeks?|seeking|intends?|intending|expects?|expecting|looks?|looking|prepar(?:es|ing)|is\s+set|are\s+set)\s+to\s+(?:raise|close|secure|land|complete|finali[sz]e|launch)|target(?:s|ing)?|\b(?:goal|target|aim|ambition|plan)s?\s+(?:of|to)\s+(?:raising|raise))\s+(?:a\s+total\s+of\s+|a\s+|an\s+)?(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|roughly\s+|at\s+least\s+)?$/i;
const POTENTIAL_BEFORE =
  /\b(?:could|may|might|would)\s+(?:\w+\s+){0,2}(?:rise|increase|grow|expand|reach|climb|raise)\s+(?:to\s+)?(?:as\s+much\s+as\s+|up\s+to\s+)?$/i;
const SHARE_BEFORE =
  /\b(?:contribut\w*|puts?(?:\s+in)?|putting|alone|accounting\s+for|of\s+which|chipped\s+in|invested|investing|its\s+share|stake\s+of)\s+(?:about\s+|around\s+|some\s+)?$/i;
/** "writing a $1.5 million check": one investor's cheque, not the round. */
const CHECK_AFTER = /^\s*(?:check|cheque)\b/i;
const SHARE_AFTER =
  /^\s*(?:of\s+the\s+(?:new\s+money|round|total|financing|investment|amount|funding)|into\s+the\s+(?:round|company|financing|deal))/i;
const VALUATION_BEFORE =
  /\bvalu(?:e|es|ed|ing|ation|ations)\b(?:(?:[^$€£¥₹.;\d]|(?<=\b(?:co|inc|corp))\.){0,60}|\s+(?:\w+\s+){0,3}by\s+[^.;]{0,30}?\s+to\s+)$/i;
/** "did not disclose its valuation, but a person … put it at nearly $2 billion". */
const PUT_AT = /\bput\s+(?:it|its\s+(?:value|valuation|worth))\s+at\s+(?:[a-z]+\s+){0,2}$/i;
const VALUATION_AFTER = /^\s*(?:post-money\s+|pre-money\s+)?(?:valuation|value)\b/i;
/** A round's name right after a figure: "$120 million Series B", "$5M seed round". */
const ROUND_NAME_AFTER =
  /^\s*(?:Series\s+[A-H]\b|(?:[\w-]+\s+)?(?:round|seed|funding\s+round|financing\s+round)\b)/i;
/** "post-money SAFEs with a $22 million valuation cap": a ceiling for a later conversion. */
const CAP_BEFORE = /\b(?:valuation\s+)?caps?\s+(?:of|at)\s+(?:[a-z]+\s+){0,2}$/i;
const CAP_AFTER = /^\s*(?:post-money\s+|pre-money\s+)?(?:valuation\s+)?cap\b/i;
/** "valuation doubled to €400m", "cut its valuation to $450mn": the new valuation, not a change. */
const NEW_VALUATION_BEFORE =
  /\bvaluation\s+(?:has\s+|had\s+)?(?:more\s+than\s+)?(?:doubled|tripled|quadrupled|rose|jumped|climbed|grew|increased|fell|dropped|declined|slumped)\b[^$€£¥₹.;\d]{0,30}\bto\s+(?:[a-z]+\s+){0,2}$/i;
/** "from $1.2bn a year earlier": the figure a valuation changed from. */
const CHANGED_FROM = /^\s*(?:a|one|two|three|\w+)\s+(?:years?|months?)\s+(?:earlier|before|ago)\b/i;
/** "a second tranche of up to €15m is expected to close": money still to come. */
const LATER_TRANCHE_BEFORE =
  /\b(?:second|third|next|further|final|later|subsequent)\s+tranche\s+of\s+(?:up\s+to\s+|as\s+much\s+as\s+)?$/i;
/**
 * "paid in three stages: an initial $200 million on signing and a further $300 million later": in a
 * clause that splits the money into parts, the first part and the ones to come.
 */
const IN_PARTS = /\b(?:tranches|(?:two|three|four|several)\s+(?:parts|stages|instal?lments))\b/i;
const FIRST_PART_BEFORE = /\b(?:an?|the)\s+(?:initial|first|opening|upfront)\s+$/i;
const LATER_PART_BEFORE =
  /\b(?:an?|the)\s+(?:further|additional|second|third|remaining|subsequent|final)\s+(?:(?:up\s+to|as\s+much\s+as)\s+)?$/i;
const STILL_TO_COME =
  /^[^.;]{0,30}?\b(?:(?:is|are)\s+(?:expected|due|set|scheduled|planned)|will|would|could|may|subject\s+to)\b/i;
/** "is in talks to raise at a valuation of more than $5bn": a price for a raise still to come. */
export const TALKS =
  /\b(?:in\s+talks\s+to\s+raise|(?:is|are)\s+(?:seeking|looking|hoping|planning)\s+to\s+raise)\b/i;
/** "which included a secondary component of about $15 million": a part of the round. */
const SECONDARY_PART_BEFORE =
  /\bsecondary\s+(?:component|portion|part|element|tranche)\s+of\s+(?:[a-z]+\s+){0,2}$/i;
/**
 * "includes the conversion of $12 million of convertible notes": earlier money turned into
 * shares of the round, a part of it, not a round of its own.
 */
const CONVERTED_BEFORE = /\b(?:conversion\s+of|convert(?:ing|ed|s)?)\s+(?:[a-z]+\s+){0,2}$/i;
const CONVERTED_AFTER =
  /^\s+(?:of|in)\s+(?:[a-z-]+\s+){0,2}convertible\s+(?:notes?|loans?|bonds?|debt)\s+(?:(?:that|which)\s+)?(?:(?:was|were|have\s+been|has\s+been)\s+)?(?:converted|convert)\b/i;
/** "invested in Corvex, pumping in ": the figure is what the investor put into that company. */
export const INVESTED_IN_PUTTING =
  /\binvested\s+in\s+([A-Z][\w.+&-]*(?:\s+[A-Z][\w.+&-]*){0,3}),\s+(?:putting|pumping|injecting|sinking)\s+(?:in\s+)?$/;
/** Words that date a raise: a year, a month, "last year", "earlier this month". */
const RAISE_DATE_WORDS =
  /\b(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|last|earlier|this|ago|yesterday|today)\b/;
/** "set aside KES 500 million for merchant loans": money earmarked, not raised. */
const EARMARKED_BEFORE = /\b(?:set\s+aside|earmark(?:s|ed|ing)?)\s+(?:[a-z]+\s+){0,2}$/i;
/** "has sold $14.2 million of a $25 million equity offering" (a Form D): the sold part. */
const SOLD_OF_OFFERING =
  /^\s+of\s+(?:a|an|its|the)\s+(?:[$€£]?[\d.,]+\s*(?:million|billion|mn|bn|m)?\s+)?(?:[\w-]+\s+){0,2}(?:offering|round|financing|raise)\b/i;
const OFFERING_SIZE_AFTER = /^\s+(?:equity\s+|securities\s+|stock\s+)?offering\b/i;
/** "has sold $2.5 million of a $4 million round": the second figure is what it hopes to sell. */
const SOLD_PART_BEFORE =
  /\bsold\s+\S+(?:\s+(?:million|billion|mn|bn))?\s+of\s+(?:a|an|its|the)\s+$/i;
/** "rounds of more than ", "rounds above ": many rounds of some size. */
const ROUNDS_OF_BEFORE = /\brounds\s+(?:of|above|over|worth)\s+(?:[a-z]+\s+){0,2}$/i;
const MARKET_VALUE = /\bmarket\s+(?:value|capitali[sz]ation|cap)\b[^$€£¥₹.;]{0,25}$/i;

/**
 * The role of money mention `m` in `clause`.
 *
 * @example
 * classifyMoney("It has raised $1.6 billion so far.", findMoney("It has raised $1.6 billion so far.")[0])
 * // { kind: "trap", reason: "cumulative" }
 */
export function classifyMoney(
  clause: string,
  m: MoneyMention,
  others: MoneyMention[] = [],
): MoneyRole {
  // The figure's own stretch of the clause: from the figure before it to the figure after it, so
  // "$500 million …, including $200 million of secondary share sales" keeps the round.
  const from = Math.max(0, ...others.filter((o) => o.outerEnd <= m.start).map((o) => o.outerEnd));
  const to = Math.min(
    clause.length,
    ...others.filter((o) => o.start >= m.outerEnd).map((o) => o.start),
  );
  // "Tanira, an Indonesian startup that … buys back their harvests, has raised": a description of
  // the company in apposition says what it does, not what the figure is.
  // "Quantive Labs, the leader in AI-powered revenue forecasting, today announced the close of a
  // $30 million Series B": blanked to its commas, so the figure keeps its place in the clause.
  const plain = clause.replace(APPOSITION, (a) => `,${" ".repeat(a.length - 2)},`);
  const own = plain.slice(from, to);
  const before = plain.slice(Math.max(0, m.start - 80), m.start);
  const after = plain.slice(m.outerEnd, m.outerEnd + 60);
  const near = before.slice(-60);
  const trap = (reason: TrapReason): MoneyRole => ({ kind: "trap", reason });
  if (m.value < 10_000) return trap("too-small");
  if (CAP_BEFORE.test(near) || CAP_AFTER.test(after)) return trap("cap");
  if (NEW_VALUATION_BEFORE.test(near)) return { kind: "valuation" };
  if (CHANGE_BEFORE.test(near) || (/\bfrom\s+$/i.test(near) && CHANGED_FROM.test(after)))
    return VALUED_WHEN_RAISED.test(after) ? { kind: "valuation" } : trap("change");
  if (LATER_TRANCHE_BEFORE.test(near) && (m.qualifier === "up to" || STILL_TO_COME.test(after)))
    return trap("potential");
  if (IN_PARTS.test(clause) && FIRST_PART_BEFORE.test(near)) return { kind: "share" };
  if (IN_PARTS.test(clause) && LATER_PART_BEFORE.test(near)) return trap("potential");
  if (
    CONVERTED_BEFORE.test(near) ||
    CONVERTED_AFTER.test(after) ||
    SECONDARY_PART_BEFORE.test(near)
  )
    return { kind: "share" };
  if (EARMARKED_BEFORE.test(near)) return trap("financials");
  if (EQUITY_AND_DEBT_AFTER.test(after)) return trap("financials");
  if (FAILED_BEFORE.test(near) || FELL_THROUGH_AFTER.test(after)) return trap("potential");
  if (/\bsold\s+$/i.test(near) && SOLD_OF_OFFERING.test(after)) return { kind: "round" };
  if (
    SOLD_PART_BEFORE.test(near) ||
    (/\bof\s+(?:a|an|its|the)\s+$/i.test(near) && OFFERING_SIZE_AFTER.test(after))
  )
    return trap("potential");
  if (MARKET_VALUE.test(near)) return trap("market");
  // "companies are in talks to raise rounds of more than $100mn": a size class, not a round.
  if (ROUNDS_OF_BEFORE.test(near)) return trap("market");
  if (mentionsListing(own) || offeringProceeds(plain.slice(0, m.start), after)) return trap("ipo");
  // "The acquisition is Fleetwise's third since its $60 million Series B": an earlier round.
  if (
    /\b(?:since|after|following|before)\s+(?:its|their)\s+$/i.test(near) &&
    ROUND_NAME_AFTER.test(after)
  )
    return { kind: "round" };
  // "… its second acquisition since it raised R$ 320 million in a Series C": likewise.
  if (SINCE_IT_RAISED.test(near) && ROUND_NAMED_AFTER.test(after)) return { kind: "round" };
  if (ACQUISITION.test(own)) return trap("acquisition");
  // "the $1.4 billion it was valued at in its $120 million Series B": the round's own figure.
  if (/\bin\s+(?:its|a|an|the)\s+$/i.test(near) && ROUND_NAME_AFTER.test(after))
    return { kind: "round" };
  // "…at a $700 million valuation, and a $25 million Series A led by …": the next item of a list
  // of rounds, not a second valuation.
  if (ROUND_NAME_AFTER.test(after) && /,\s+(?:and\s+)?(?:a|an|its|their)\s+$/i.test(near))
    return { kind: "round" };
  // "valued at $1.5 billion in March, when it raised $120 million": the raise is the round's.
  const valuedBefore = VALUATION_BEFORE.test(near) && !RAISED_JUST_BEFORE.test(near);
  const putAt = PUT_AT.test(near) && /\bvaluation\b/i.test(plain.slice(0, m.start));
  if (valuedBefore || putAt || VALUATION_AFTER.test(after)) return { kind: "valuation" };
  if (
    CUMULATIVE_BEFORE.test(before) ||
    TOTAL_LABEL_BEFORE.test(near) ||
    (CUMULATIVE_AFTER.test(after) && !raisedFromNamedInvestors(near, after)) ||
    CUMULATIVE_OPENING.test(clause.slice(from, m.start))
  )
    return trap("cumulative");
  // "Photonique previously raised £21mn": what it has raised before, in total, unless a round is named.
  if (
    /\b(?:previously|already)\s+(?:\w+\s+)?raised\s+(?:[a-z]+\s+){0,2}$/i.test(near) &&
    !/\b(?:round|series|seed|angel|pre-|tranche|financing|funding)\b/i.test(own)
  )
    return trap("cumulative");
  // "The target had raised about $60 million from Accel and Index", with no round named and no
  // date: what it had raised by then, in total.
  if (
    /\bhad\s+raised\s+(?:[a-z]+\s+){0,2}$/i.test(near) &&
    !/\b(?:round|series|seed|angel|pre-|tranche|financing|funding|investment)\b/i.test(own) &&
    !RAISE_DATE_WORDS.test(own)
  )
    return trap("cumulative");
  const aside = asideMoneyRole(near, after);
  if (aside) return aside === "share" ? { kind: "share" } : trap(aside);
  if (POTENTIAL_BEFORE.test(near) || TARGET_BEFORE.test(near)) return trap("potential");
  if (fundFigure(near, after)) return trap("fund");
  if (
    (FINANCIALS_BEFORE.test(near) && !RAISED_JUST_BEFORE.test(near)) ||
    FINANCIALS_AFTER.test(after)
  )
    return trap("financials");
  if (sectorStatistic(clause, plain, m, before, near, after)) return trap("market");
  // "Tencent invested $150 million in Kuaishou" is Kuaishou's round, not a share of one; so is
  // "Oracle will invest up to $2 billion in chip startup Quenta".
  if (
    /\binvest(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,2}$/i.test(near) &&
    /^\s*in(?:to)?\s+(?:[a-z-]+\s+){0,4}[A-Z]/.test(after)
  )
    return { kind: "round" };
  // "Intel has also invested in Corvex, pumping in $80 million in 2023": the investment's size.
  if (INVESTED_IN_PUTTING.test(near)) return { kind: "round" };
  if (SHARE_BEFORE.test(near) || SHARE_AFTER.test(after) || CHECK_AFTER.test(after))
    return { kind: "share" };
  // "invested Rs 25 crore and Rs 15 crore, respectively": the second part is a share as well.
  const previous = others.filter((o) => o.outerEnd <= m.start).pop();
  if (
    previous &&
    /^\s*(?:,|and|,\s*and)\s*$/.test(clause.slice(previous.outerEnd, m.start)) &&
    classifyMoney(clause, previous, others).kind === "share"
  )
    return { kind: "share" };
  if (FUNDING_CUE.test(clause)) return { kind: "round" };
  return trap("financials");
}
