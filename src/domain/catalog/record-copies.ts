/**
 * A record's copy as the merge makes it: every field the record has, added in one fixed order to
 * an object that starts with the merge's own fields. Copies of one kind then share their shape,
 * which keeps them small and quick to read; an object spread followed by new fields gives each
 * copy a large property store of its own, several times the memory and the time.
 */
import { RECORD_SCHEMAS } from "../../data/schema";

/** Every field of each kind of record, in the schema's order: the order copies get them in. */
export const RECORD_FIELDS = {
  companies: Object.keys(RECORD_SCHEMAS.companies.shape),
  investors: Object.keys(RECORD_SCHEMAS.investors.shape),
  people: Object.keys(RECORD_SCHEMAS.people.shape),
  rounds: Object.keys(RECORD_SCHEMAS.rounds.shape),
};

/**
 * `base` with the fields of `record` that are present (an absent optional field stays absent).
 * @example copyFields({ sources: [] }, { id: "a", name: "A" }, ["id", "name", "aliases"]) // { sources: [], id: "a", name: "A" }
 */
export function copyFields<R extends object, B extends object>(
  base: B,
  record: R,
  fields: readonly string[],
): B & R {
  const from = record as Record<string, unknown>;
  const to = base as Record<string, unknown>;
  for (const field of fields) {
    const value = from[field];
    if (value !== undefined) to[field] = value;
  }
  return base as B & R;
}
