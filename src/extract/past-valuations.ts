/**
 * Valuations of earlier rounds: "up from about $300 million when it raised its Series A" is kept
 * for that round, and "valued at $2 billion in its previous round" does not price the new one.
 */
import type { State } from "./article-state";
import { dateRightAfter } from "./earlier-rounds";
import type { MoneyMention } from "./money";
import type { MoneyRole } from "./money-role";
import type { RoundMention, TextSpan } from "./round-mention";
import { findSeries } from "./series";
import { valuationBasis } from "./valuation-basis";

/**
 * "…when it raised its Series A", "…it was valued at in its $120 million Series B", "… pre-money
 * valuation it received in its Series B".
 */
const AT_PAST_ROUND =
  /^\s*(?:when\s+(?:it|the\s+(?:company|startup|firm))\s+(?:raised|closed)|(?:it\s+)?(?:was\s+)?(?:valued|commanded|fetched)\s+(?:at\s+)?in|(?:(?:pre|post)-money\s+)?valuation\s+(?:it|the\s+(?:company|startup|firm))\s+(?:received|got|secured|commanded|fetched|had)\s+in|at)\s+(?:its|the)\s+(?:\S+\s+(?:million|billion|mn|bn)\s+|\S+[mb]n?\s+)?(?=Series\s|seed\b)/i;

/** The company as a clause names it: "it", "the startup", or a name ("Orrin", "Orrin Labs"). */
const RAISER = String.raw`(?:it|the\s+(?:company|startup|firm)|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})`;
/**
 * "…the $20 billion at which Orrin raised $1 billion in a Series C", "…the $3 billion Orrin
 * was valued at when it raised $400 million in a Series B": the figure, then the round it priced.
 */
const AT_WHICH_RAISED = new RegExp(
  String.raw`^\s*(?:at\s+which|${RAISER}\s+was\s+valued\s+at\s+when)\s+${RAISER}\s+(?:raised|closed)\s+(?:\S+\s+(?:million|billion|mn|bn)\s+|\S+[mb]n?\s+)?in\s+(?:a|an|its|the)\s+(?=Series\s|seed\b)`,
);

/**
 * "valued at $1.2 billion, up from about $300 million when it raised its Series A last year":
 * the old figure is the valuation of the earlier round it names (kept until that round is read).
 */
export function notePastValuations(
  state: State,
  text: string,
  span: TextSpan,
  index: number,
  moneys: MoneyMention[],
  roles: MoneyRole[],
) {
  const company = state.about;
  moneys.forEach((m, i) => {
    const role = roles[i];
    const after = text.slice(m.outerEnd);
    const at = AT_PAST_ROUND.exec(after) ?? AT_WHICH_RAISED.exec(after);
    const series = at && findSeries(text.slice(m.outerEnd + at[0].length))[0];
    if (role.kind !== "trap" || role.reason !== "change" || !series || series.start > 0) return;
    const basis = valuationBasis(at[0]);
    const valuation = { value: m.value, currency: m.currency, qualifier: m.qualifier, basis };
    const seriesEnd = m.outerEnd + at[0].length + series.end;
    const announced = dateRightAfter(text, seriesEnd, state.published)?.iso ?? null;
    state.pastValuations.push({ company, series: series.label, valuation, span, index, announced });
  });
}

/** "its previous funding round", "in 2021": a valuation told as an earlier round's. */
export const PAST_VALUATION =
  /\b(?:previous|prior|last|earlier)\s+(?:funding\s+)?round\b|\bin\s+(?:19|20)\d\d\b/i;

/**
 * Gives each earlier round already read the valuation noted for it, and its date when the
 * valuation's passage gives one. A valuation alone does not make a round.
 */
export function applyPastValuations(state: State, merged: RoundMention[]) {
  for (const past of state.pastValuations) {
    // The earlier round of the company whose round the same sentence reports.
    const company =
      state.mentions.find((m) => m.sentence === past.index && m.isCurrentRound)?.company ??
      past.company;
    const round = merged.find(
      (m) => m.company === company && m.series === past.series && !m.isCurrentRound,
    );
    if (!round) continue;
    if (past.announced && round.announced === null) {
      round.announced = past.announced;
      round.spans.announced = [past.span];
    }
    if (round.valuation) continue;
    round.valuation = past.valuation;
    round.spans.valuation = [past.span];
  }
}
