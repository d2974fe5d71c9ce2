/**
 * The catalog as it changes: built from the bundled sources plus the sources an analyst adds,
 * rebuilt when those change, and telling its listeners (function caches, the pane) that it did.
 * Nothing here runs at import: each runtime creates one store in its composition root.
 */
import { datasetSchema, type SourceDocument } from "../../data/schema";
import { validateSource, type SourceCheck, type SourceIssue } from "../../data/validate-source";
import { buildCatalog, type Catalog } from "./catalog";

/** A source as the pane lists it. */
export type SourceSummary = {
  id: string;
  headline: string;
  /** YYYY-MM-DD. */
  date: string;
  publisher?: string;
  url?: string;
  /** How many of its rounds passed validation. */
  rounds: number;
  /** True for the sources that ship with the add-in (they cannot be removed). */
  bundled: boolean;
};

declare const fullyChecked: unique symbol;

/**
 * A source document that already passed the full check with no record set aside (the workbook
 * and import checks, `validateDocument`, when it was read or when it was sealed in the workbook),
 * so the store need not check it again.
 */
export type CheckedSource = SourceDocument & { readonly [fullyChecked]: true };

/** Called with the new catalog after every change of sources. */
export type CatalogListener = (catalog: Catalog) => void;

export type CatalogStore = {
  /**
   * The catalog of the bundled and added sources, as of the last change. Read it at each use.
   * @example airound(store.current(), "SenseTime", "C") // { kind: "ok", value: 600000000 }
   */
  current(): Catalog;
  /**
   * Replaces every added source (e.g. with the sources kept in the workbook) and rebuilds once.
   * Returns the issues of the new sources: records set aside and sources refused.
   * @example store.setAddedSources(JSON.parse(savedSourcesJson)) // [] when every record is valid
   */
  setAddedSources(raws: readonly unknown[]): readonly SourceIssue[];
  /**
   * `setAddedSources` for documents that were fully checked where they were read (a separate
   * method, so only a `CheckedSource` gets here): they are not checked again, only refused when
   * they reuse a bundled id.
   * @example store.setCheckedSources(decoded.sources.map((s) => s.document)) // []
   */
  setCheckedSources: (documents: readonly CheckedSource[]) => readonly SourceIssue[];
  /**
   * Adds one source, or replaces the added source with the same id; rebuilds. A source that cannot
   * be read (or reuses a bundled id) is refused with its issues and changes nothing.
   * @example store.addSource(extracted).ok // true; its set-aside records are in `quarantined`
   */
  addSource(raw: unknown): SourceCheck;
  /**
   * Removes an added source by id; false when no added source has that id.
   * @example store.removeSource("reuters-2018-05") // true
   */
  removeSource(id: string): boolean;
  /**
   * Calls `listener` after each change; returns the function that stops the calls.
   * @example const stop = store.subscribe(() => cache.clear()); // later: stop()
   */
  subscribe(listener: CatalogListener): () => void;
  /**
   * Every source, bundled first, then the added ones in the order they were added.
   * @example store.listSources()[0] // { id: "article-2018-04-10", headline: "New financing …", date: "2018-04-10", rounds: 3, bundled: true }
   */
  listSources(): SourceSummary[];
  /**
   * Every record set aside and every ambiguous name, each with its reason.
   * @example store.quarantine() // [{ source: "later", record: "rounds[0] (x)", path: "rounds[0] (x).amount.amount", message: "must be more than 0" }]
   */
  quarantine(): readonly SourceIssue[];
};

/**
 * Creates a store over the bundled dataset (`{ version, sources }`, checked here: a bad record is
 * set aside and reported, never thrown).
 * @example
 * const store = createCatalogStore(rawDataset);
 * const stop = store.subscribe((catalog) => console.log(catalog.sources.length));
 * store.addSource({ id: "reuters-2018-05", headline: "…", date: "2018-05-02", text: "…", companies: [], investors: [], rounds: [], people: [], macro: [] });
 * store.listSources().map((s) => s.id) // ["article-2018-04-10", "reuters-2018-05"]
 * stop();
 */
export function createCatalogStore(bundled: unknown): CatalogStore {
  const base = readBundled(bundled);
  let added: { document: SourceDocument; issues: SourceIssue[] }[] = [];
  const listeners = new Set<CatalogListener>();
  let catalog = build();

  function build(): Catalog {
    return buildCatalog([...base.documents, ...added.map((a) => a.document)], {
      version: base.version,
      issues: [...base.issues, ...added.flatMap((a) => a.issues)],
    });
  }

  function changed(): void {
    catalog = build();
    for (const listener of [...listeners]) listener(catalog);
  }

  const bundledIds = new Set(base.documents.map((d) => d.id));

  /** Validates an added source; a source that reuses a bundled id is refused. */
  function check(raw: unknown, label: string): SourceCheck {
    return refuseBundledId(validateSource(raw, label));
  }

  function refuseBundledId(result: SourceCheck): SourceCheck {
    if (result.ok && bundledIds.has(result.value.id)) {
      const message = "is the id of a bundled source; give the added source another id";
      return { ok: false, issues: [{ source: result.value.id, path: "id", message }] };
    }
    return result;
  }

  /** Replaces every added source with the readable ones among these checks; rebuilds once. */
  function replaceAdded(results: readonly SourceCheck[]): readonly SourceIssue[] {
    const issues: SourceIssue[] = [];
    const next = new Map<string, { document: SourceDocument; issues: SourceIssue[] }>();
    for (const result of results) {
      if (!result.ok) issues.push(...result.issues);
      else {
        issues.push(...result.quarantined);
        next.set(result.value.id, { document: result.value, issues: result.quarantined });
      }
    }
    added = [...next.values()];
    changed();
    return issues;
  }

  return {
    current: () => catalog,
    setAddedSources: (raws) =>
      replaceAdded(raws.map((raw, index) => check(raw, `added source ${index + 1}`))),
    setCheckedSources: (documents) =>
      replaceAdded(documents.map((value) => refuseBundledId({ ok: true, value, quarantined: [] }))),
    addSource(raw) {
      const result = check(raw, `added source ${added.length + 1}`);
      if (!result.ok) return result;
      const entry = { document: result.value, issues: result.quarantined };
      const at = added.findIndex((a) => a.document.id === result.value.id);
      added = at < 0 ? [...added, entry] : added.map((a, i) => (i === at ? entry : a));
      changed();
      return result;
    },
    removeSource(id) {
      const before = added.length;
      added = added.filter((a) => a.document.id !== id);
      if (added.length === before) return false;
      changed();
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    listSources() {
      const summary = (document: SourceDocument, isBundled: boolean): SourceSummary => {
        const item: SourceSummary = {
          id: document.id,
          headline: document.headline,
          date: document.date,
          rounds: document.rounds.length,
          bundled: isBundled,
        };
        if (document.publisher) item.publisher = document.publisher;
        if (document.url) item.url = document.url;
        return item;
      };
      return [
        ...base.documents.map((d) => summary(d, true)),
        ...added.map((a) => summary(a.document, false)),
      ];
    },
    quarantine: () => catalog.issues,
  };
}

/** The bundled dataset's valid sources, version and issues; never throws. */
function readBundled(raw: unknown): {
  version: string;
  documents: SourceDocument[];
  issues: SourceIssue[];
} {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      source: "bundled dataset",
      path: issue.path.map(String).join(".") || "dataset",
      message: issue.message,
    }));
    return { version: "0.0.0", documents: [], issues };
  }
  const documents: SourceDocument[] = [];
  const issues: SourceIssue[] = [];
  parsed.data.sources.forEach((source, index) => {
    const result = validateSource(source, `bundled source ${index + 1}`);
    if (!result.ok) issues.push(...result.issues);
    else {
      documents.push(result.value);
      issues.push(...result.quarantined);
    }
  });
  return { version: parsed.data.version, documents, issues };
}
