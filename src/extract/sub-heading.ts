/**
 * A round-up's sub-heading: a company's name on a line of its own, with a blank line above and
 * below, over the paragraph about its round ("Tessellate AI" over "The San Jose-based designer of
 * inference accelerators raised a $250 million Series C …").
 */
import { asName, nameRuns } from "./names";

/** A sentence: its [start, end) in the normalised text and its text. */
interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The company name `sentence` gives as a sub-heading, or null. The article's first two lines
 * (a title, a byline) are never sub-headings.
 *
 * @example
 * subHeadingName({ start: 20, end: 33, text: "Tessellate AI" }, 2, "Title\n\nBy Jane Doe\n\nTessellate AI\n\nThe startup raised $5M.")
 * // "Tessellate AI"
 */
export function subHeadingName(sentence: SentenceSpan, index: number, text: string): string | null {
  if (index < 2) return null;
  const line = sentence.text.trim();
  if (/[.!?:;,]["')]*$/.test(line) || line.split(/\s+/).length > 5) return null;
  if (!/\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, sentence.start - 40), sentence.start)))
    return null;
  if (!/^[ \t]*\n[ \t]*\n/.test(text.slice(sentence.end, sentence.end + 40))) return null;
  const runs = nameRuns(line);
  // "Maven Women's Health": one name, though a possessive splits it into two runs.
  const whole = runs.length > 0 && runs[0].start === 0 && runs[runs.length - 1].end === line.length;
  const joined = runs.every(
    (r, i) => i === 0 || /^'s\s+$/.test(line.slice(runs[i - 1].end, r.start)),
  );
  return whole && joined ? asName(line) : null;
}
