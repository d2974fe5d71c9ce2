/**
 * "As per our estimates, Acme has been valued at around $60 million post-money", a few paragraphs
 * after Acme's round, with nothing reported in between: the valuation of that round.
 */
import type { State } from "./article-state";
import type { CompanyCue } from "./company";
import type { MoneyRole } from "./money-role";
import type { RoundMention } from "./round-mention";

/** The company itself is the subject valued: "Acme has been valued at", "Acme is now valued at". */
const SUBJECT_VALUED =
  /\b(?:has\s+been|had\s+been|is|was|is\s+now|now)\s+(?:(?:now|currently|reportedly)\s+)?valued\s+at\b/i;
/** How many sentences after its round such a valuation may come. */
const REACH = 8;

/**
 * The reported round a clause's valuation belongs to when the clause names that round's company as
 * the one valued and no other round was told since; undefined otherwise.
 *
 * @example
 * // "Acme raised $5M in a Series A led by Foo. … (four sentences) … Acme has been valued at $40M."
 * valuedSubjectRound(state, "Acme has been valued at $40M.", { kind: "name", name: "Acme" }, roles, 5)
 * // the Series A mention
 */
export function valuedSubjectRound(
  state: State,
  text: string,
  cue: CompanyCue,
  roles: MoneyRole[],
  index: number,
): RoundMention | undefined {
  const latest = state.mentions[state.mentions.length - 1];
  if (!latest?.isCurrentRound || index - latest.sentence > REACH) return undefined;
  if (!roles.some((r) => r.kind === "valuation") || !SUBJECT_VALUED.test(text)) return undefined;
  if (cue.kind !== "name" || state.registry.find(cue.name) !== latest.company) return undefined;
  return latest;
}
