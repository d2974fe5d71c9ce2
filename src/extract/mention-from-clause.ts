/**
 * One round mention from its stretch of a clause: the amount (or a close, a tranche), the series
 * and the date nearest its figure, the investors, the valuation, and whether the words around it
 * tell an earlier round; an aside about the company or about an earlier round keeps its own date.
 */
import type { State } from "./article-state";
import { THE_FIRM } from "./clause-investors";
import type { Company } from "./company";
import { daysBefore, type DateMention } from "./dates";
import { COMES_AFTER, CURRENT_DAYS, PAST, SINCE_IT_RAISED, toldAsEarlier } from "./earlier-rounds";
import { findInvestors, INVESTOR_ASIDE } from "./investors";
import { datelineEnd } from "./lead-in";
import type { MoneyMention } from "./money";
import { valuationBasis } from "./money-role";
import type { Anchor } from "./round-anchors";
import { addInvestors, type RoundMention, type TextSpan } from "./round-mention";
import { CLOSE_PART, CLOSE_TOTAL, TRANCHE_PART } from "./round-parts";
import type { SeriesMention } from "./series";

/** Up to the last "and raised" before a round: a second verb of the same subject. */
const AND_RAISED =
  /^.*\band(?=\s+(?:then\s+|later\s+|also\s+)?(?:raised|closed|secured|landed|completed|bagged)\b)/is;

/** A round's name or figure, right before an aside about it. */
const ROUND_BEFORE_ASIDE =
  /(?:Series\s+[A-H]\d?\+*|\b(?:round|financing|funding|seed)|\d\s*(?:million|billion|mn|bn|m|k))\s*$/i;
/** "its $35 million Series A, led by X with participation from Y, which closed in May". */
const LED_ROUND_BEFORE_ASIDE =
  /(?:Series\s+[A-H]\d?\+*|\b(?:round|financing|seed)|\d\s*(?:million|billion|mn|bn|m)),\s+(?:co-)?led\s+by\s+[^,;]*$/i;
/** An aside that tells how a round happened: "which was led by …", "which closed in May". */
const ROUND_ASIDE =
  /^,\s*which\s+(?:(?:was|were)\s+(?:co-led|led|announced|closed|completed|made|raised|backed|finali[sz]ed)|closed|came)\b/i;

/** The item starting in [from, to) that is closest to `at`, or null. */
function nearest<T extends { start: number }>(
  items: T[],
  at: number,
  from: number,
  to: number,
): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.start < from || item.start >= to) continue;
    if (!best || Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  }
  return best;
}

/** A mention of a round of `company` with no field filled yet. */
function newMention(company: Company, sentence: number): RoundMention {
  return {
    company,
    series: null,
    amount: null,
    amountUsd: null,
    announced: null,
    leads: [],
    participants: [],
    valuation: null,
    isCurrentRound: true,
    spans: {},
    sentence,
  };
}

/** What every round mention of one clause is built from. */
export interface ClauseContext {
  state: State;
  text: string;
  span: TextSpan;
  index: number;
  series: SeriesMention[];
  dates: () => DateMention[];
  valuations: MoneyMention[];
  /** Where each valuation change ends ("down from the $3bn it commanded in 2021"). */
  changeEnds: number[];
}

/** "notes that the company sold to insiders in …": a clause about an instrument. */
const INSTRUMENT_CLAUSE =
  /\b(?:convertible\s+)?(?:notes?|loans?|bonds?|debentures?|SAFEs?|warrants?)\s+(?:that|which)\s+[^,;]*/gi;

/**
 * The round mention that starts at `anchor`, read from its own stretch of the clause [from, to)
 * (its investors up to `investorsTo`), for `company`.
 */
export function buildMention(
  ctx: ClauseContext,
  anchor: Anchor,
  from: number,
  [to, investorsTo]: [number, number],
  company: Company,
): RoundMention {
  const { state, text, span, index, series, dates, valuations, changeEnds } = ctx;
  const mention = newMention(company, index);
  mention.spans.company = [span];
  const m = anchor.money;
  if (m) {
    const head = text.slice(Math.max(from, m.start - 80), m.start);
    if (CLOSE_PART.test(head)) mention.close = "part";
    else if (CLOSE_TOTAL.test(head)) mention.close = "total";
    else if (TRANCHE_PART.test(head)) mention.close = "tranche";
    mention.amount = { value: m.value, currency: m.currency, qualifier: m.qualifier };
    mention.spans.amount = [span];
    if (m.usd !== null) {
      mention.amountUsd = m.usd;
      mention.spans.amountUsd = [span];
    }
  }
  const s = nearest(series, anchor.at, from, to);
  if (s) {
    mention.series = s.label;
    mention.spans.series = [span];
  }
  // "Acme, which became a unicorn last year, raised $200 million": the aside dates the company.
  // "…its $15 million Series A, which was led by Lux Capital in 2022, …": an aside right after
  // a round's name or figure is about that round, and its date is the round's.
  const asides = [...text.matchAll(/,\s*(?:which|who)\b[^,;]*,/g)]
    .map((a) => ({ start: a.index ?? 0, end: (a.index ?? 0) + a[0].length }))
    .filter(
      (a) =>
        !ROUND_ASIDE.test(text.slice(a.start, a.end)) ||
        (!ROUND_BEFORE_ASIDE.test(text.slice(Math.max(0, a.start - 30), a.start)) &&
          !LED_ROUND_BEFORE_ASIDE.test(text.slice(Math.max(0, a.start - 120), a.start))),
    );
  // "…includes $20 million of convertible notes that it sold in the spring of 2024": the relative
  // clause dates the notes, not the round they convert into.
  for (const a of text.matchAll(INSTRUMENT_CLAUSE))
    asides.push({ start: a.index ?? 0, end: (a.index ?? 0) + a[0].length });
  const inAside = (at: number) =>
    asides.some((a) => at >= a.start && at < a.end && !(anchor.at >= a.start && anchor.at < a.end));
  // "…at $1bn, down from the $3bn it commanded in 2021": the year dates the old valuation (a
  // day, "down from $3bn, on Tuesday", is still the round's).
  const ofChange = (at: number) => changeEnds.some((end) => at >= end && at - end <= 40);
  // "The round, announced on Thursday, comes 14 months after X raised …": that day is not X's.
  const after = COMES_AFTER.exec(text.slice(from, anchor.at));
  let ownStart = after ? from + after.index : from;
  // "We started … in 2024 and raised a small pre-seed … last spring": the year before "and
  // raised" is the first verb's, when the round has a date of its own after it.
  const andRaised = AND_RAISED.exec(text.slice(ownStart, anchor.at));
  if (andRaised && dates().some((x) => x.start >= anchor.at && x.start < to))
    ownStart += andRaised[0].length;
  const d = nearest(
    dates().filter((x) => !inAside(x.start) && !(x.precision !== "day" && ofChange(x.start))),
    anchor.at,
    ownStart,
    to,
  );
  if (d) {
    mention.announced = d.iso;
    mention.spans.announced = [span];
    if (d.start < datelineEnd(text)) mention.datelineDate = true;
  }
  const seg = text.slice(from, investorsTo);
  const roles = findInvestors(state.investor ? seg.replace(THE_FIRM, state.investor) : seg, true);
  // "…participation from A and B, alongside C, which led the company's $3.5 million seed round":
  // a round told in an investor's aside has only the aside's investors.
  const aside = [...text.matchAll(INVESTOR_ASIDE)].find(
    (a) => anchor.at > (a.index ?? 0) && anchor.at < (a.index ?? 0) + a[0].length,
  );
  const participants = aside
    ? findInvestors(text.slice(aside.index ?? 0, investorsTo), true).participants
    : roles.participants;
  addInvestors(mention, "leads", roles.leads, span);
  addInvestors(mention, "participants", participants, span);
  const v = valuations.find((x) => x.start >= from && x.start < to);
  if (v) {
    mention.valuation = {
      value: v.value,
      currency: v.currency,
      qualifier: v.qualifier,
      basis: valuationBasis(
        text.slice(Math.max(from, v.start - 50), Math.min(to, v.outerEnd + 40)),
      ),
    };
    mention.spans.valuation = [span];
  }
  const lead = text.slice(from, Math.min(to, (m?.outerEnd ?? anchor.at) + 30));
  // "…its second raise this year, after a $5 million seed extension in January".
  // "…its second acquisition since it raised R$ 320 million"; "X had raised Rs 415 crore".
  const head = text.slice(from, anchor.at);
  const afterEarlier =
    /\b(?:after|since)\s+(?:a|an|its|their)\s+$/i.test(head) || SINCE_IT_RAISED.test(head);
  mention.isCurrentRound =
    !PAST.test(lead) &&
    !afterEarlier &&
    !toldAsEarlier(lead) &&
    !(d && daysBefore(d.iso, state.published) > CURRENT_DAYS);
  return mention;
}
