/**
 * A company a sentence opens on through a description written before its name, as wires and
 * Asian tech sites introduce it: "Chinese large language model developer Tianmu AI is valued …",
 * "Shanghai-based AI drug discovery firm Moxin Bio has raised …".
 */
import { asName, nameRuns } from "./names";

/**
 * "Chinese large language model developer ": an optional place or nationality, up to six
 * lowercase (or acronym, or "-based") words, then a noun saying what kind of company follows.
 */
const DESCRIPTION_BEFORE_NAME =
  /^(?:[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?(?:-based)?\s+)?(?:(?:[a-z][\w-]*|[A-Z]{2,}|[A-Z][a-z]+-based)\s+){0,6}?(?:developer|maker|startup|start-up|firm|company|provider|operator|designer|manufacturer|platform|brand|unicorn)\s+/;

/**
 * The name that follows a description opening the sentence and is followed by a lowercase verb,
 * or null.
 *
 * @example
 * describedName("Chinese large language model developer Tianmu AI is valued at $2 billion."); // "Tianmu AI"
 * describedName("Tianmu AI is valued at $2 billion."); // null
 */
export function describedName(sentence: string): string | null {
  const description = DESCRIPTION_BEFORE_NAME.exec(sentence);
  if (!description) return null;
  const at = description[0].length;
  const run = nameRuns(sentence).find((r) => r.start === at);
  if (!run || !/^\s+(?!and\b|or\b)[a-z]{2,}/.test(sentence.slice(run.end))) return null;
  return asName(run.text);
}
