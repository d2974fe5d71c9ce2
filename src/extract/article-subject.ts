/**
 * The company an article is about before any round names one: the name that most often opens a
 * sentence as its subject ("Stackyard thinks …", "Verdant, a Mexico City-based startup, …").
 */
import { describedName } from "./described-subject";
import { stripLeadIn } from "./lead-in";
import { asName, nameRuns, squashName } from "./names";

/**
 * ", a Mexico City-based startup, installs", ", a Suzhou-based maker of lidar sensors, has": a
 * description of the company, then its verb.
 */
const APPOSED_COMPANY =
  /^,\s+(?:a|an)\s+[^,;.]{0,60}?\b(?:company|startup|start-up|firm|maker|developer|designer|manufacturer|operator|provider|platform)(?:\s+(?:of|for|behind)\s+[^,;.]{1,60})?\s*,\s+[a-z]{2,}/;

/** A sentence: its [start, end) in the normalised text and its text. */
interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The company an article is about when no round has named one yet: the name that most often
 * opens a sentence as its subject ("Stackyard thinks …", "Stackyard went …"), at least twice and
 * more often than any other; null when no name stands out. "Now, the startup has raised …" then
 * refers to it. Returns the name and the first sentence that names it (for the quote).
 *
 * @example
 * articleSubject([{ start: 0, end: 18, text: "Acme builds tools." }, { start: 19, end: 39, text: "Acme plans to grow." }])
 * // { name: "Acme", start: 0, end: 18 }
 */
export function articleSubject(
  sentences: SentenceSpan[],
): { name: string; start: number; end: number } | null {
  const counts = new Map<string, { name: string; count: number; first: SentenceSpan }>();
  for (const sentence of sentences) {
    // An interviewer's question ("How much did you raise?") names no subject.
    if (/\?["')]*$/.test(sentence.text)) continue;
    const text = sentence.text.slice(stripLeadIn(sentence.text));
    const run = nameRuns(text)[0];
    const rest = run ? text.slice(run.end) : "";
    // "Verdant, a Mexico City-based startup, installs …": a company introduced in apposition
    // counts as two openings.
    // "Chinese large language model developer Tianmu AI is valued …": introduced by a
    // description before the name, which also counts as two openings.
    const described = describedName(text);
    const introduced = described !== null || APPOSED_COMPANY.test(rest);
    if (
      !described &&
      (!run || run.start !== 0 || (!/^\s+(?!and\b|or\b)[a-z]{2,}/.test(rest) && !introduced))
    )
      continue;
    const name = described ?? (run ? asName(run.text) : null);
    if (!name) continue;
    const key = squashName(name);
    const seen = counts.get(key) ?? { name, count: 0, first: sentence };
    seen.count += introduced ? 2 : 1;
    counts.set(key, seen);
  }
  mergeShortNames(counts);
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const [top, next] = ranked;
  if (!top || top.count < 2 || (next && next.count === top.count)) return null;
  return { name: top.name, start: top.first.start, end: top.first.end };
}

/**
 * "Korvo Labs launches …" and "Korvo is training …": a one-word name that opens a sentence is the
 * company the longer names starting with it also call it, so their openings count for it.
 *
 * @example
 * // counts { korvolabs: 2, korvo: 2 } become { korvo: 4 }
 */
function mergeShortNames(counts: Map<string, { name: string; count: number }>): void {
  for (const short of counts.values()) {
    if (/\s/.test(short.name)) continue;
    for (const [key, long] of [...counts]) {
      if (!long.name.startsWith(`${short.name} `)) continue;
      short.count += long.count;
      counts.delete(key);
    }
  }
}
