/**
 * Merging records of one kind across sources: an entity is every record that shares a normalised
 * name or alias with it (from other sources); its facts are merged the newest source first, with
 * the differing older facts kept as disputes.
 */
import type { SourceIssue } from "../../data/validate-source";
import { COMPANY_FACT_KEYS, type SourceRef } from "./entities";
import { normalizeName } from "./normalize-name";

/** Merges records of one kind across sources, by any shared normalised name. */
export class EntityMerger<T extends { id: string; name: string; sources: readonly SourceRef[] }> {
  readonly all: T[] = [];
  private readonly byKey = new Map<string, T[]>();
  /** Source id → local id → entity. */
  private readonly local = new Map<string, Map<string, T>>();
  private readonly ids = new Set<string>();
  private readonly bySource = new Map<string, T[]>();

  constructor(
    private readonly kind: string,
    private readonly issues: SourceIssue[],
  ) {}

  /**
   * Adds a record of `source`: merged into the one entity it names, or a new entity. The record
   * must be the caller's own copy: a new entity is that very object.
   */
  add(source: SourceRef, record: T, where: () => string): void {
    const localId = record.id;
    const keys = namesOf(record)
      .map(normalizeName)
      .filter((key) => key.length > 0);
    // The entities these names already denote, other than this source's own records.
    const matches: T[] = [];
    for (const key of keys) {
      for (const entity of this.byKey.get(key) ?? []) {
        if (!matches.includes(entity) && !entity.sources.some((s) => s.id === source.id)) {
          matches.push(entity);
        }
      }
    }
    if (matches.length > 1) {
      const names = matches.map((m) => m.name).join(" and ");
      const record = where();
      this.issues.push({
        source: source.id,
        record,
        path: `${record}.name`,
        message: `its names match more than one ${this.kind} (${names}); set aside`,
      });
      return;
    }
    const entity = matches[0] ?? this.create(record);
    if (matches[0]) mergeEntity(entity, record, source, this.kind === "company");
    else entity.sources = [source];
    const local = this.local.get(source.id);
    if (local) local.set(localId, entity);
    else this.local.set(source.id, new Map([[localId, entity]]));
    // Two records of one source never merge into one entity, so each entity is listed once.
    const touched = this.bySource.get(source.id);
    if (touched) touched.push(entity);
    else this.bySource.set(source.id, [entity]);
    for (const key of keys) {
      const owners = this.byKey.get(key);
      if (!owners) this.byKey.set(key, [entity]);
      else if (!owners.includes(entity)) owners.push(entity);
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

  private create(record: T): T {
    const entity = record;
    entity.id = uniqueId(record.id, this.ids);
    this.all.push(entity);
    return entity;
  }
}

function namesOf(record: object): string[] {
  const fields = record as { name?: string; legalName?: string; aliases?: readonly string[] };
  return [fields.name ?? "", fields.legalName ?? "", ...(fields.aliases ?? [])];
}

type Mutable = Record<string, unknown> & { sources: readonly SourceRef[] };

/** Folds a newer record into an entity: names united, facts merged, notes appended. */
function mergeEntity<T extends { sources: readonly SourceRef[] }>(
  entity: T,
  record: T,
  source: SourceRef,
  isCompany: boolean,
): void {
  const target = entity as unknown as Mutable;
  const incoming = record as unknown as Mutable;
  const names = namesOf(entity);
  const aliases = namesOf(record).filter(
    (name) =>
      name.length > 0 && !names.some((known) => normalizeName(known) === normalizeName(name)),
  );
  target.aliases = [...((target.aliases as string[]) ?? []), ...aliases];
  for (const list of ["notes", "partners", "roles", "statements"]) {
    if (Array.isArray(incoming[list])) {
      target[list] = [...((target[list] as unknown[]) ?? []), ...(incoming[list] as unknown[])];
    }
  }
  const keys: readonly string[] = isCompany
    ? COMPANY_FACT_KEYS
    : ["description", "affiliateOf"].filter((key) => key in incoming || key in target);
  if (isCompany && incoming.ceo !== undefined) target.ceo = incoming.ceo;
  mergeFacts(target, incoming, keys, source);
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
    if (previous !== undefined && factKey(previous) !== factKey(next) && target.disputes) {
      target.disputes[key] = [...(target.disputes[key] ?? []), previous];
    }
    target[key] = next;
  }
  if (!target.sources.some((s) => s.id === source.id)) {
    target.sources = [...target.sources, source];
  }
}

/** What a fact states, without where it was found: two sources agree when these are equal. */
function factKey(fact: unknown): string {
  if (typeof fact !== "object" || fact === null) return JSON.stringify(fact);
  const stated = Object.entries(fact).filter(
    ([key]) => !["quote", "inferred", "enteredByAnalyst", "source", "complete"].includes(key),
  );
  return JSON.stringify(stated);
}

export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
