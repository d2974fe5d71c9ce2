/**
 * Dates a clause carries to a round other than the one beside its figure: the closing "the
 * company said Wednesday", "the round, announced on Thursday, comes 14 months after …", a
 * round-up's "announced this week", and a round in talks whose only date is the dateline's.
 */
import type { State } from "./article-state";
import type { DateMention } from "./dates";
import { COMES_AFTER } from "./earlier-rounds";
import type { RoundMention, TextSpan } from "./round-mention";

/** A round still being raised: "is raising", "is in advanced talks to raise", "would value it". */
export const IN_TALKS =
  /\b(?:(?:is|are)\s+(?:raising|in\s+(?:advanced\s+|early\s+|final\s+)?(?:talks|discussions)|seeking\s+to\s+raise|looking\s+to\s+raise)|would\s+value)\b/i;
/** "the round closed in September": when the round the clause is about was done. */
export const ROUND_CLOSED =
  /\b(?:the|this)\s+(?:round|raise|deal|financing|funding|investment)\s+(?:was\s+|had\s+|has\s+)?(?:closed|completed|finali[sz]ed)\s+(?=in|on|last|earlier)\b/i;
/** "The Denver-based company announced the deal Thursday": the day the round was announced. */
export const ANNOUNCED_THE_ROUND =
  /\b(?:announced|disclosed|confirmed|unveiled)\s+(?:the|this)\s+(?:deal|round|raise|funding|financing|investment)\b/i;

/**
 * "Here's our list of the largest venture rounds announced this week", "Here are the rounds that
 * caught our eye this week": a round-up's date. Not "… in 90 deals last quarter, and that was before
 * yesterday's filing": a new clause after ", and" dates something else.
 */
export const ROUNDUP_INTRO =
  /\b(?:rounds|deals|raises|financings|fundraises)\b(?:(?!,\s+(?:and|but)\s)[^.;]){0,60}\b(?:announced|closed|raised|unveiled|disclosed|this\s+(?:week|month)|today|yesterday)\b|\b(?:this\s+(?:week|month)|today)\b[^.;]{0,60}\b(?:the\s+)?(?:rounds|deals)\s+(?:below|that\s+follow|listed)\b/i;
/** A round-up's item: a bullet, a number or an emoji first. */
export const LIST_ITEM = /^(?:[-•*·—–]|\(?\d{1,2}[.)]|\p{Extended_Pictographic})\s/u;

/** ", the company said Wednesday." closing a clause: the day the clause's news was given. */
const SAID_TAIL =
  /,\s*(?:the\s+(?:[\w-]+\s+){0,2}?(?:company|startup|start-up|firm)|it|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:said|says|announced|confirmed)\b[^,;]*$/;

/**
 * "Quillstack has raised $45 million in a Series C, less than half … its Series B in 2021, the
 * company said Wednesday": the closing "said" dates the round the clause reports when its own
 * stretch gave it no date (an earlier round named in passing keeps its own year).
 */
export function dateBySaidTail(
  state: State,
  text: string,
  span: TextSpan,
  dates: () => DateMention[],
  made: RoundMention[],
) {
  const tail = SAID_TAIL.exec(text);
  if (!tail || made.length < 2) return;
  const day = dates().find((d) => d.start >= tail.index && d.precision === "day");
  const round = made.find((m) => m.isCurrentRound && m.announced === null);
  if (!day || !round) return;
  round.announced = day.iso;
  round.spans.announced = [span];
}

/**
 * "The round, announced on Thursday, comes 14 months after Kudipay raised …": the day before
 * "comes … after" dates the round the clause is about, the one the article reports.
 */
export function dateTheSubjectRound(
  state: State,
  text: string,
  span: TextSpan,
  firstAnchor: number,
  dates: () => DateMention[],
) {
  const after = COMES_AFTER.exec(text);
  if (!after || (firstAnchor >= 0 && firstAnchor < after.index)) return;
  if (
    !/^(?:the|this)\s+(?:new\s+|latest\s+)?(?:round|funding|financing|investment|deal)\b/i.test(
      text,
    )
  )
    return;
  const day = dates().find((d) => d.start < after.index && d.precision === "day");
  const last = [...state.mentions].reverse().find((m) => m.isCurrentRound);
  if (!day || !last || last.announced !== null) return;
  last.announced = day.iso;
  last.spans.announced = [span];
}
