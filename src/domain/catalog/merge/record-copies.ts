/**
 * A record's copy as the merge makes it: every field the record has, added in one fixed order to
 * an object that starts with the merge's own fields. Copies of one kind then share their shape,
 * which keeps them small and quick to read; an object spread followed by new fields gives each
 * copy a large property store of its own, several times the memory and the time.
 */
import type {
  CompanyRecord,
  InvestorRecord,
  PersonRecord,
  RoundRecord,
} from "../../../data/schema";

/** Fields of a record type (the compiler holds each to the type, not the list to every field). */
type AllFields<T> = readonly (keyof T & string)[];

/**
 * Every field of each kind of record, in the schema's order: the order copies get them in. Written
 * out rather than read from the schema, so the functions bundle carries no schema; a test holds
 * each list equal to its schema's fields.
 */
export const RECORD_FIELDS: {
  companies: AllFields<CompanyRecord>;
  investors: AllFields<InvestorRecord>;
  people: AllFields<PersonRecord>;
  rounds: AllFields<RoundRecord>;
} = {
  companies: [
    "id",
    "name",
    "legalName",
    "aliases",
    "country",
    "description",
    "founded",
    "ceo",
    "focus",
    "partnerCount",
    "partners",
    "sectors",
    "notes",
  ],
  investors: ["id", "name", "legalName", "aliases", "description", "affiliateOf"],
  people: ["id", "name", "roles", "statements"],
  rounds: [
    "id",
    "company",
    "series",
    "amount",
    "announced",
    "leads",
    "others",
    "postMoneyValuation",
    "usesOfProceeds",
    "notes",
  ],
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
