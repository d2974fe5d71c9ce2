/**
 * Checks one source document: its header against the schema, then each record on its own, its ids,
 * its references and its quotes against THAT source's text. A bad record is set aside with its
 * reason (quarantined) and the rest of the source stays usable; only a source without a valid
 * header (no id, no text) is refused as a whole.
 */
import type * as z from "zod/mini";
import {
  COLLECTIONS,
  RECORD_SCHEMAS,
  sourceHeaderSchema,
  type Collection,
  type SourceDocument,
} from "./schema";

/**
 * One problem with one source: which source (`source`, its id when it has one), which record
 * (`record`, e.g. `rounds[1] (sensetime-c)`), the field at fault (`path`) and why (`message`).
 */
export type SourceIssue = {
  source: string;
  record?: string;
  path: string;
  message: string;
};

/**
 * `ok: true` with the source's valid records (`quarantined` lists the records set aside, with their
 * reasons); `ok: false` when the source itself cannot be read.
 */
export type SourceCheck =
  | { ok: true; value: SourceDocument; quarantined: SourceIssue[] }
  | { ok: false; issues: SourceIssue[] };

/** Collapses runs of white space so quotes match across line breaks. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * An issue as one line: `article-2018-04-10: rounds[1] (sensetime-c).amount.quote: Invalid input`.
 * @example describeIssue({ source: "a", path: "rounds[0] (r).amount", message: "too small" }) // "a: rounds[0] (r).amount: too small"
 */
export function describeIssue(issue: SourceIssue): string {
  return `${issue.source}: ${issue.path}: ${issue.message}`;
}

type AnyRecord = { id: string } & Record<string, unknown>;

/**
 * Validates one source document.
 * @example
 * const check = validateSource(raw);
 * if (check.ok) check.value.rounds.length; // the valid rounds
 * if (check.ok) check.quarantined;         // [{ record: "rounds[3] (x)", message: "unknown company 'y'", … }]
 * validateSource(42).ok                    // false
 */
export function validateSource(raw: unknown, label = "source"): SourceCheck {
  const header = sourceHeaderSchema.safeParse(raw);
  const rawId = lookup(raw, ["id"]);
  const source = typeof rawId === "string" && rawId.length > 0 ? rawId : label;
  if (!header.success) {
    return {
      ok: false,
      issues: header.error.issues.map((issue) => ({
        source,
        path: issue.path.length > 0 ? issue.path.map(String).join(".") : "source",
        message: issueMessage(issue),
      })),
    };
  }
  const quarantined: SourceIssue[] = [];
  const records = {} as Record<Collection, AnyRecord[]>;
  const where = new Map<AnyRecord, string>();
  const seenIds = new Map<string, string>();
  const text = normalizeWhitespace(header.data.text);
  for (const collection of COLLECTIONS) {
    records[collection] = [];
    const list = lookup(raw, [collection]);
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      quarantined.push({ source, path: collection, message: "must be a list of records" });
      continue;
    }
    list.forEach((item: unknown, index) => {
      const itemId = lookup(item, ["id"]);
      const record = `${collection}[${index}]${typeof itemId === "string" ? ` (${itemId})` : ""}`;
      const parsed = RECORD_SCHEMAS[collection].safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = [record, ...issue.path.map(String)].join(".");
          quarantined.push({ source, record, path, message: issueMessage(issue) });
        }
        return;
      }
      const value = parsed.data as AnyRecord;
      const seen = seenIds.get(value.id);
      if (seen) {
        const message = `duplicates the id of ${seen}`;
        quarantined.push({ source, record, path: `${record}.id`, message });
        return;
      }
      const problem = quoteProblem(value, text, record);
      if (problem) {
        quarantined.push({ source, record, ...problem });
        return;
      }
      seenIds.set(value.id, record);
      where.set(value, record);
      records[collection].push(value);
    });
  }
  const kept = dropBrokenReferences(records, (record, path, message) => {
    const at = where.get(record) ?? "record";
    quarantined.push({ source, record: at, path: `${at}.${path}`, message });
  });
  const value = { ...header.data, ...kept } as unknown as SourceDocument;
  return { ok: true, value, quarantined };
}

/**
 * A schema issue in words a person can act on; the schema's own messages (patterns, refinements)
 * are kept, zod's generic ones replaced.
 * @example issueMessage({ code: "too_small", origin: "number", minimum: 0, inclusive: false, path: [], message: "Invalid input", input: -1 }) // "must be more than 0"
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is missing" : `must be ${article(issue.expected)}`;
    case "too_small":
      if (issue.origin === "array") return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === "string") return "is empty";
      return issue.inclusive
        ? `must be at least ${issue.minimum}`
        : `must be more than ${issue.minimum}`;
    case "invalid_value":
      return `must be one of: ${issue.values.map(String).join(", ")}`;
    default:
      return issue.message === "Invalid input" ? "is not valid here" : issue.message;
  }
}

const article = (expected: string): string =>
  /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;

/** The first quote of a record that is not a passage of the source text. */
function quoteProblem(
  record: unknown,
  text: string,
  path: string,
): { path: string; message: string } | undefined {
  for (const [at, quote] of quotesIn(record, path)) {
    if (!text.includes(quote) && !text.includes(normalizeWhitespace(quote))) {
      const shown = quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
      return { path: at, message: `not a passage of the source text: "${shown}"` };
    }
  }
  return undefined;
}

/** Every `quote` below a record, with its path (a plain walk: it runs on every record). */
function quotesIn(node: unknown, path: string, found: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) {
    node.forEach((child, i) => quotesIn(child, `${path}[${i}]`, found));
  } else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "quote" && typeof value === "string") found.push([`${path}.quote`, value]);
      else if (typeof value === "object" && value !== null)
        quotesIn(value, `${path}.${key}`, found);
    }
  }
  return found;
}

type Report = (record: AnyRecord, path: string, message: string) => void;

/**
 * Sets aside records that point at records the source lacks (or that were set aside), until every
 * reference of every kept record resolves.
 */
function dropBrokenReferences(
  records: Record<Collection, AnyRecord[]>,
  report: Report,
): Record<Collection, AnyRecord[]> {
  let current = records;
  for (;;) {
    const ids = (collection: Collection) => new Set(current[collection].map((r) => r.id));
    const companies = ids("companies");
    const investors = ids("investors");
    const people = ids("people");
    const organizations = new Set([...companies, ...investors]);
    let dropped = false;
    const next = {} as Record<Collection, AnyRecord[]>;
    for (const collection of COLLECTIONS) {
      next[collection] = current[collection].filter((record) => {
        for (const [path, target, known, what] of referencesOf(collection, record)) {
          const pool =
            { company: companies, investor: investors, person: people }[known] ?? organizations;
          if (!pool.has(target)) {
            report(record, path, `unknown ${what} '${target}'`);
            dropped = true;
            return false;
          }
        }
        return true;
      });
    }
    current = next;
    if (!dropped) return current;
  }
}

type Reference = [path: string, target: string, pool: string, what: string];

/** The ids a record points at, each with the kind of record it must name. */
function referencesOf(collection: Collection, record: AnyRecord): Reference[] {
  const text = (value: unknown): string | undefined =>
    typeof value === "string" ? value : undefined;
  const refs: Reference[] = [];
  const add = (path: string, target: unknown, pool: string, what: string) => {
    const value = text(target);
    if (value !== undefined) refs.push([path, value, pool, what]);
  };
  switch (collection) {
    case "companies":
      add("ceo", record.ceo, "person", "person");
      break;
    case "investors":
      add("affiliateOf", lookup(record, ["affiliateOf", "investor"]), "investor", "investor");
      break;
    case "rounds": {
      add("company", record.company, "company", "company");
      for (const group of ["leads", "others"]) {
        const list = lookup(record, [group, "investors"]);
        if (Array.isArray(list)) for (const inv of list) add(group, inv, "investor", "investor");
      }
      break;
    }
    case "people": {
      const roles = lookup(record, ["roles"]);
      if (Array.isArray(roles)) {
        for (const role of roles)
          add("roles", lookup(role, ["organization"]), "any", "organization");
      }
      break;
    }
    case "macro":
      break;
  }
  return refs;
}

function lookup(value: unknown, keys: readonly PropertyKey[]): unknown {
  return keys.reduce<unknown>(
    (node, key) =>
      typeof node === "object" && node !== null
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined,
    value,
  );
}
