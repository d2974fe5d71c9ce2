/**
 * Merging records of one kind across sources: an entity is every record that shares a normalised
 * name or alias with it (from other sources). Which records make which entity, and each entity's
 * id, are settled as the sources are read; the entity itself (its facts merged the newest source
 * first, the differing older facts kept as disputes) is made the first time it is asked for, so a
 * workbook opens without making the thousands of entities no formula has asked about yet.
 */
import type { SourceIssue } from "../../../data/validate-source";
import type { SourceRef } from "../entities";
import { MadeOnRead } from "./made-on-read";
import { freeId, LISTS_OF, mergeEntity } from "./merge-facts";
import type { EntityList } from "../names/name-index";
import { normalizeName } from "../names/normalize-name";
import { stampFacts } from "./stamp-facts";

type Named = { id: string; name: string };

/** One source's local ids of one kind, each as the merged entity (by its id) it became. */
export type LocalIds = ReadonlyMap<string, { readonly id: string }>;

/** A source as its records merge: its reference, and its local ids of each kind. */
export type SourceContext = {
  source: SourceRef;
  companies: LocalIds;
  investors: LocalIds;
  people: LocalIds;
};

/** How an entity of one kind is made from its records. */
export type EntityRecipe<R, T> = {
  kind: string;
  /** The entity its first record makes: a copy (the documents stay as they are). */
  copy(record: R): T;
  /** Points the local ids `entity` just took from `record` at the merged entities. */
  settle?(entity: T, record: R, from: SourceContext): void;
};

/** The merged entities of one kind, each made on first ask. */
export type MergedEntities<T> = EntityList<T> & {
  /** Every entity by its merged id, in the order of `at`. */
  byId: ReadonlyMap<string, T>;
  /**
   * A map with the keys of `byId` (without making their entities), each value made from the id
   * on first read.
   * @example merged.companies.keyedById((id) => merged.rounds.of(id)).get("sensetime")
   */
  keyedById<V>(make: (id: string) => V): ReadonlyMap<string, V>;
};

/**
 * An entity before it is made: its id, its normalised names, its records oldest
 * first with the source each came from (`records[i]` from `from[i]`) and the names each added
 * (`added[i]`, kept only once a record adds one), and the last source that gave it a record
 * (sources merge one at a time, each appending itself, so "has this source already given a
 * record" needs only this). Lists side by side, not an object per record: a start-up meets tens
 * of thousands of records. Its display name is its first record's (a merge never changes it).
 */
type Slot<R, T> = {
  id: string;
  keys: string[];
  lastSource: string;
  records: R[];
  from: SourceContext[];
  added: (readonly string[] | undefined)[] | undefined;
  entity: T | undefined;
};

/**
 * Merges records (`R`) of one kind across sources, by any shared normalised name, into entities
 * (`T`, made by `recipe`). Sources are merged one at a time: `startSource`, then its records with
 * `add`; afterwards the entities are read through `at` and `byId`.
 */
export class EntityMerger<
  R extends Named,
  T extends R & { sources: readonly SourceRef[] },
> implements MergedEntities<T> {
  private readonly slots: Slot<R, T>[] = [];
  private readonly slotById = new Map<string, Slot<R, T>>();
  readonly byId: ReadonlyMap<string, T> = new MadeOnRead(this.slotById, (slot) => this.made(slot));
  /** Normalised name → the entity (or, rarely, the entities) it denotes. */
  private readonly byKey = new Map<string, Slot<R, T> | Slot<R, T>[]>();
  /** The local ids of the source being merged. */
  private local = new Map<string, Slot<R, T>>();
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
    private readonly recipe: EntityRecipe<R, T>,
    private readonly issues: SourceIssue[],
  ) {
    this.lists = ["aliases", ...(LISTS_OF[recipe.kind] ?? [])];
  }

  /** Starts the records of the next source; returns its local ids, filled as they are added. */
  startSource(): LocalIds {
    this.local = new Map();
    return this.local;
  }

  /**
   * Adds a record of a source (its `index` in the source's `collection`, named in an issue): to
   * the one entity it names, or as a new entity. The record is not changed until the entity is made.
   */
  add(from: SourceContext, record: R, collection: string, index: number): void {
    const sourceId = from.source.id;
    this.keyCount = 0;
    this.nameCount = 0;
    const fields = record as NameFields;
    if (fields.name) this.addName(fields.name);
    if (fields.legalName) this.addName(fields.legalName);
    if (fields.aliases) for (const alias of fields.aliases) this.addName(alias);
    // The entities these names already denote, other than this source's own records.
    let found: Slot<R, T> | undefined;
    let others: Slot<R, T>[] | undefined;
    const keys = this.keys;
    for (let k = 0; k < this.keyCount; k++) {
      const owners = this.byKey.get(keys[k]);
      if (owners === undefined) continue;
      const count = Array.isArray(owners) ? owners.length : 1;
      for (let i = 0; i < count; i++) {
        const slot = Array.isArray(owners) ? owners[i] : owners;
        if (slot.lastSource === sourceId || slot === found) continue;
        if (found === undefined) found = slot;
        else if (!others?.includes(slot)) (others ??= []).push(slot);
      }
    }
    if (found && others) {
      const names = [found, ...others].map((m) => m.records[0].name).join(" and ");
      const where = `${collection}[${index}] (${record.id})`;
      this.issues.push({
        source: sourceId,
        record: where,
        path: `${where}.name`,
        message: `its names match more than one ${this.recipe.kind} (${names}); set aside`,
      });
      return;
    }
    // Every name an entity already has points at it: only a new name needs indexing.
    let slot: Slot<R, T>;
    let newNames = true;
    if (found) {
      const aliases = this.newNames(found.keys);
      if (aliases) (found.added ??= [])[found.records.length] = aliases;
      found.records.push(record);
      found.from.push(from);
      found.lastSource = sourceId;
      newNames = aliases !== undefined;
      slot = found;
    } else slot = this.create(record, from);
    this.local.set(record.id, slot);
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
  private newNames(known: string[]): string[] | undefined {
    let fresh: string[] | undefined;
    for (let i = 0; i < this.nameCount; i++) {
      const key = this.nameKeys[i];
      if (known.includes(key)) continue;
      known.push(key);
      (fresh ??= []).push(this.names[i]);
    }
    return fresh;
  }

  private create(record: R, from: SourceContext): Slot<R, T> {
    const id = freeId(record.id, this.slotById);
    const keys = this.keys.slice(0, this.keyCount);
    const slot = {
      id,
      keys,
      lastSource: from.source.id,
      records: [record],
      from: [from],
      added: undefined,
      entity: undefined,
    };
    this.slots.push(slot);
    this.slotById.set(id, slot);
    return slot;
  }

  keyedById<V>(make: (id: string) => V): ReadonlyMap<string, V> {
    return new MadeOnRead(this.slotById, (slot) => make(slot.id));
  }

  get length(): number {
    return this.slots.length;
  }

  nameOf(index: number): string {
    return this.slots[index].records[0].name;
  }

  keysOf(index: number): Iterable<string> {
    return this.slots[index].keys;
  }

  at(index: number): T {
    return this.made(this.slots[index]);
  }

  /** The entity of a slot: its first record copied, each later one folded in, oldest first. */
  private made(slot: Slot<R, T>): T {
    if (slot.entity !== undefined) return slot.entity;
    const { copy, kind, settle } = this.recipe;
    const { records, from, added } = slot;
    stampFacts(records[0], from[0].source);
    const entity = copy(records[0]);
    entity.id = slot.id;
    entity.sources = [from[0].source];
    // Its lists grow as later records merge in: copies, so the source documents never change.
    const fields = entity as unknown as Record<string, unknown>;
    for (const list of this.lists) {
      const items = fields[list];
      if (Array.isArray(items)) fields[list] = [...(items as unknown[])];
    }
    settle?.(entity, records[0], from[0]);
    for (let i = 1; i < records.length; i++) {
      stampFacts(records[i], from[i].source);
      mergeEntity(entity, records[i], kind, added?.[i], from[i].source);
      settle?.(entity, records[i], from[i]);
    }
    slot.entity = entity;
    return entity;
  }
}

type NameFields = { name?: string; legalName?: string; aliases?: readonly string[] };
