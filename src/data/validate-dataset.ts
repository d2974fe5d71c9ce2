/**
 * Checks the bundled dataset strictly: every source and every record must be valid, so that a bad
 * record is caught by the tests and the build rather than set aside in front of a user.
 */
import { datasetSchema, type Dataset, type SourceDocument } from "./schema";
import { describeIssue, issueMessage, validateSource } from "./validate-source";

export { normalizeWhitespace } from "./validate-source";

export type ValidationResult = { ok: true; value: Dataset } | { ok: false; issues: string[] };

/**
 * Validates a dataset; every issue names the source, the record (collection, index and id) and
 * the field.
 * @example
 * validateDataset({ version: "1" }) // { ok: false, issues: ["dataset: version: versions are semver", ...] }
 */
export function validateDataset(raw: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map(
        (issue) =>
          `dataset: ${issue.path.map(String).join(".") || "dataset"}: ${issueMessage(issue)}`,
      ),
    };
  }
  const issues: string[] = [];
  const sources: SourceDocument[] = [];
  const ids = new Set<string>();
  parsed.data.sources.forEach((raw, index) => {
    const check = validateSource(raw, `sources[${index}]`);
    if (!check.ok) {
      issues.push(...check.issues.map(describeIssue));
      return;
    }
    if (ids.has(check.value.id))
      issues.push(`${check.value.id}: id: duplicates another source's id`);
    ids.add(check.value.id);
    issues.push(...check.quarantined.map(describeIssue));
    sources.push(check.value);
  });
  return issues.length === 0
    ? { ok: true, value: { version: parsed.data.version, sources } }
    : { ok: false, issues };
}
