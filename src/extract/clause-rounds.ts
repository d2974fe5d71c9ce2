/**
 * Rounds from one clause: each money figure that is a round's amount (or a round name with no
 * amount) becomes a mention with its series, date, company, investors and valuation; a clause
 * with no round of its own may complete the previous one ("Other investors include …"). This is
 * the scanner that runs the rules of the modules it imports, in order, over one clause.
 */
import type { State } from "./article-state";
import {
  dateBySaidTail,
  dateTheSubjectRound,
  IN_TALKS,
  LIST_ITEM,
  ROUNDUP_INTRO,
} from "./clause-dates";
import { INVESTOR_SUBJECT, joinFromAside } from "./clause-investors";
import { aliasesIn, companyCue, datelineEnd, type Company } from "./company";
import { findDates, type DateMention } from "./dates";
import { introducedCompany } from "./introduced-company";
import { buildMention, type ClauseContext } from "./mention-from-clause";
import { findMoney, VAGUE_AMOUNT } from "./money";
import { classifyMoney, type MoneyRole } from "./money-role";
import { notePastValuations } from "./past-valuations";
import { findAnchors } from "./round-anchors";
import { attachFollowUp } from "./round-follow-up";
import { noteValuationAhead } from "./valuation-ahead";
import { dropShareAmount, EQUITY_PART, equityPart, PART_OF } from "./round-parts";
import type { Span } from "./sentences";
import { findSeries } from "./series";

/** The article's subject company, registered with the sentence that names it. */
function subjectCompany(state: State): Company | null {
  const subject = state.subject();
  if (!subject) return null;
  const company = state.registry.add(subject.name);
  if (!state.companySpans.has(company))
    state.companySpans.set(company, { start: subject.start, end: subject.end });
  return company;
}

/**
 * Reads one clause of `sentence` into `state`: the rounds it reports, or what it adds to the last
 * one. In a `titleCase` line (a headline) a round's company is resolved after the body is read.
 */
export function processClause(
  state: State,
  clause: Span,
  sentence: Span,
  index: number,
  titleCase: boolean,
) {
  const text = clause.text;
  const span = { start: sentence.start, end: sentence.end };
  // "SEOUL, 2 March 2026 — Harbour Peak Capital … announced": the subject after the dateline.
  const investor = INVESTOR_SUBJECT.exec(text.slice(datelineEnd(text)))?.[1];
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
  noteValuationAhead(state, text, span, index, moneys, roles);
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
    } else company = introducedCompany(state, index) ?? state.about ?? subjectCompany(state);
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
