/**
 * A valuation told before the round it comes from: "Tianmu AI is valued at more than $2 billion
 * after its latest funding, people familiar with the matter said. The Beijing-based company
 * raised about 2 billion yuan in a Series B round …". The figure is the reported round's.
 */
import type { State } from "./article-state";
import { companyCue } from "./company";
import type { MoneyMention } from "./money";
import type { MoneyRole } from "./money-role";
import type { RoundMention, TextSpan } from "./round-mention";
import { valuationBasis } from "./valuation-basis";

/** ", after its latest funding", "following the new round": the round the article goes on to tell. */
const AFTER_LATEST_ROUND =
  /^\s*,?\s*(?:after|following|with|in)\s+(?:its|the|a)\s+(?:latest|new|most\s+recent|fresh)\s+(?:(?:funding|financing)\s+)?(?:round|funding|financing|raise|investment)\b/i;

/** How many sentences later the round may be told. */
const REACH = 4;

/**
 * Notes a valuation of a clause with no round of its own, said to follow the latest round, when
 * the article has reported no current round yet.
 *
 * @example
 * // "Tianmu AI is valued at more than $2 billion after its latest funding."
 * noteValuationAhead(state, text, span, 1, moneys, roles); // state.valuationsAhead gains one
 */
export function noteValuationAhead(
  state: State,
  text: string,
  span: TextSpan,
  index: number,
  moneys: MoneyMention[],
  roles: MoneyRole[],
): void {
  if (roles.some((r) => r.kind === "round")) return;
  if (state.mentions.some((m) => m.isCurrentRound)) return;
  moneys.forEach((m, i) => {
    const after = text.slice(m.outerEnd);
    if (roles[i].kind !== "valuation" || !AFTER_LATEST_ROUND.test(after)) return;
    const cue = companyCue(text, m.start);
    state.valuationsAhead.push({
      name: cue.kind === "name" ? cue.name : null,
      valuation: {
        value: m.value,
        currency: m.currency,
        qualifier: m.qualifier,
        basis: valuationBasis(after.slice(0, 80)),
      },
      span,
      index,
    });
  });
}

/**
 * Gives each noted valuation to the first current round, with none, told soon after it.
 *
 * @example
 * // noted in sentence 1; the Series B of the same company is reported in sentence 2
 * applyValuationsAhead(state, merged); // that Series B's valuation is the noted one
 */
export function applyValuationsAhead(state: State, merged: RoundMention[]): void {
  for (const ahead of state.valuationsAhead) {
    const company = ahead.name === null ? null : state.registry.find(ahead.name);
    const round = merged.find(
      (m) =>
        m.isCurrentRound &&
        m.valuation === null &&
        m.sentence > ahead.index &&
        m.sentence - ahead.index <= REACH &&
        (company === null || m.company === company),
    );
    if (!round) continue;
    round.valuation = ahead.valuation;
    round.spans.valuation = [ahead.span];
  }
}
