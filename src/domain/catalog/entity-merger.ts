/**
 * Merging records of one kind across sources: an entity is every record that shares a normalised
 * name or alias with it (from other sources); its facts are merged the newest source first, with
 * the differing older facts kept as disputes.
 */
import type { SourceIssue } from "../../data/validate-source";
import { COMPANY_FACT_KEYS, type SourceRef } from "./entities";
import { normalizeName } from "./normalize-name";

type Named = { id: string; name: string };

/**
 * An entity under construction, with what the merge asks of it on every record: its normalised
 * names, and the last source that gave it a record (sources are merged one at a time, each
 * appending itself, so "has this source already given a record" needs only this).
 */
type Slot<T> = { entity: T; keys: Set<string>; lastSource: string };

/**
 * Merges records (`R`) of one kind across sources, by any shared normalised name, into entities
 * (`T`, made from a record by `entityOf`).
 */
export class EntityMerger<R extends Named, T extends R & { sources: readonly SourceRef[] }> {
  readonly all: T[] = [];
  private readonly byKey = new Map<string, Slot<T>[]>();
  /** Source id → local id → entity. */
  private readonly local = new Map<string, Map<string, T>>();
  private readonly ids = new Set<string>();
  private readonly bySource = new Map<string, T[]>();
  /** The lists of this kind of record that grow as sources merge in. */
  private readonly lists: readonly string[];

  constructor(
    private readonly kind: string,
    private readonly issues: SourceIssue[],
    private readonly entityOf: (record: R) => T,
  ) {
    this.lists = ["aliases", ...(LISTS_OF[kind] ?? [])];
  }

  /**
   * Adds a record of `source`: merged into the one entity it names, or a new entity. The record is
   * not changed.
   */
  add(source: SourceRef, record: R, where: () => string): void {
    const localId = record.id;
    const names = namesOf(record);
    const nameKeys = names.map(normalizeName);
    const keys = nameKeys.filter((key, i) => key.length > 0 && nameKeys.indexOf(key) === i);
    // The entities these names already denote, other than this source's own records.
    let found: Slot<T> | undefined;
    let others: Slot<T>[] | undefined;
    for (const key of keys) {
      const owners = this.byKey.get(key);
      if (owners === undefined) continue;
      for (const slot of owners) {
        if (slot.lastSource === source.id || slot === found) continue;
        if (found === undefined) found = slot;
        else if (!others?.includes(slot)) (others ??= []).push(slot);
      }
    }
    if (found && others) {
      const names = [found, ...others].map((m) => m.entity.name).join(" and ");
      const record = where();
      this.issues.push({
        source: source.id,
        record,
        path: `${record}.name`,
        message: `its names match more than one ${this.kind} (${names}); set aside`,
      });
      return;
    }
    const slot = found ?? this.create(record, keys, source);
    const entity = slot.entity;
    if (found) {
      mergeEntity(entity, record, names, nameKeys, this.kind, found.keys, source);
      found.lastSource = source.id;
    }
    const local = this.local.get(source.id);
    if (local) local.set(localId, entity);
    else this.local.set(source.id, new Map([[localId, entity]]));
    // Two records of one source never merge into one entity, so each entity is listed once.
    const touched = this.bySource.get(source.id);
    if (touched) touched.push(entity);
    else this.bySource.set(source.id, [entity]);
    for (const key of keys) {
      const owners = this.byKey.get(key);
      if (!owners) this.byKey.set(key, [slot]);
      else if (!owners.includes(slot)) owners.push(slot);
    }
  }

  /** The merged id of a source's local id. */
  idOf(source: SourceRef, local: string): string | undefined {
    return this.local.get(source.id)?.get(local)?.id;
  }

  /** The merged entities a source contributed to. */
  fromSource(source: SourceRef): readonly T[] {
    return this.bySource.get(source.id) ?? [];
  }

  private create(record: R, keys: readonly string[], source: SourceRef): Slot<T> {
    const entity = this.entityOf(record);
    entity.id = uniqueId(record.id, this.ids);
    entity.sources = [source];
    // Its lists grow as later sources merge in: copies, so the source documents never change.
    const fields = entity as unknown as Mutable;
    for (const list of this.lists) {
      const items = fields[list];
      if (Array.isArray(items)) fields[list] = [...(items as unknown[])];
    }
    this.all.push(entity);
    return { entity, keys: new Set(keys), lastSource: source.id };
  }
}

/**
 * Whether `source` already gave this entity a record. Sources are merged one at a time and each
 * appends itself last, so only the last source needs a look (not a scan of every source).
 */
function hasSource(entity: { sources: readonly SourceRef[] }, source: SourceRef): boolean {
  return entity.sources[entity.sources.length - 1]?.id === source.id;
}

function namesOf(record: object): string[] {
  const fields = record as { name?: string; legalName?: string; aliases?: readonly string[] };
  return [fields.name ?? "", fields.legalName ?? "", ...(fields.aliases ?? [])];
}

type Mutable = Record<string, unknown> & { sources: readonly SourceRef[] };

/**
 * Folds a newer record into an entity: names united (`names` and their normalised `nameKeys`, in
 * the same order), facts merged, notes appended.
 */
function mergeEntity(
  entity: { sources: readonly SourceRef[] },
  record: Named,
  names: readonly string[],
  nameKeys: readonly string[],
  kind: string,
  known: Set<string>,
  source: SourceRef,
): void {
  const target = entity as unknown as Mutable;
  const incoming = record as unknown as Mutable;
  const aliases = names.filter((name, i) => {
    const key = nameKeys[i];
    if (name.length === 0 || known.has(key)) return false;
    known.add(key);
    return true;
  });
  // The entity's lists are its own (copied when it was created): appended to, not copied.
  if (aliases.length > 0) appendTo(target, "aliases", aliases);
  for (const list of LISTS_OF[kind] ?? []) {
    if (Array.isArray(incoming[list])) appendTo(target, list, incoming[list] as unknown[]);
  }
  const isCompany = kind === "company";
  const keys: readonly string[] = isCompany
    ? COMPANY_FACT_KEYS
    : ["description", "affiliateOf"].filter((key) => key in incoming || key in target);
  if (isCompany && incoming.ceo !== undefined) target.ceo = incoming.ceo;
  mergeFacts(target, incoming, keys, source);
}

/** The lists each kind of record adds to, not replaces (besides its aliases). */
const LISTS_OF: Record<string, readonly string[]> = {
  company: ["notes", "partners"],
  person: ["roles", "statements"],
};

function appendTo(target: Mutable, list: string, items: readonly unknown[]): void {
  const current = target[list];
  if (Array.isArray(current)) current.push(...items);
  else target[list] = [...items];
}

/**
 * For each fact key: the newer record's fact answers when it has one; an older fact whose value
 * differs is kept in `disputes`.
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

/** Where a fact was found, as opposed to what it states. */
const PROVENANCE_KEYS = new Set(["quote", "inferred", "enteredByAnalyst", "source", "complete"]);

/** Whether two facts state the same thing, wherever they were found: then the sources agree. */
function sameStatement(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return a === b;
  const stated = (fact: object) => Object.keys(fact).filter((key) => !PROVENANCE_KEYS.has(key));
  const keysA = stated(a);
  if (keysA.length !== stated(b).length) return false;
  const fieldsA = a as Record<string, unknown>;
  const fieldsB = b as Record<string, unknown>;
  return keysA.every((key) => key in fieldsB && sameValue(fieldsA[key], fieldsB[key]));
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

export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
