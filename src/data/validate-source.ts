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
 * The version of the checks below and of the schema they apply. A document stored with a seal of
 * these checks is not checked again while its text is unchanged, by this version of the add-in or
 * any other, so raise it with any change to what the checks accept or refuse, in either direction
 * (a test holds a fingerprint of the checks' code, to make every change a decision).
 */
export const SOURCE_CHECKS_VERSION = 1;

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
  // Where each kept record stood (its label is spelled out only for an issue).
  const where = new Map<AnyRecord, { collection: Collection; index: number }>();
  const recordLabel = (collection: Collection, index: number, item: unknown) => {
    const itemId = typeof item === "object" && item !== null && "id" in item ? item.id : undefined;
    return `${collection}[${index}]${typeof itemId === "string" ? ` (${itemId})` : ""}`;
  };
  const seenIds = new Map<string, { collection: Collection; index: number }>();
  const isPassage = passageChecker(header.data.text);
  const rawRecords = raw as Partial<Record<Collection, unknown>>;
  for (const collection of COLLECTIONS) {
    records[collection] = [];
    const list = rawRecords[collection];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      quarantined.push({ source, path: collection, message: "must be a list of records" });
      continue;
    }
    const schema = RECORD_SCHEMAS[collection];
    list.forEach((item: unknown, index) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        const record = recordLabel(collection, index, item);
        for (const issue of parsed.error.issues) {
          const path = [record, ...issue.path.map(String)].join(".");
          quarantined.push({ source, record, path, message: issueMessage(issue) });
        }
        return;
      }
      const value = parsed.data as AnyRecord;
      const seen = seenIds.get(value.id);
      if (seen) {
        const record = recordLabel(collection, index, item);
        const message = `duplicates the id of ${recordLabel(seen.collection, seen.index, value)}`;
        quarantined.push({ source, record, path: `${record}.id`, message });
        return;
      }
      const problem = quoteProblem(value, isPassage);
      if (problem) {
        const record = recordLabel(collection, index, item);
        const path = `${record}${problem.path}`;
        quarantined.push({ source, record, path, message: problem.message });
        return;
      }
      const place = { collection, index };
      seenIds.set(value.id, place);
      where.set(value, place);
      records[collection].push(value);
    });
  }
  const kept = dropBrokenReferences(records, (record, path, message) => {
    const place = where.get(record);
    const at = place ? recordLabel(place.collection, place.index, record) : "record";
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

/**
 * Whether a quote is a passage of one source's text (white space aside). The facts of a record
 * mostly quote the same sentence, so each distinct quote is searched for once.
 */
function passageChecker(sourceText: string): (quote: string) => boolean {
  // Most quotes are copied as they stand: the text is normalised only for one that is not.
  let normalized: string | undefined;
  const found = new Set<string>();
  return (quote) => {
    if (found.has(quote)) return true;
    if (!sourceText.includes(quote)) {
      normalized ??= normalizeWhitespace(sourceText);
      if (!normalized.includes(quote) && !normalized.includes(normalizeWhitespace(quote))) {
        return false;
      }
    }
    found.add(quote);
    return true;
  };
}

/**
 * The first quote below a record that is not a passage of the source text, with its path from the
 * record (e.g. `.leads.quote`). A plain walk: it runs on every record, and builds a path only for
 * the quote at fault.
 */
function quoteProblem(
  record: unknown,
  isPassage: (quote: string) => boolean,
): { path: string; message: string } | undefined {
  const keys: (string | number)[] = [];
  const visit = (node: unknown): string | undefined => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        keys.push(i);
        const bad = visit(node[i]);
        if (bad !== undefined) return bad;
        keys.pop();
      }
    } else if (typeof node === "object" && node !== null) {
      const fields = node as Record<string, unknown>;
      for (const key in fields) {
        const value = fields[key];
        if (key === "quote" && typeof value === "string") {
          if (!isPassage(value)) {
            keys.push(key);
            return value;
          }
        } else if (typeof value === "object" && value !== null) {
          keys.push(key);
          const bad = visit(value);
          if (bad !== undefined) return bad;
          keys.pop();
        }
      }
    }
    return undefined;
  };
  const quote = visit(record);
  if (quote === undefined) return undefined;
  const path = keys.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("");
  const shown = quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
  return { path, message: `not a passage of the source text: "${shown}"` };
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
    const pools: Pools = {
      company: companies,
      investor: investors,
      person: people,
      organization: new Set([...companies, ...investors]),
    };
    let dropped = false;
    const next = {} as Record<Collection, AnyRecord[]>;
    for (const collection of COLLECTIONS) {
      next[collection] = current[collection].filter((record) => {
        const broken = brokenReference(collection, record, pools);
        if (broken === undefined) return true;
        report(record, broken.path, `unknown ${broken.kind} '${broken.target}'`);
        dropped = true;
        return false;
      });
    }
    current = next;
    if (!dropped) return current;
  }
}

type ReferenceKind = "company" | "investor" | "person" | "organization";
type Pools = Record<ReferenceKind, ReadonlySet<string>>;
type Broken = { path: string; target: string; kind: ReferenceKind };

/** The first id a record points at that names no record of the kind it must name. */
function brokenReference(
  collection: Collection,
  record: AnyRecord,
  pools: Pools,
): Broken | undefined {
  const check = (path: string, target: unknown, kind: ReferenceKind): Broken | undefined =>
    typeof target === "string" && !pools[kind].has(target) ? { path, target, kind } : undefined;
  const each = (path: string, targets: unknown, kind: ReferenceKind): Broken | undefined => {
    if (!Array.isArray(targets)) return undefined;
    for (const target of targets) {
      const broken = check(path, target, kind);
      if (broken) return broken;
    }
    return undefined;
  };
  switch (collection) {
    case "companies":
      return check("ceo", record.ceo, "person");
    case "investors":
      return check("affiliateOf", lookup(record, ["affiliateOf", "investor"]), "investor");
    case "rounds":
      return (
        check("company", record.company, "company") ??
        each("leads", lookup(record, ["leads", "investors"]), "investor") ??
        each("others", lookup(record, ["others", "investors"]), "investor")
      );
    case "people": {
      const roles = lookup(record, ["roles"]);
      const organizations = Array.isArray(roles)
        ? roles.map((role) => lookup(role, ["organization"]))
        : [];
      return each("roles", organizations, "organization");
    }
    case "macro":
      return undefined;
  }
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
