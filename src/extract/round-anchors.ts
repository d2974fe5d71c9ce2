/**
 * Which figures and round names in a clause open a round of their own, and which only talk about
 * rounds: one compared with ("twice the size of its Series A"), still to come, a stage of the
 * market ("the squeeze is at Series B and beyond") or, in a quote, any round at all.
 */
import { companyCue } from "./company";
import { findInvestors, INVESTOR_ASIDE } from "./investors";
import type { MoneyMention } from "./money";
import { FUNDING_CUE, type MoneyRole } from "./money-role";
import type { SeriesMention } from "./series";

/** "an A round of tens of millions of yuan", "a seed round of an undisclosed amount". */
const UNSTATED_AFTER =
  /^\s*(?:(?:round|financing|funding)\s+)?(?:of|worth|totall?ing|amounting\s+to)\s+(?:(?:tens|hundreds|dozens)\s+of\s+(?:millions|billions)|an\s+undisclosed\s+(?:amount|sum))/i;
/** "and an undisclosed amount in a Series A in 2023": the unstated figure told before the name. */
const UNSTATED_BEFORE =
  /\b(?:an\s+undisclosed\s+(?:amount|sum)|(?:tens|hundreds|dozens)\s+of\s+(?:millions|billions)(?:\s+of\s+\w+)?)\s+(?:in|through|via)\s+(?:a|an|its|the)\s+$/i;
/** Words around a round name that is compared with or still to come. */
const COMPARED_BEFORE =
  /\b(?:than|since|from|size\s+of|the\s+(?:second|third|fourth|fifth|largest|biggest)|compared\s+(?:to|with)|same\s+as|ahead\s+of|a\s+planned|an\s+upcoming|a\s+future|its\s+next|(?:fail(?:ed|ing|s)?|unable|trying|tried|attempting|attempted|struggl(?:ed|ing|es))\s+to\s+(?:raise|close))\s+(?:[\w-]+\s+){0,2}$/i;
/** "The squeeze is at Series B and beyond", "Series A or later": a stage of the market, not a round. */
const STAGE_TALK_AFTER =
  /^\s+(?:and\s+(?:beyond|later|above|up)|or\s+(?:later|beyond|above))\b|^\s+(?:partner\s+meetings?|pitch(?:es)?|prices|pricing|revenue|metrics|benchmarks?|valuations|companies|startups|start-ups|founders|deals|market)\b/i;
/** "… is in talks to raise", "plans to raise … next year": a round still to come. */
const TO_COME_AFTER =
  /^[^.;]{0,40}?\b(?:(?:is|are)\s+(?:in\s+talks|planning|hoping|looking|seeking)\s+to\s+raise|plans?\s+to\s+raise|expects?\s+to\s+raise|hopes?\s+to\s+raise|next\s+year)\b/i;
/**
 * A round name that names no round: compared with, still to come, or, in someone's quoted
 * words, any round at all ("Everyone wants to lead a Series A at 2021 prices").
 */
const notARound = (text: string, s: SeriesMention, quoted: boolean) =>
  [...text.matchAll(INVESTOR_ASIDE)].some(
    (a) => s.start > (a.index ?? 0) && s.end <= (a.index ?? 0) + a[0].length,
  ) ||
  COMPARED_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start)) ||
  TO_COME_AFTER.test(text.slice(s.end)) ||
  STAGE_TALK_AFTER.test(text.slice(s.end)) ||
  (quoted && /\b(?:a|an|any)\s+$/i.test(text.slice(Math.max(0, s.start - 5), s.start)));

/**
 * "was valued at $650 million in a 2023 funding round": a round the text gives only by the
 * valuation it set.
 */
const VALUED_IN_ROUND =
  /\bvalued\s+at\s+[^.;]{1,40}?\s+(?:in|during|with)\s+((?:a|an|its|the)\s+(?:(?:19|20)\d\d\s+|[\w-]+\s+){0,2}(?:funding|financing|fundraising)\s+round)\b/i;

/** Whether `text` names an investor in a round: "… funding round led by Index Ventures". */
const namesInvestors = (text: string) => {
  const found = findInvestors(text, false);
  return found.leads.length + found.participants.length > 0;
};

/** Where a round begins in a clause: its figure, or its name when the text gives no figure. */
export interface Anchor {
  at: number;
  money: MoneyMention | null;
}

/**
 * Where each round of a clause begins: a figure that is a round's amount, a round named with no
 * amount ("an A round of tens of millions of yuan"), or "valued at … in a 2023 funding round".
 */
export function findAnchors(
  text: string,
  sentence: string,
  moneys: MoneyMention[],
  roles: MoneyRole[],
  series: SeriesMention[],
  valuations: MoneyMention[],
): Anchor[] {
  const funding = FUNDING_CUE.test(text);
  let anchors: Anchor[] = moneys
    .filter((_, i) => roles[i].kind === "round")
    .map((money) => ({ at: money.start, money }));
  const valuedIn = VALUED_IN_ROUND.exec(text);
  const valuedAt = valuedIn ? valuedIn.index + valuedIn[0].indexOf(valuedIn[1]) : -1;
  if (
    anchors.length === 0 &&
    series.length === 0 &&
    valuedIn &&
    valuations.length > 0 &&
    // "Rival Cobalt AI was valued at $9 billion in a funding round this year": a valuation
    // alone makes no round; one "led by Index Ventures" does.
    namesInvestors(text.slice(valuedAt)) &&
    companyCue(text, valuedAt).kind !== "none"
  ) {
    // "The company was valued at $650 million in a 2023 funding round led by Index Ventures".
    anchors = [{ at: valuedAt, money: null }];
  } else if (
    anchors.length === 0 &&
    series.length > 0 &&
    funding &&
    // "We backed them at pre-seed, writing a $1.5 million check": a named round whose only
    // figures are its price or one investor's part is a round with no amount.
    roles.every((r) => r.kind === "valuation" || r.kind === "share") &&
    !notARound(text, series[0], /^["']/.test(sentence))
  ) {
    anchors = [{ at: series[0].start, money: null }];
  } else if (anchors.length > 0) {
    // "…a B round worth RMB 120 million, after raising an A round of tens of millions of yuan":
    // a named round whose amount the text declines to state is a round of its own.
    const unstated = series.filter(
      (s) =>
        (UNSTATED_AFTER.test(text.slice(s.end)) ||
          UNSTATED_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start))) &&
        !anchors.some((a) => a.at >= s.start && a.at < s.end + 60),
    );
    anchors = [...anchors, ...unstated.map((s) => ({ at: s.start, money: null }))].sort(
      (a, b) => a.at - b.at,
    );
  }
  return anchors;
}
