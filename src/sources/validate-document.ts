/**
 * The check a stored or imported source document must pass: the catalog's own validation, with
 * no record set aside (a source is kept whole or reported, never silently trimmed). A document that
 * passes is a `CheckedSource`: the catalog store takes it without checking it again.
 */
import { describeIssue, SOURCE_CHECKS_VERSION, validateSource } from "../data/validate-source";
import type { CheckedSource } from "../domain/catalog/catalog-store";
import type { Seal, ValidateDocument } from "./sources-file";

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

/**
 * The check for a source to add or import: `validateDocument`, and an id that no source bundled
 * with the add-in has. The catalog sets such a source aside, so it would be kept (and reported
 * as imported) but never answer.
 * @example
 * addedSourceCheck(() => new Set(["article-2018-04-10"]))({ id: "article-2018-04-10", … })
 * // { ok: false, issues: ["article-2018-04-10: has the id of a source bundled with the add-in"] }
 */
export function addedSourceCheck(
  bundledIds: () => ReadonlySet<string>,
): ValidateDocument<CheckedSource> {
  return withoutBundledIds(validateDocument, bundledIds);
}

/**
 * The seal of `validateDocument`'s checks, for sources kept in the workbook: a stored document
 * whose text is unchanged since it passed these checks is taken as checked, and only its id is
 * read again (a bundled source may have taken it since).
 * @example
 * encodeEntry(entry, addedSourceSeal(bundledIds)) // the entry carries "source-checks-1:<hash>:<length>"
 */
export function addedSourceSeal(bundledIds: () => ReadonlySet<string>): Seal<CheckedSource> {
  // Only documents under a matching seal get here: they passed `validateDocument` as they are.
  const checked: ValidateDocument<CheckedSource> = (raw) => ({
    ok: true,
    value: raw as CheckedSource,
  });
  return {
    rules: `source-checks-${SOURCE_CHECKS_VERSION}`,
    trusted: withoutBundledIds(checked, bundledIds),
  };
}

function withoutBundledIds(
  validate: ValidateDocument<CheckedSource>,
  bundledIds: () => ReadonlySet<string>,
): ValidateDocument<CheckedSource> {
  return (raw) => {
    const checked = validate(raw);
    if (checked.ok && bundledIds().has(checked.value.id)) {
      return {
        ok: false,
        issues: [`${checked.value.id}: has the id of a source bundled with the add-in`],
      };
    }
    return checked;
  };
}
