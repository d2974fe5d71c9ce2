/**
 * Checks raw data against the schema, then what a schema cannot say: ids are unique, references
 * point at records that exist, and every quote is a passage of the source text.
 */
import { datasetSchema, type Dataset } from "./schema";

export type ValidationResult = { ok: true; value: Dataset } | { ok: false; issues: string[] };

/** Collapses runs of white space so quotes match across line breaks. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Validates a dataset; every issue names the record (collection, index and id) and the field.
 * @example
 * validateDataset({ version: "1" }) // { ok: false, issues: ["version: versions are semver", ...] }
 */
export function validateDataset(raw: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map(
        (issue) => `${describePath(raw, issue.path)}: ${issue.message}`,
      ),
    };
  }
  const issues = [...referenceIssues(parsed.data), ...quoteIssues(parsed.data)];
  return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}

/** `rounds[1] (sensetime-c).amount.amount` — the record's id makes the message actionable. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return "dataset";
  const [collection, index, ...rest] = path;
  const record = lookup(raw, [collection, index]);
  const recordId = lookup(record, ["id"]);
  const head =
    typeof index === "number"
      ? `${String(collection)}[${index}]${typeof recordId === "string" ? ` (${recordId})` : ""}`
      : [collection, index]
          .filter((key) => key !== undefined)
          .map(String)
          .join(".");
  return [head, ...rest.map(String)].join(".");
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

function referenceIssues(data: Dataset): string[] {
  const issues: string[] = [];
  const ids = new Map<string, string>();
  for (const [name, records] of Object.entries(collectionsOf(data))) {
    records.forEach((record, index) => {
      const seen = ids.get(record.id);
      if (seen) issues.push(`${name}[${index}] (${record.id}).id: duplicates the id of ${seen}`);
      ids.set(record.id, `${name}[${index}]`);
    });
  }
  const companyIds = new Set(data.companies.map((c) => c.id));
  const investorIds = new Set(data.investors.map((i) => i.id));
  const personIds = new Set(data.people.map((p) => p.id));
  const expect = (ok: boolean, where: string, what: string) => {
    if (!ok) issues.push(`${where}: unknown ${what}`);
  };
  data.companies.forEach((c, i) => {
    if (c.ceo) expect(personIds.has(c.ceo), `companies[${i}] (${c.id}).ceo`, `person '${c.ceo}'`);
  });
  data.investors.forEach((inv, i) => {
    const parent = inv.affiliateOf?.investor;
    if (parent)
      expect(
        investorIds.has(parent),
        `investors[${i}] (${inv.id}).affiliateOf`,
        `investor '${parent}'`,
      );
  });
  data.rounds.forEach((r, i) => {
    const where = `rounds[${i}] (${r.id})`;
    expect(companyIds.has(r.company), `${where}.company`, `company '${r.company}'`);
    for (const [field, group] of [
      ["leads", r.leads],
      ["others", r.others],
    ] as const) {
      group?.investors.forEach((inv) =>
        expect(investorIds.has(inv), `${where}.${field}`, `investor '${inv}'`),
      );
    }
  });
  data.people.forEach((p, i) =>
    p.roles.forEach((role) => {
      const known = companyIds.has(role.organization) || investorIds.has(role.organization);
      expect(known, `people[${i}] (${p.id}).roles`, `organization '${role.organization}'`);
    }),
  );
  return issues;
}

function quoteIssues(data: Dataset): string[] {
  const text = normalizeWhitespace(data.source.text);
  const issues: string[] = [];
  for (const [name, records] of Object.entries(collectionsOf(data))) {
    records.forEach((record, index) => {
      for (const [path, quote] of quotesIn(record, `${name}[${index}] (${record.id})`)) {
        if (!text.includes(normalizeWhitespace(quote))) {
          issues.push(`${path}: not a passage of the source text: "${quote.slice(0, 60)}…"`);
        }
      }
    });
  }
  return issues;
}

/** Every `quote` below a record, with its path. */
function* quotesIn(node: unknown, path: string): Generator<[string, string]> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* quotesIn(child, `${path}[${i}]`);
  } else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "quote" && typeof value === "string") yield [`${path}.quote`, value];
      else yield* quotesIn(value, `${path}.${key}`);
    }
  }
}

/** The collections of records, each record with an id. */
function collectionsOf(data: Dataset): Record<string, readonly { id: string }[]> {
  const { companies, investors, rounds, people, macro } = data;
  return { companies, investors, rounds, people, macro };
}
