/**
 * A catalog store over raw data, for callers that hold sources not yet checked (the tests, the
 * bench, scripts): the bundled dataset and each added source are checked here, a bad record set
 * aside and reported with its reason, never thrown. The add-in's runtimes build their store from
 * checked sources (`createCatalogStore`), so that the functions bundle carries no schema.
 */
import { datasetSchema } from "../../data/schema";
import { validateSource, type SourceCheck, type SourceIssue } from "../../data/validate-source";
import {
  createCatalogStore,
  type BundledSources,
  type CatalogStore,
  type CheckedSource,
} from "./catalog-store";

export type CheckingCatalogStore = CatalogStore & {
  /**
   * Replaces every added source with these raw ones, each checked; rebuilds once. Returns the
   * issues of the new sources: records set aside and sources refused.
   * @example store.setAddedSources(JSON.parse(savedSourcesJson)) // [] when every record is valid
   */
  setAddedSources(raws: readonly unknown[]): readonly SourceIssue[];
  /**
   * Checks one raw source and adds it (or replaces the added source with its id); rebuilds. A
   * source that cannot be read (or reuses a bundled id) is refused with its issues.
   * @example store.addSource(extracted).ok // true; its set-aside records are in `quarantined`
   */
  addSource(raw: unknown): SourceCheck;
};

/**
 * A store over a raw bundled dataset (`{ version, sources }`), checking it and every source added.
 * @example
 * const store = createCheckingCatalogStore(rawDataset);
 * store.addSource({ id: "reuters-2018-05", headline: "…", date: "2018-05-02", text: "…", companies: [], investors: [], rounds: [], people: [], macro: [] });
 * store.listSources().map((s) => s.id) // ["article-2018-04-10", "reuters-2018-05"]
 */
export function createCheckingCatalogStore(rawDataset: unknown): CheckingCatalogStore {
  const store = createCatalogStore(checkBundled(rawDataset));
  const addedCount = () => store.listSources().filter((source) => !source.bundled).length;
  return {
    ...store,
    setAddedSources: (raws) =>
      store.setCheckedResults(
        raws.map((raw, index) => validateSource(raw, `added source ${index + 1}`)),
      ),
    addSource: (raw) =>
      store.addCheckedResult(validateSource(raw, `added source ${addedCount() + 1}`)),
  };
}

/** The bundled dataset's valid sources, version and issues; never throws. */
function checkBundled(raw: unknown): BundledSources {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      source: "bundled dataset",
      path: issue.path.map(String).join(".") || "dataset",
      message: issue.message,
    }));
    return { version: "0.0.0", documents: [], issues };
  }
  const documents: CheckedSource[] = [];
  const issues: SourceIssue[] = [];
  parsed.data.sources.forEach((source, index) => {
    const result = validateSource(source, `bundled source ${index + 1}`);
    if (!result.ok) issues.push(...result.issues);
    else {
      // Checked just now (a record set aside is reported in `issues`).
      documents.push(result.value as CheckedSource);
      issues.push(...result.quarantined);
    }
  });
  return { version: parsed.data.version, documents, issues };
}
