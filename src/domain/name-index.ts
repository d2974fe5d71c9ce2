import { distance } from "fastest-levenshtein";
import { normalizeName } from "./normalize-name";

export type Named = { id: string; name: string; legalName: string; aliases: readonly string[] };

/** Looks entities up by any of their names, in any common spelling; built once at load. */
export type NameIndex<T extends Named> = {
  /** The entity a name denotes, or undefined. */
  find(name: string): T | undefined;
  /** Up to three display names close to a name that matched nothing, closest first. */
  suggest(name: string): string[];
  /** Every entity, in dataset order. */
  all: readonly T[];
  /** Their display names, in the same order. */
  names: readonly string[];
};

const MAX_SUGGESTIONS = 3;
const MIN_PREFIX = 3;
const MAX_REMEMBERED = 1024;

/**
 * Indexes `entities` by the normalised forms of their name, legal name and aliases.
 * Throws when two entities share a key: the dataset would be ambiguous.
 * @example
 * const index = buildNameIndex(dataset.companies);
 * index.find("sense-time")?.id // "sensetime"
 * index.suggest("SenseTme")    // ["SenseTime"]
 */
export function buildNameIndex<T extends Named>(entities: readonly T[]): NameIndex<T> {
  const byKey = new Map<string, T>();
  for (const entity of entities) {
    for (const name of [entity.name, entity.legalName, ...entity.aliases]) {
      const key = normalizeName(name);
      const owner = byKey.get(key);
      if (owner && owner !== entity) {
        throw new Error(`Name '${name}' of ${entity.id} is also a name of ${owner.id}`);
      }
      byKey.set(key, entity);
    }
  }
  const keys = [...byKey.keys()];
  // Recalculation asks the same few names thousands of times: remember what each input denoted.
  const seen = new Map<string, T | undefined>();

  return {
    all: entities,
    names: entities.map((entity) => entity.name),
    find(name) {
      if (seen.has(name)) return seen.get(name);
      const found = byKey.get(normalizeName(name));
      if (seen.size < MAX_REMEMBERED) seen.set(name, found);
      return found;
    },
    suggest(name) {
      const query = normalizeName(name);
      if (query.length === 0) return [];
      const tolerance = Math.max(1, Math.floor(query.length / 4));
      const ranked = keys
        .map((key) => ({ key, score: closeness(query, key, tolerance) }))
        .filter(({ score }) => score <= tolerance)
        .sort((a, b) => a.score - b.score);
      const names = ranked.map(({ key }) => (byKey.get(key) as T).name);
      return [...new Set(names)].slice(0, MAX_SUGGESTIONS);
    },
  };
}

/** 0 for a prefix of a name, else the edit distance; skips the distance when lengths rule it out. */
function closeness(query: string, key: string, tolerance: number): number {
  if (query.length >= MIN_PREFIX && key.startsWith(query)) return 0;
  if (Math.abs(query.length - key.length) > tolerance) return Infinity;
  return distance(query, key);
}
