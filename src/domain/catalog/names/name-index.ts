import { distance } from "fastest-levenshtein";
import { normalizeName } from "./normalize-name";

export type Named = { id: string; name: string; legalName: string; aliases: readonly string[] };

/** Looks entities up by any of their names, in any common spelling; built with the catalog. */
export type NameIndex<T extends Named> = {
  /** The entity a name denotes, or undefined (also when the name is ambiguous). */
  find(name: string): T | undefined;
  /** The entities an ambiguous name denotes (two or more), else an empty list. */
  candidates(name: string): readonly T[];
  /** Up to three display names close to a name that matched nothing, closest first. */
  suggest(name: string): string[];
  /** The names shared by several entities, each with those entities. */
  ambiguous: ReadonlyMap<string, readonly T[]>;
  /** Every entity, in catalog order. */
  all: readonly T[];
  /** Their display names, in the same order. */
  names: readonly string[];
};

const MAX_SUGGESTIONS = 3;
const MIN_PREFIX = 3;
const MAX_REMEMBERED = 1024;

/**
 * Entities known by their names before they are made (a merge settles names long before anyone
 * asks for the entity): the name index reads names, and makes only the entities it answers with.
 */
export type EntityList<T> = {
  readonly length: number;
  /** The display name of entity `index`. */
  nameOf(index: number): string;
  /** Its normalised names (each once; an empty one is skipped), in the order they were given. */
  keysOf(index: number): Iterable<string>;
  /** Entity `index`, made on first ask. */
  at(index: number): T;
};

/**
 * Indexes `entities` by the normalised forms of their name, legal name and aliases. A name two
 * entities share is not an error: it is kept aside as ambiguous, and a lookup by it answers both.
 * Suggestions are found through a bigram index, built at the first miss, so a miss costs about the
 * same at 10 names as at 10,000.
 * @example
 * const index = buildNameIndex(catalog.companies.all);
 * index.find("sense-time")?.id // "sensetime"
 * index.suggest("SenseTme")    // ["SenseTime"]
 */
export function buildNameIndex<T extends Named>(entities: readonly T[]): NameIndex<T> {
  return indexNames({
    length: entities.length,
    nameOf: (index) => entities[index].name,
    keysOf: (index) => {
      const { name, legalName, aliases } = entities[index];
      return [name, legalName, ...aliases].map(normalizeName);
    },
    at: (index) => entities[index],
  });
}

/**
 * `buildNameIndex` over entities made on first ask: an entity is made when a lookup answers with
 * it (or when `all` is read).
 * @example indexNames(merged.companies).find("Face++")?.id // "megvii" (made now)
 */
export function indexNames<T extends Named>(entities: EntityList<T>): NameIndex<T> {
  // Most keys name one entity: a list is made only for a key that names several. `keys` keeps
  // every key in the order first seen, the order of suggestions and of ambiguous names.
  const byKey = new Map<string, number>();
  const shared = new Map<string, number[]>();
  const keys: string[] = [];
  for (let entity = 0; entity < entities.length; entity++) {
    for (const key of entities.keysOf(entity)) {
      if (key.length === 0) continue;
      const owner = byKey.get(key);
      if (owner === undefined) {
        const owners = shared.get(key);
        if (owners === undefined) {
          byKey.set(key, entity);
          keys.push(key);
        } else if (!owners.includes(entity)) owners.push(entity);
      } else if (owner !== entity) {
        byKey.delete(key);
        shared.set(key, [owner, entity]);
      }
    }
  }
  const made = (owners: readonly number[]) => owners.map((owner) => entities.at(owner));
  const ambiguous = new Map<string, readonly T[]>();
  if (shared.size > 0) {
    for (const key of keys) {
      const owners = shared.get(key);
      if (owners) ambiguous.set(key, made(owners));
    }
  }
  const ownersOf = (key: string): readonly number[] => {
    const owner = byKey.get(key);
    return owner === undefined ? (shared.get(key) ?? []) : [owner];
  };
  // Built at the first miss: most catalogs answer many lookups before one misses, if ever.
  let suggester: ((query: string) => string[]) | undefined;
  // Recalculation asks the same few names thousands of times: remember what each input denoted.
  const seen = new Map<string, number | undefined>();
  let all: readonly T[] | undefined;
  let names: readonly string[] | undefined;

  return {
    get all() {
      return (all ??= Array.from({ length: entities.length }, (_, i) => entities.at(i)));
    },
    get names() {
      return (names ??= Array.from({ length: entities.length }, (_, i) => entities.nameOf(i)));
    },
    ambiguous,
    find(name) {
      let found = seen.get(name);
      if (found === undefined && !seen.has(name)) {
        found = byKey.get(normalizeName(name));
        if (seen.size < MAX_REMEMBERED) seen.set(name, found);
      }
      return found === undefined ? undefined : entities.at(found);
    },
    candidates(name) {
      return ambiguous.get(normalizeName(name)) ?? [];
    },
    suggest(name) {
      suggester ??= buildSuggester(keys);
      const close = suggester(normalizeName(name));
      const names = close.flatMap((key) => ownersOf(key).map((owner) => entities.nameOf(owner)));
      return [...new Set(names)].slice(0, MAX_SUGGESTIONS);
    },
  };
}

/**
 * Keys within `tolerance` edits of a query (or starting with it), closest first. An edit changes at
 * most two bigrams, so a key within `t` edits shares at least `bigrams(query) - 2t` of the query's
 * bigrams: only keys reaching that count are compared letter by letter.
 */
function buildSuggester(keys: readonly string[]): (query: string) => string[] {
  const postings = new Map<string, number[]>();
  keys.forEach((key, index) => {
    for (const gram of distinctBigrams(key)) {
      const list = postings.get(gram);
      if (list) list.push(index);
      else postings.set(gram, [index]);
    }
  });
  const sorted = keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  // One counter per key, reused by every query (and reset after it): no allocation per miss.
  const counts = new Uint16Array(keys.length);
  return (query) => {
    if (query.length === 0) return [];
    const tolerance = Math.max(1, Math.floor(query.length / 4));
    const scored = new Map<number, number>();
    if (query.length >= MIN_PREFIX) {
      for (const index of withPrefix(sorted, query)) scored.set(index, 0);
    }
    const grams = distinctBigrams(query);
    const needed = grams.length - 2 * tolerance;
    const candidates =
      needed > 0 ? sharingBigrams(postings, grams, needed, counts) : keys.map((_, index) => index);
    for (const index of candidates) {
      if (scored.has(index)) continue;
      const key = keys[index];
      if (Math.abs(query.length - key.length) > tolerance) continue;
      const score = distance(query, key);
      if (score <= tolerance) scored.set(index, score);
    }
    return [...scored.entries()]
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, MAX_SUGGESTIONS * 2)
      .map(([index]) => keys[index]);
  };
}

/** The distinct pairs of adjacent characters of a key, in order ("abab" → ["ab", "ba"]). */
function distinctBigrams(key: string): string[] {
  const grams = new Set<string>();
  let previous = "";
  for (const char of key) {
    if (previous !== "") grams.add(previous + char);
    previous = char;
  }
  return [...grams];
}

/** Indexes of keys sharing at least `needed` of the query's bigrams; leaves `counts` zeroed. */
function sharingBigrams(
  postings: ReadonlyMap<string, readonly number[]>,
  grams: readonly string[],
  needed: number,
  counts: Uint16Array,
): number[] {
  const touched: number[] = [];
  for (const gram of grams) {
    for (const index of postings.get(gram) ?? []) {
      if (counts[index] === 0) touched.push(index);
      counts[index] += 1;
    }
  }
  const found = touched.filter((index) => counts[index] >= needed);
  for (const index of touched) counts[index] = 0;
  return found;
}

/** Indexes of the keys starting with `prefix` (binary search in the sorted keys), at most a few. */
function withPrefix(sorted: readonly { key: string; index: number }[], prefix: string): number[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].key < prefix) low = mid + 1;
    else high = mid;
  }
  const found: number[] = [];
  for (let i = low; i < sorted.length && found.length < MAX_SUGGESTIONS * 2; i++) {
    if (!sorted[i].key.startsWith(prefix)) break;
    found.push(sorted[i].index);
  }
  return found;
}
