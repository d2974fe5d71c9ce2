/**
 * Investors a clause names by its phrasing rather than beside a figure: an investor as a
 * sentence's subject ("Sequoia Capital India has been busy") who is then "the firm" that led a
 * round, and "Airtree, which led Koala's Series A in 2020, also invested" joining the new round.
 */
import type { State } from "./article-state";
import { findInvestors, INVESTOR_ASIDE, withoutInvestorAsides } from "./investors";
import type { Anchor } from "./round-anchors";
import { addInvestors, type TextSpan } from "./round-mention";

/** "Sequoia Capital India has been busy": an investor as a sentence's subject. */
export const INVESTOR_SUBJECT =
  /^((?:[A-Z][\w.&'-]*\s+){0,4}(?:Capital|Ventures|Partners|Investments|Management|Fund|VC)(?:\s+[A-Z][\w.&'-]*){0,2})(?:,\s+(?:one\s+of|a|an|the)\s+[^,;.]{0,120},)?\s+(?:today\s+)?(?:has|have|had|is|was|said|says|announced|announces|led|co-led|invested|backed|joined)\b/;
/** "The firm led a $20 million Series A": the investor last named, in an investor's place. */
export const THE_FIRM =
  /\b[Tt]he\s+(?:firm|fund|investor|VC\s+firm|venture\s+firm)(?=\s+(?:also\s+)?(?:led|co-led|participated|invested|joined)\b)|(?<=^\s*(?:in\s+\w+\s+)?|,\s|\band\s(?:in\s+\w+\s+)?|\b(?:announced|said)\s+that\s)\b[Ii]t(?=\s+(?:also\s+)?(?:has\s+)?(?:led|co-led)\s+(?:a|an|the)\s)/g;

/**
 * "Airtree Ventures, which led Koala's A$9 million Series A in 2020, also invested": the aside
 * gave the earlier round; the clause around it says who joined the round the article reports.
 */
export function joinFromAside(state: State, text: string, span: TextSpan, anchors: Anchor[]) {
  const asides = [...text.matchAll(INVESTOR_ASIDE)];
  const inAside = (at: number) =>
    asides.some((a) => at > (a.index ?? 0) && at < (a.index ?? 0) + a[0].length);
  if (anchors.length === 0 || !anchors.every((a) => inAside(a.at))) return;
  const earlier = state.mentions[state.mentions.length - 1];
  const current = [...state.mentions]
    .reverse()
    .find((m) => m.isCurrentRound && m !== earlier && m.company === earlier?.company);
  if (!current) return;
  const found = findInvestors(withoutInvestorAsides(text), true);
  addInvestors(current, "leads", found.leads, span);
  addInvestors(current, "participants", found.participants, span);
}
