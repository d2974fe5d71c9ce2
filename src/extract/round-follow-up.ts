/**
 * A clause with no round of its own completes the last one ("Other investors include …", "The
 * new round values the company at …"), chooses which round "the round" means when an earlier one
 * was named in between, and notes the company a "had raised $260 million so far" is about.
 */
import type { State } from "./article-state";
import { hasBriefRole } from "./brief-roles";
import { ANNOUNCED_THE_ROUND, ROUND_CLOSED } from "./clause-dates";
import { companyCue } from "./company";
import type { DateMention } from "./dates";
import { findInvestors, withoutInvestorAsides } from "./investors";
import { joinedBackers } from "./joined-backers";
import type { MoneyMention } from "./money";
import { TALKS, valuationBasis, type MoneyRole } from "./money-role";
import { PAST_VALUATION } from "./past-valuations";
import { addInvestors, sameRound, type TextSpan } from "./round-mention";
import { findSeries } from "./series";
import { valuedSubjectRound } from "./valued-subject";

/**
 * "Helixa had raised …", "Skyfarer, founded in 2017, has raised …": the name is a company that
 * raised money, not an investor.
 */
const RAISED_BY = (name: string) =>
  new RegExp(
    `${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:,[^,;.]{0,60},)?\\s+(?:(?:said|says|announced)\\b[^.;]{0,40}?\\b(?:it\\s+)?)?(?:has\\s+|had\\s+|have\\s+)?(?:raised|secured|closed|completed|received|obtained|landed)\\b`,
  );
/** "The Series B financing …": a clause whose subject is the round, by its name. */
const aboutSeries = (text: string) =>
  /^(?:the|this|its)\s+(?:new\s+)?(?:Series\s+[A-H]\d?\+*|seed|angel|pre-\w+|strategic)\s+(?:round|financing|funding|investment|(?=values|valued|brings|was\s+led|is\s+led))\b/i.test(
    text,
  );

/** ", bringing its total funding to": a running total added at the end of a clause. */
const TOTAL_ASIDE = /,\s*(?:bringing|taking|which\s+brings|which\s+takes)\b/i;
/** A share class: "Series C1 compulsorily convertible preference shares", "Series B preferred stock". */
const SHARE_CLASS_AFTER =
  /^\s+(?:\(\w+\)\s+)?(?:(?:compulsorily|optionally|cumulative|non-cumulative|convertible|participating|redeemable)\s+)*(?:preference|preferred)\s+(?:shares|stock)\b|^\s+CCPS\b/i;
/** "led the round", "joined the new round": the round itself, not "that round" or "its Series B". */
const THE_ROUND = /\bthe\s+(?:new\s+|latest\s+|current\s+)?(?:round|financing|raise)\b/i;
/** "in that round, which valued X at …": the round just named, even an earlier one. */
const THAT_ROUND = /\b(?:that|the\s+same)\s+(?:round|financing|raise|fundraise|deal)\b/i;
/**
 * "also participated", "Leads:", "backers include", "X is set to lead the deal", "Y is expected to
 * invest": a clause about a round's investors.
 */
const ROUND_TALK =
  /\b(?:leads?|also\s+in)\s*:|\balso\s+in\s*(?:[.;]|$)|\b(?:round|financing|funding|investment|investors?|backers?|shareholders?|participat\w+|invested|took\s+part|join(?:ed|ing)|led|co-led)\b|\bto\s+(?:co-)?(?:lead|invest)\b/i;
/** "… also participated in the new round": investors of the round the article reports. */
const NEW_ROUND =
  /\bin\s+(?:the|this)\s+(?:new|latest|current)\s+(?:round|funding|financing|raise)\b/i;
/**
 * "Bessemer led the new round", "Lux also joined the extension": the round the article
 * reports, however far back it was named.
 */
const FRESH_ROUND =
  /\bthe\s+(?:new|latest|fresh)\s+(?:round|funding\s+round|financing|raise)\b|\bthe\s+(?:new\s+|latest\s+)?extension\b/i;

/**
 * "Before that, it sold a SAFE to angels such as X": a step before
 * the round just named, so its investors are not that round's.
 */
const BEFORE_THAT = /^(?:before\s+(?:that|then)|prior\s+to\s+(?:that|then|this))\b/i;

/** A clause with no round of its own may add investors, a valuation or a date to the last one. */
export function attachFollowUp(
  state: State,
  clause: string,
  span: TextSpan,
  index: number,
  roles: MoneyRole[],
  moneys: MoneyMention[],
  dates: () => DateMention[],
  trapped: boolean,
) {
  // "X and Y also put money in, bringing its total funding to $62 million": the running total is
  // an aside; the investors before it still joined the round.
  const aside = TOTAL_ASIDE.exec(clause);
  const totalOnly =
    aside !== null &&
    roles.some((r) => r.kind === "trap") &&
    roles.every(
      (r, i) => r.kind !== "trap" || (r.reason === "cumulative" && moneys[i].start > aside.index),
    );
  const text = totalOnly && aside ? clause.slice(0, aside.index) : clause;
  const latest = state.mentions[state.mentions.length - 1];
  // "X also participated in the new round", after a sentence about an earlier round.
  const current = NEW_ROUND.test(text)
    ? [...state.mentions]
        .reverse()
        .find((m) => m.isCurrentRound && m.company === latest?.company && index - m.sentence <= 3)
    : undefined;
  // "…$45 million Series C, … less than half its value in its $120 million Series B in 2021.
  // Insight Partners led the round.": "the round" is the one the sentence reports, not the old one.
  const reported =
    latest && !latest.isCurrentRound && THE_ROUND.test(text)
      ? state.mentions.find(
          (m) => m.sentence === latest.sentence && m.company === latest.company && m.isCurrentRound,
        )
      : undefined;
  // "Bessemer Venture Partners led the new round.", in the closing paragraph after a rival's
  // round: the one round the article reports, when every round it reports is one company's.
  const reports = state.mentions.filter((m) => m.isCurrentRound);
  const stale = !latest || !latest.isCurrentRound || index - latest.sentence > 3;
  // "Existing investors X and Y also put money into the round", after a partner's quote: "the
  // round" is still the reported round named a few sentences back, when nothing came between.
  const nearby =
    latest?.isCurrentRound === true && index - latest.sentence <= 6 && THE_ROUND.test(text);
  const fresh =
    stale &&
    (FRESH_ROUND.test(text) || nearby) &&
    reports.every((m) => m.company === reports[0].company)
      ? reports[reports.length - 1]
      : undefined;
  const chained =
    stale && state.followUp?.index === index - 1 && state.followUp.count === state.mentions.length
      ? state.followUp.mention
      : undefined;
  const cue = companyCue(text, text.length);
  const far =
    fresh ?? chained ?? (stale ? valuedSubjectRound(state, text, cue, roles, index) : undefined);
  const last = current ?? reported ?? far ?? latest;
  if (cue.kind === "name") {
    // "Helixa had raised $260 million so far": no round, but the article is now about Helixa.
    const known =
      state.registry.find(cue.name) ??
      (moneys.length > 0 && RAISED_BY(cue.name).test(text)
        ? state.registry.add(cue.name)
        : undefined);
    if (known) {
      state.about = known;
      if (!state.companySpans.has(known)) state.companySpans.set(known, span);
    }
  }
  // A trap clause ("…brings its total funding to $1.5 billion") still names the round's investors
  // when the round itself is its subject.
  const aboutTheRound =
    /^(?:the|this)\s+(?:new\s+|latest\s+)?(?:round|financing|funding|investment)\b/i.test(text) ||
    aboutSeries(text);
  if (
    !last ||
    BEFORE_THAT.test(text) ||
    (index - last.sentence > 3 && last !== far) ||
    (trapped && !aboutTheRound && !totalOnly)
  )
    return;
  const otherCompany =
    cue.kind === "name" &&
    state.registry.find(cue.name) !== undefined &&
    state.registry.find(cue.name) !== last.company;
  const named = findSeries(text);
  // "…to allot 3,640 Series C1 compulsorily convertible preference shares to raise the amount".
  const seriesOf = aboutSeries(text)
    ? named[0]
    : named.find((x) => SHARE_CLASS_AFTER.test(text.slice(x.end)));
  if (seriesOf && last.series === null && last.isCurrentRound && !otherCompany) {
    last.series = seriesOf.label;
    last.spans.series = [span];
  }
  if (
    (ROUND_TALK.test(text) || hasBriefRole(text) || joinedBackers(text).length > 0) &&
    !otherCompany
  ) {
    const found = findInvestors(withoutInvestorAsides(text), true);
    addInvestors(last, "leads", found.leads, span);
    addInvestors(last, "participants", found.participants, span);
    if (last === far && found.leads.length + found.participants.length > 0)
      state.followUp = { mention: last, index, count: state.mentions.length };
    const said = dates().find(
      (d) => d.precision === "day" && /\b(?:said|announced|statement)\b/i.test(text),
    );
    if (said && (last.announced === null || last.datelineDate) && last.isCurrentRound) {
      last.announced = said.iso;
      last.spans.announced = [span];
      last.datelineDate = false;
    }
    // "…, saying the round closed in September": the round's own date, at the words' precision.
    const closed = ROUND_CLOSED.exec(text);
    const closedOn = closed && dates().find((d) => d.start >= closed.index);
    if (closedOn && last.announced === null && last.isCurrentRound) {
      last.announced = closedOn.iso;
      last.spans.announced = [span];
    }
  } else if (ANNOUNCED_THE_ROUND.test(text) && !otherCompany) {
    const day = dates().find((d) => d.precision === "day");
    if (day && last.announced === null && last.isCurrentRound) {
      last.announced = day.iso;
      last.spans.announced = [span];
    }
  }
  const v = moneys.find((_, i) => roles[i].kind === "valuation");
  // "One of the people said the deal values the firm at above US$100 million", after a sentence
  // about an earlier round: "the deal" is still the round the article reports.
  const dealValued =
    /\bthe\s+(?:deal|round|funding|financing|investment|fundraise|transaction)\s+(?:values|valued|valuing)\b/i.test(
      text,
    );
  // "People close to the deal told Pandaily that the post-money valuation is above RMB 6 billion",
  // after the earlier rounds: a post- or pre-money figure prices a round, the one the article
  // reports when it reports one round of that company.
  const priced = /\b(?:post|pre)-money\s+valuation\b/i.test(text);
  const ofLast = state.mentions.filter((m) => m.company === last.company && m.isCurrentRound);
  const oneReported = ofLast.every((m) => sameRound(m, ofLast[0]));
  const target =
    last.isCurrentRound || !(dealValued || priced)
      ? last
      : [...ofLast].reverse().find((m) => index - m.sentence <= 6 || (priced && oneReported));
  // "Kestrel … is in talks to raise at a valuation of more than $5bn": another company's price.
  const talksOfOther =
    TALKS.test(text) && cue.kind === "name" && state.registry.find(cue.name) !== last.company;
  if (
    v &&
    target &&
    target.valuation === null &&
    !otherCompany &&
    !talksOfOther &&
    ((!PAST_VALUATION.test(text.slice(0, v.outerEnd + 20)) && target.isCurrentRound) ||
      (target === last && THAT_ROUND.test(text.slice(0, v.start))))
  ) {
    target.valuation = {
      value: v.value,
      currency: v.currency,
      qualifier: v.qualifier,
      basis: valuationBasis(text.slice(Math.max(0, v.start - 50), v.outerEnd + 40)),
    };
    target.spans.valuation = [span];
  }
}
