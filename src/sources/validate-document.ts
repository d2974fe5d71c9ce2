/**
 * The check a stored or imported source document must pass: the catalog's own validation, with
 * no record set aside (a source is kept whole or reported, never silently trimmed). A document that
 * passes is a `CheckedSource`: the catalog store takes it without checking it again.
 */
import { describeIssue, validateSource } from "../data/validate-source";
import type { CheckedSource } from "../domain/catalog/catalog-store";
import type { ValidateDocument } from "./sources-file";

/**
 * @example validateDocument({ id: "x" }) // { ok: false, issues: ["x: headline: is missing", …] }
 */
export const validateDocument: ValidateDocument<CheckedSource> = (raw) => {
  const check = validateSource(raw);
  if (!check.ok) return { ok: false, issues: check.issues.map(describeIssue) };
  if (check.quarantined.length > 0) {
    return { ok: false, issues: check.quarantined.map(describeIssue) };
  }
  return { ok: true, value: check.value as CheckedSource };
};
