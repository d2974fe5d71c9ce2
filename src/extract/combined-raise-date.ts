/**
 * "Acme has raised $20 million in a mix of equity and debt, the company announced on Tuesday. The
 * equity portion, a $12 million Series A, was led by …": the combined figure is no round, but the
 * day it was announced is the round's, told in the next sentences.
 */
import { findDates } from "./dates";
import type { RoundMention } from "./round-mention";
import type { Span } from "./sentences";

const COMBINED =
  /\b(?:mix|combination|blend)\s+of\s+(?:equity\s+and\s+debt|debt\s+and\s+equity)\b|\bin\s+(?:equity\s+and\s+debt|debt\s+and\s+equity)\b/i;
const ANNOUNCED = /\b(?:said|says|announced|announces|confirmed)\b/i;
/** How many sentences after the combined figure the round may be told. */
const REACH = 2;

/**
 * Dates the undated reported round told just after a sentence that announces an equity-and-debt
 * total on a given day.
 *
 * @example
 * // sentences: "Acme has raised $20 million in a mix of equity and debt, the company said on
 * // Monday." "The equity part, a $12 million Series A, was led by Foo." → the Series A is dated.
 */
export function dateFromCombinedRaise(
  sentences: Span[],
  mentions: RoundMention[],
  published: string,
) {
  sentences.forEach((sentence, index) => {
    if (!COMBINED.test(sentence.text)) return;
    const said = ANNOUNCED.exec(sentence.text);
    const day =
      said &&
      findDates(sentence.text, published).find(
        (d) => d.precision === "day" && d.start > said.index,
      );
    if (!day) return;
    const round = mentions.find(
      (m) =>
        m.isCurrentRound &&
        m.announced === null &&
        m.sentence > index &&
        m.sentence - index <= REACH,
    );
    if (!round) return;
    round.announced = day.iso;
    round.spans.announced = [{ start: sentence.start, end: sentence.end }];
  });
}
