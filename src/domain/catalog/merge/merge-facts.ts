/**
 * Folding a newer record into an entity: for every fact the newer source's answer wins, and an
 * older fact that says something else is kept beside it as a dispute, never dropped.
 */
import { COMPANY_FACT_KEYS, type SourceRef } from "../entities";

type Mutable = Record<string, unknown> & { sources: readonly SourceRef[] };

/** The facts each kind of record merges (a newer source's answers, an older one's kept apart). */
const FACT_KEYS_OF: Record<string, readonly string[]> = {
  company: COMPANY_FACT_KEYS,
  investor: ["description", "affiliateOf"],
  person: [],
};

/** The lists each kind of record adds to, not replaces (besides its aliases). */
export const LISTS_OF: Record<string, readonly string[]> = {
  company: ["notes", "partners"],
  person: ["roles", "statements"],
};

/**
 * Folds a newer record of `kind` into an entity: its new names (`aliases`) added, facts merged,
 * lists appended to. The entity's lists are its own (copied when it was made): appended to in place.
 * @example mergeEntity(megvii, faceppRecord, "company", ["Face++"], reuters) // megvii.aliases ends with "Face++"
 */
export function mergeEntity(
  entity: { sources: readonly SourceRef[] },
  record: object,
  kind: string,
  aliases: readonly string[] | undefined,
  source: SourceRef,
): void {
  const target = entity as unknown as Mutable;
  const incoming = record as unknown as Mutable;
  if (aliases) appendTo(target, "aliases", aliases);
  for (const list of LISTS_OF[kind] ?? []) {
    const items = incoming[list];
    // An empty list adds nothing to a list the entity has, but is kept where it has none.
    if (Array.isArray(items) && (items.length > 0 || target[list] === undefined)) {
      appendTo(target, list, items);
    }
  }
  if (kind === "company" && incoming.ceo !== undefined) target.ceo = incoming.ceo;
  mergeFacts(target, incoming, FACT_KEYS_OF[kind] ?? [], source);
}

function appendTo(target: Mutable, list: string, items: readonly unknown[]): void {
  const current = target[list];
  if (Array.isArray(current)) for (const item of items) current.push(item);
  else target[list] = [...items];
}

/**
 * For each fact key: the newer record's fact answers when it has one; an older fact whose value
 * differs is kept in `disputes`. `source` (the newer record's) is added to the entity's sources.
 * @example mergeFacts(round, newerReport, ["amount"], reuters) // round.disputes.amount: [the older amount]
 */
export function mergeFacts(
  older: object,
  newer: object,
  keys: readonly string[],
  source: SourceRef,
): void {
  const target = older as Mutable & { disputes?: Record<string, unknown[]> };
  const incoming = newer as Record<string, unknown>;
  for (const key of keys) {
    const next = incoming[key];
    if (next === undefined) continue;
    const previous = target[key];
    if (previous !== undefined && !sameStatement(previous, next) && target.disputes) {
      (target.disputes[key] ??= []).push(previous);
    }
    target[key] = next;
  }
  if (!hasSource(target, source)) (target.sources as SourceRef[]).push(source);
}

/**
 * Whether `source` already gave this entity a record. Sources are merged one at a time and each
 * appends itself last, so only the last source needs a look (not a scan of every source).
 */
function hasSource(entity: { sources: readonly SourceRef[] }, source: SourceRef): boolean {
  return entity.sources[entity.sources.length - 1]?.id === source.id;
}

/** Where a fact was found, as opposed to what it states. */
const PROVENANCE_KEYS = new Set(["quote", "inferred", "enteredByAnalyst", "source", "complete"]);

/** Whether two facts state the same thing, wherever they were found: then the sources agree. */
function sameStatement(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return a === b;
  const fieldsA = a as Record<string, unknown>;
  const fieldsB = b as Record<string, unknown>;
  let stated = 0;
  for (const key in fieldsA) {
    if (PROVENANCE_KEYS.has(key)) continue;
    if (!(key in fieldsB) || !sameValue(fieldsA[key], fieldsB[key])) return false;
    stated += 1;
  }
  for (const key in fieldsB) if (!PROVENANCE_KEYS.has(key)) stated -= 1;
  return stated === 0;
}

/** Structural equality of a stated value (a number, a string, a list of names). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const keys = Object.keys(a);
    const fieldsA = a as Record<string, unknown>;
    const fieldsB = b as Record<string, unknown>;
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => key in fieldsB && sameValue(fieldsA[key], fieldsB[key]))
    );
  }
  return a === b;
}

/**
 * `id`, or `id-2`, `id-3`… : the first not yet `taken`.
 * @example freeId("sensetime", new Set(["sensetime"])) // "sensetime-2"
 */
export function freeId(id: string, taken: { has(id: string): boolean }): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}
