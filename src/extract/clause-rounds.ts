/**
 * Rounds from one clause: each money figure that is a round's amount (or a round name with no
 * amount) becomes a mention with its series, date, company, investors and valuation; a clause
 * with no round of its own may complete the previous one ("Other investors include …").
 */
import type { State } from "./article-state";
import {
  dateBySaidTail,
  dateTheSubjectRound,
  IN_TALKS,
  LIST_ITEM,
  ROUNDUP_INTRO,
} from "./clause-dates";
import { INVESTOR_SUBJECT, joinFromAside, THE_FIRM } from "./clause-investors";
import { aliasesIn, companyCue, datelineEnd, type Company } from "./company";
import { daysBefore, findDates, type DateMention } from "./dates";
import { COMES_AFTER, CURRENT_DAYS, PAST, SINCE_IT_RAISED, toldAsEarlier } from "./earlier-rounds";
import { findInvestors } from "./investors";
import { findMoney, VAGUE_AMOUNT, type MoneyMention } from "./money";
import { classifyMoney, valuationBasis, type MoneyRole } from "./money-role";
import { addInvestors, type RoundMention, type TextSpan } from "./round-mention";
import { notePastValuations } from "./past-valuations";
import {
  CLOSE_PART,
  CLOSE_TOTAL,
  dropShareAmount,
  EQUITY_PART,
  equityPart,
  PART_OF,
  TRANCHE_PART,
} from "./round-parts";
import { attachFollowUp } from "./round-follow-up";
import { findAnchors, type Anchor } from "./round-anchors";
import type { Span } from "./sentences";
import { findSeries, type SeriesMention } from "./series";

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

/** The article's subject company, registered with the sentence that names it. */
function subjectCompany(state: State): Company | null {
  const subject = state.subject();
  if (!subject) return null;
  const company = state.registry.add(subject.name);
  if (!state.companySpans.has(company))
    state.companySpans.set(company, { start: subject.start, end: subject.end });
  return company;
}

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
interface ClauseContext {
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

export function processClause(
  state: State,
  clause: Span,
  sentence: Span,
  index: number,
  titleCase: boolean,
) {
  const text = clause.text;
  const span = { start: sentence.start, end: sentence.end };
  const investor = INVESTOR_SUBJECT.exec(text)?.[1];
  if (investor) state.investor = investor;
  const moneys = findMoney(text, state.yenSign);
  const roles: MoneyRole[] = moneys.map((m) => classifyMoney(text, m, moneys));
  const series = findSeries(text);
  let dateCache: DateMention[] | null = null;
  // "NEW YORK, Sept 24 (Reuters) - Ledgerline is raising …": a round still in talks has no date,
  // and the dateline's is the story's.
  const dateline = IN_TALKS.test(text) ? datelineEnd(text) : 0;
  const dates = () =>
    (dateCache ??= findDates(text, state.published).filter((d) => d.start >= dateline));
  // A valuation change ("down from $15 billion") sits beside a valuation; it does not make the
  // clause about something else.
  const trapped = roles.some(
    (r) => r.kind === "trap" && r.reason !== "too-small" && r.reason !== "change",
  );
  const valuations = moneys.filter((_, i) => roles[i].kind === "valuation");
  const anchors = findAnchors(text, sentence.text, moneys, roles, series, valuations);
  const vague = VAGUE_AMOUNT.exec(text);
  if (vague && anchors.some((a) => a.money === null)) {
    state.issues.push({
      kind: "vague-amount",
      message: `The amount is not stated as a figure ("${vague[0]}"), so the round has no amount.`,
      quote: state.quote(span),
    });
  }
  notePastValuations(state, text, span, index, moneys, roles);
  const changeEnds = moneys
    .filter((_, i) => {
      const role = roles[i];
      return role.kind === "trap" && role.reason === "change";
    })
    .map((m) => m.outerEnd);
  const clauseCtx: ClauseContext = {
    state,
    text,
    span,
    index,
    series,
    dates,
    valuations,
    changeEnds,
  };
  dateTheSubjectRound(state, text, span, anchors[0]?.at ?? -1, dates);
  const mentionsBefore = state.mentions.length;
  anchors.forEach((anchor, k) => {
    // A round's own passage starts after the figure before it, round or trap: "had raised $62
    // million from investors including A, most recently a $40 million Series B led by B".
    const before = moneys.filter(
      (m, i) => m.outerEnd <= anchor.at && roles[i].kind !== "valuation",
    );
    const trapEnd = before[before.length - 1]?.outerEnd ?? 0;
    const comma = text.lastIndexOf(",", anchor.at);
    const from = Math.max(
      k === 0 ? 0 : (anchors[k - 1].money?.outerEnd ?? anchors[k - 1].at),
      trapEnd > 0 && comma > trapEnd ? comma : trapEnd,
    );
    // "…$25 million in equity and a further $15 million in venture debt from SVB": the lender
    // after a figure that is not a round belongs to that figure.
    const trapAfter = moneys.find((m, i) => {
      const role = roles[i];
      return m.start > anchor.at && role.kind === "trap" && role.reason === "financials";
    });
    const to = k + 1 < anchors.length ? anchors[k + 1].at : text.length;
    const investorsTo = Math.min(to, trapAfter?.start ?? to);
    // "…Shipmate in July and co-led a $35 million Series B": "in July" is the earlier figure's.
    const joint = k > 0 ? /.*(?:\band\b|\bwhile\b|,|;)/s.exec(text.slice(from, anchor.at)) : null;
    const ownFrom = joint ? from + joint[0].length : from;
    // "A closed a round from X, while B secured $80 million": B's own stretch names B.
    const ownCue = from > 0 ? companyCue(text.slice(from), anchor.at - from) : null;
    const textCue = ownCue?.kind === "name" ? ownCue : companyCue(text, anchor.at);
    // "Maven Women's Health" over "The Boston-based startup raised …" (or "… Health, which runs
    // clinics, raised"): the paragraph right under a sub-heading is about the heading's company.
    const heading = state.heading?.index === index - 1 ? state.heading : null;
    const underHeading =
      heading !== null &&
      (textCue.kind !== "name" ||
        heading.name === textCue.name ||
        heading.name.endsWith(` ${textCue.name}`));
    const cue: typeof textCue =
      heading && underHeading ? { kind: "name", name: heading.name } : textCue;
    let company: Company | null = null;
    if (cue.kind === "name" && titleCase) {
      const mention = buildMention(clauseCtx, anchor, ownFrom, [to, investorsTo], {
        name: cue.name,
        aliases: [],
      });
      // Title case hides where names end ("… Raises $250 Million From A16z"): a headline gives
      // the round, its company and its figures, never its investors.
      mention.leads = [];
      mention.participants = [];
      delete mention.spans.leads;
      delete mention.spans.participants;
      mention.fromTitle = true;
      state.pending.push({ mention, name: cue.name });
      return;
    }
    if (cue.kind === "name") {
      company = state.registry.add(cue.name, aliasesIn(text, cue.name));
      if (!state.companySpans.has(company)) state.companySpans.set(company, span);
    } else company = state.about ?? subjectCompany(state);
    if (!company) {
      state.issues.push({
        kind: "round-without-company",
        message: "A round is mentioned but the text does not say which company raised it.",
        quote: state.quote(span),
      });
      return;
    }
    const mention = buildMention(clauseCtx, anchor, ownFrom, [to, investorsTo], company);
    if (cue.kind !== "name") mention.spans.company = [state.companySpans.get(company) ?? span];
    if (heading && underHeading) mention.spans.company = [heading.span];
    if (anchor.money && PART_OF.test(text.slice(Math.max(0, anchor.at - 40), anchor.at)))
      dropShareAmount(state, mention);
    // "1. Voltaic Silicon, $220M, …" under "the largest rounds announced this week".
    if (
      state.listDate &&
      (LIST_ITEM.test(sentence.text) || underHeading) &&
      !mention.announced &&
      mention.isCurrentRound
    ) {
      mention.announced = state.listDate.iso;
      mention.spans.announced = [state.listDate.span];
    }
    if (anchor.money && EQUITY_PART.test(text.slice(anchor.money.outerEnd)))
      equityPart(state, mention, span);
    state.mentions.push(mention);
    state.about = company;
  });
  dateBySaidTail(state, text, span, dates, state.mentions.slice(mentionsBefore));
  joinFromAside(state, text, span, anchors);
  if (anchors.length > 0) return;
  const listDate = ROUNDUP_INTRO.test(text) ? dates()[0] : undefined;
  if (listDate) state.listDate = { iso: listDate.iso, span };
  attachFollowUp(state, text, span, index, roles, moneys, dates, trapped);
}

function buildMention(
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
  }
  const seg = text.slice(from, investorsTo);
  const roles = findInvestors(state.investor ? seg.replace(THE_FIRM, state.investor) : seg, true);
  addInvestors(mention, "leads", roles.leads, span);
  addInvestors(mention, "participants", roles.participants, span);
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
