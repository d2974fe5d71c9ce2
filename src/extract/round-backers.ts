/**
 * Two ways Asian deal pages name a round's participants that the main investor patterns miss:
 * "closed an angel round worth tens of millions of yuan, backed by ZhenFund and MiraclePlus",
 * and "Shenzhen Angel FoF, a government guidance fund, also took part".
 */
import { listAt } from "./investor-lists";
import { nameAtEnd } from "./names";

/** ", backed by X and Y" right after a round named in the same clause. */
const ROUND_BACKED_BY =
  /(?<=\b(?:round|financing|funding|investment)\b[^.;]{0,60}),\s+(?:(?:and|which\s+was|that\s+was)\s+)?backed\s+by\s+/gi;

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
  for (const m of clause.matchAll(ROUND_BACKED_BY))
    names.push(...listAt(clause.slice((m.index ?? 0) + m[0].length)));
  for (const m of clause.matchAll(DESCRIBED_THEN_JOINED)) {
    const name = nameAtEnd(m[1]);
    if (name) names.push(name);
  }
  return names;
}
