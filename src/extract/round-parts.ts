/**
 * A figure that is one part of a round: a first close or a tranche, the equity part of a raise
 * that also took debt, or one investor's share of "a $590 million Series C round".
 */
import type { State } from "./article-state";
import type { RoundMention, TextSpan } from "./round-mention";

/** "a first close of $30 million", "The final close added $15 million": one step of a round. */
export const CLOSE_PART =
  /\b(?:first|initial|second|third|fourth|subsequent|final|last|latest)\s+close\s+(?:of|added|adds|brought\s+in|brings\s+in|raised|worth)\s+(?:(?:another|a\s+further|an\s+additional)\s+)?$/i;
/** "a first tranche of $40 million, which was funded at closing": one tranche of a round. */
export const TRANCHE_PART =
  /\b(?:first|initial|second|third|final|last|next|later|subsequent)\s+tranche\s+(?:of|worth|totall?ing)\s+(?:[a-z]+\s+){0,2}$/i;
/** "held the final close of its Series A at $45 million": the whole of a round closed in steps. */
export const CLOSE_TOTAL =
  /\b(?:final|last)\s+close\s+of\s+(?:its|the|a)\s+[^.;$€£¥₹]{0,40}?\bat\s+$/i;

/** "Of the total, 6.5 billion yen is equity and the rest debt": the round's own part. */
export const EQUITY_PART = /^\s*(?:is|was|came\s+(?:as|in))\s+(?:in\s+)?(?:new\s+)?equity\b/i;

/**
 * "…has raised 8 billion yen ($53 million) in a Series B round … Of the total, 6.5 billion yen is
 * equity": the round just reported is the equity part; its dollar figure was the whole's.
 */
export function equityPart(state: State, part: RoundMention, span: TextSpan) {
  const amount = part.amount;
  const whole = [...state.mentions]
    .reverse()
    .find(
      (m) =>
        m.company === part.company &&
        m.isCurrentRound &&
        part.sentence - m.sentence <= 3 &&
        amount !== null &&
        m.amount?.currency === amount.currency &&
        m.amount.value > amount.value,
    );
  if (!whole || !amount) return;
  // The title's "raises 8 billion yen" is the same round.
  const was = whole.amount;
  for (const m of [...state.mentions, ...state.pending.map((p) => p.mention)]) {
    if (m.amount?.value !== was?.value || m.amount?.currency !== was?.currency) continue;
    if (m.company !== whole.company && !m.fromTitle) continue;
    m.amount = amount;
    m.amountUsd = null;
    delete m.spans.amountUsd;
  }
  whole.spans.amount = [...(whole.spans.amount ?? []), span];
}

/** "… is part of a $590 million Series C round": the figure before was one investor's part. */
export const PART_OF = /\b(?:is|was|as|forms?|formed)\s+part\s+of\s+(?:a|an|the|its)\s+$/i;

/**
 * "Toyota … would invest $394 million in Linehaul AI. The investment … is part of a $590 million
 * Series C round": the earlier figure was Toyota's part, so the round keeps only the whole.
 */
export function dropShareAmount(state: State, whole: RoundMention) {
  const total = whole.amount;
  if (!total) return;
  // The headline and the first sentence may both give the part.
  for (const part of state.mentions) {
    if (
      part === whole ||
      part.company !== whole.company ||
      !part.isCurrentRound ||
      whole.sentence - part.sentence > 2 ||
      part.amount === null ||
      part.amount.currency !== total.currency ||
      part.amount.value >= total.value
    )
      continue;
    part.amount = null;
    part.amountUsd = null;
    delete part.spans.amount;
    delete part.spans.amountUsd;
  }
}
