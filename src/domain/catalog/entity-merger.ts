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
 * (`T`, made from a record by `entityOf`). Sources are merged one at a time: `startSource`, then
 * its records with `add`.
 */
export class EntityMerger<R extends Named, T extends R & { sources: readonly SourceRef[] }> {
  readonly all: T[] = [];
  /** Normalised name → the entity (or, rarely, the entities) it denotes. */
  private readonly byKey = new Map<string, Slot<T> | Slot<T>[]>();
  private readonly ids = new Set<string>();
  /** The source being merged: its local ids, and the entities it gave records to. */
  private local = new Map<string, T>();
  private touched: T[] = [];
  /**
   * The record being added: its distinct non-empty normalised names (the first `keyCount` of
   * `keys`), and each of its names with its normalised form (the first `nameCount` of `names` and
   * `nameKeys`). Reused for every record and never shortened: emptying a list would free its
   * storage, and the next record would allocate it again.
   */
  private readonly keys: string[] = [];
  private keyCount = 0;
  private readonly names: string[] = [];
  private readonly nameKeys: string[] = [];
  private nameCount = 0;
  /** The lists of this kind of record that grow as sources merge in. */
  private readonly lists: readonly string[];

  constructor(
    private readonly kind: string,
    private readonly issues: SourceIssue[],
    private readonly entityOf: (record: R) => T,
  ) {
    this.lists = ["aliases", ...(LISTS_OF[kind] ?? [])];
  }

  /** Starts the records of the next source. */
  startSource(): void {
    this.local = new Map();
    this.touched = [];
  }

  /**
   * Adds a record of `source` (its `index` in the source's `collection`, named in an issue): merged
   * into the one entity it names, or a new entity. The record is not changed.
   */
  add(source: SourceRef, record: R, collection: string, index: number): void {
    this.keyCount = 0;
    this.nameCount = 0;
    const fields = record as NameFields;
    if (fields.name) this.addName(fields.name);
    if (fields.legalName) this.addName(fields.legalName);
    if (fields.aliases) for (const alias of fields.aliases) this.addName(alias);
    // The entities these names already denote, other than this source's own records.
    let found: Slot<T> | undefined;
    let others: Slot<T>[] | undefined;
    const keys = this.keys;
    for (let k = 0; k < this.keyCount; k++) {
      const owners = this.byKey.get(keys[k]);
      if (owners === undefined) continue;
      const count = Array.isArray(owners) ? owners.length : 1;
      for (let i = 0; i < count; i++) {
        const slot = Array.isArray(owners) ? owners[i] : owners;
        if (slot.lastSource === source.id || slot === found) continue;
        if (found === undefined) found = slot;
        else if (!others?.includes(slot)) (others ??= []).push(slot);
      }
    }
    if (found && others) {
      const names = [found, ...others].map((m) => m.entity.name).join(" and ");
      const where = `${collection}[${index}] (${record.id})`;
      this.issues.push({
        source: source.id,
        record: where,
        path: `${where}.name`,
        message: `its names match more than one ${this.kind} (${names}); set aside`,
      });
      return;
    }
    const slot = found ?? this.create(record, source);
    // Every name an entity already has points at it: only a new name needs indexing.
    let newNames = true;
    if (found) {
      const aliases = this.newNames(found.keys);
      mergeEntity(found.entity, record, this.kind, aliases, source);
      found.lastSource = source.id;
      newNames = aliases !== undefined;
    }
    this.local.set(record.id, slot.entity);
    // Two records of one source never merge into one entity, so each entity is listed once.
    this.touched.push(slot.entity);
    if (!newNames) return;
    for (let k = 0; k < this.keyCount; k++) {
      const key = keys[k];
      const owners = this.byKey.get(key);
      if (owners === undefined) this.byKey.set(key, slot);
      else if (Array.isArray(owners)) {
        if (!owners.includes(slot)) owners.push(slot);
      } else if (owners !== slot) this.byKey.set(key, [owners, slot]);
    }
  }

  private addName(name: string): void {
    const key = normalizeName(name);
    this.names[this.nameCount] = name;
    this.nameKeys[this.nameCount] = key;
    this.nameCount += 1;
    if (key.length === 0) return;
    for (let k = 0; k < this.keyCount; k++) if (this.keys[k] === key) return;
    this.keys[this.keyCount] = key;
    this.keyCount += 1;
  }

  /** The names of the record being added that `known` lacks (now added to it), if any. */
  private newNames(known: Set<string>): string[] | undefined {
    let fresh: string[] | undefined;
    for (let i = 0; i < this.nameCount; i++) {
      const key = this.nameKeys[i];
      if (known.has(key)) continue;
      known.add(key);
      (fresh ??= []).push(this.names[i]);
    }
    return fresh;
  }

  /** The merged id of a local id of the source being merged. */
  idOf(local: string): string | undefined {
    return this.local.get(local)?.id;
  }

  /** The merged entities the source being merged contributed to. */
  fromSource(): readonly T[] {
    return this.touched;
  }

  private create(record: R, source: SourceRef): Slot<T> {
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
    const keys = new Set<string>();
    for (let k = 0; k < this.keyCount; k++) keys.add(this.keys[k]);
    return { entity, keys, lastSource: source.id };
  }
}

/**
 * Whether `source` already gave this entity a record. Sources are merged one at a time and each
 * appends itself last, so only the last source needs a look (not a scan of every source).
 */
function hasSource(entity: { sources: readonly SourceRef[] }, source: SourceRef): boolean {
  return entity.sources[entity.sources.length - 1]?.id === source.id;
}

type NameFields = { name?: string; legalName?: string; aliases?: readonly string[] };

type Mutable = Record<string, unknown> & { sources: readonly SourceRef[] };

/** Folds a newer record into an entity: its new names (`aliases`) added, facts merged, notes appended. */
function mergeEntity(
  entity: { sources: readonly SourceRef[] },
  record: Named,
  kind: string,
  aliases: readonly string[] | undefined,
  source: SourceRef,
): void {
  const target = entity as unknown as Mutable;
  const incoming = record as unknown as Mutable;
  // The entity's lists are its own (copied when it was created): appended to, not copied.
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

/** The facts each kind of record merges (a newer source's answers, an older one's kept apart). */
const FACT_KEYS_OF: Record<string, readonly string[]> = {
  company: COMPANY_FACT_KEYS,
  investor: ["description", "affiliateOf"],
  person: [],
};

/** The lists each kind of record adds to, not replaces (besides its aliases). */
const LISTS_OF: Record<string, readonly string[]> = {
  company: ["notes", "partners"],
  person: ["roles", "statements"],
};

function appendTo(target: Mutable, list: string, items: readonly unknown[]): void {
  const current = target[list];
  if (Array.isArray(current)) for (const item of items) current.push(item);
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

export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
