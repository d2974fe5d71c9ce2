/**
 * Two ways Asian deal pages name a round's participants that the main investor patterns miss:
 * "closed an angel round worth tens of millions of yuan, backed by ZhenFund and MiraclePlus",
 * and "Shenzhen Angel FoF, a government guidance fund, also took part".
 */
import { listAt } from "./investor-lists";
import { nameAtEnd } from "./names";

/** ", backed by X and Y" (found first: it is rare, and cheap to look for) … */
const BACKED_BY = /,\s+(?:(?:and|which\s+was|that\s+was)\s+)?backed\s+by\s+/gi;

/** … right after a round named in the same clause, at most 60 characters before it. */
const ROUND_BEFORE = /\b(?:round|financing|funding|investment)\b[^.;]{0,60}$/i;

/** "X, a government guidance fund, also took part": a name, its description, then the verb. */
const DESCRIBED_THEN_JOINED =
  /([A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|and|&))*),\s+(?:a|an|the)\s+[^,;.]{1,80},\s+(?:also\s+)?(?:took\s+part|participated|joined(?=\s*[.;,]|\s+the\s+(?:round|financing|deal))|invested|followed\s+on)\b/g;

/**
 * Participants named by ", backed by …" after a round, or before a description and "also took
 * part".
 *
 * @example
 * roundBackers("Feiyu closed an angel round, backed by ZhenFund and MiraclePlus.") // ["ZhenFund", "MiraclePlus"]
 * roundBackers("Shenzhen Angel FoF, a government guidance fund, also took part.") // ["Shenzhen Angel FoF"]
 */
export function roundBackers(clause: string): string[] {
  const names: string[] = [];
  for (const m of clause.matchAll(BACKED_BY)) {
    const at = m.index ?? 0;
    // Read well before the 70 characters the round's word may take, so its start is a real one.
    if (!ROUND_BEFORE.test(clause.slice(Math.max(0, at - 200), at))) continue;
    names.push(...listAt(clause.slice(at + m[0].length)));
  }
  for (const m of clause.matchAll(DESCRIBED_THEN_JOINED)) {
    const name = nameAtEnd(m[1]);
    if (name) names.push(name);
  }
  return names;
}
