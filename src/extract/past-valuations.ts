/**
 * Valuations of earlier rounds: "up from about $300 million when it raised its Series A" is kept
 * for that round, and "valued at $2 billion in its previous round" does not price the new one.
 */
import type { State } from "./article-state";
import { dateRightAfter } from "./earlier-rounds";
import type { MoneyMention } from "./money";
import type { MoneyRole } from "./money-role";
import type { TextSpan } from "./round-mention";
import { findSeries } from "./series";

/** "…when it raised its Series A", "…it was valued at in its $120 million Series B". */
const AT_PAST_ROUND =
  /^\s*(?:when\s+(?:it|the\s+(?:company|startup|firm))\s+(?:raised|closed)|(?:it\s+)?(?:was\s+)?(?:valued|commanded|fetched)\s+(?:at\s+)?in|at)\s+(?:its|the)\s+(?:\S+\s+(?:million|billion|mn|bn)\s+|\S+[mb]n?\s+)?(?=Series\s|seed\b)/i;

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
    const at = AT_PAST_ROUND.exec(text.slice(m.outerEnd));
    const series = at && findSeries(text.slice(m.outerEnd + at[0].length))[0];
    if (role.kind !== "trap" || role.reason !== "change" || !series || series.start > 0) return;
    const valuation = { value: m.value, currency: m.currency, qualifier: m.qualifier, basis: null };
    const seriesEnd = m.outerEnd + at[0].length + series.end;
    const announced = dateRightAfter(text, seriesEnd, state.published)?.iso ?? null;
    state.pastValuations.push({ company, series: series.label, valuation, span, index, announced });
  });
}

/** "its previous funding round", "in 2021": a valuation told as an earlier round's. */
export const PAST_VALUATION =
  /\b(?:previous|prior|last|earlier)\s+(?:funding\s+)?round\b|\bin\s+(?:19|20)\d\d\b/i;
