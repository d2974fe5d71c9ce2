/**
 * A company a sentence introduces in apposition ("Parcelwise, which sells AI agents to retailers,
 * cut 60 jobs", "Fernlight, a legal-drafting assistant, let go of 40 people"): in an article that
 * walks through several companies, the next sentence's "it" and "the company" mean that one.
 */
import type { State } from "./article-state";
import type { Company } from "./company";
import { stripLeadIn } from "./lead-in";
import { asName, nameRuns } from "./names";

/** ", a legal-drafting assistant, let" / ", which sells …, cut": an apposition, then a verb. */
const APPOSITION_THEN_VERB = /^,\s+(?:(?:a|an|the)\s|which\s|whose\s)[^,;.]{2,100},\s+[a-z]{2,}\b/;

/** A comma near the sentence's start, then "a", "an", "the", "which" or "whose". */
const OPENING_APPOSITION = /^[^,]{1,80},\s+(?:a|an|the|which|whose)\s/;

/**
 * A chat's question about a company's round ("anyone see Brightwire's raise?"): the answer that
 * follows ("$18M Series A, Lightspeed leading") is that company's round.
 */
const ASKED_ABOUT =
  /(?:^|\s)([A-Z][\w.+&-]*(?:\s+[A-Z][\w.+&-]*){0,2})'s\s+(?:(?:new|latest|big)\s+)?(?:raise|round|funding|fundraise|financing|seed(?:\s+round)?|Series\s+[A-Z]\d?)\?\s*$/;

/**
 * The name a sentence opens on and introduces in apposition, or null.
 *
 * @example
 * introducedName("Fernlight, a legal-drafting assistant, let go of 40 people."); // "Fernlight"
 * introducedName("Fernlight let go of 40 people."); // null
 * introducedName("did you see Fernlight's raise?"); // "Fernlight"
 */
export function introducedName(sentence: string): string | null {
  const asked = ASKED_ABOUT.exec(sentence);
  if (asked) return asName(asked[1]);
  // Most sentences have no comma-then-apposition near their start: skip the name scan for them.
  if (!OPENING_APPOSITION.test(sentence)) return null;
  const text = sentence.slice(stripLeadIn(sentence));
  const run = nameRuns(text)[0];
  if (!run || run.start !== 0) return null;
  if (!APPOSITION_THEN_VERB.test(text.slice(run.end))) return null;
  return asName(run.text);
}

/**
 * The company "it" means in the sentence at `index` when the sentence before (or this one)
 * introduced one in apposition; registered with that sentence as its quote. Null otherwise.
 *
 * @example
 * // after "Fernlight, a legal app, let go of 40 people." (sentence 3), in sentence 4:
 * introducedCompany(state, 4); // the company "Fernlight"
 */
export function introducedCompany(state: State, index: number): Company | null {
  const intro = state.introduced;
  if (!intro || index - intro.index > 1) return null;
  const company = state.registry.add(intro.name);
  if (!state.companySpans.has(company)) state.companySpans.set(company, intro.span);
  return company;
}
