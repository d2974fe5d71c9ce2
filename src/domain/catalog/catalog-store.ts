/**
 * The catalog as it changes: built from the bundled sources plus the sources an analyst adds,
 * rebuilt when those change, and telling its listeners (function caches, the pane) that it did.
 * Nothing here runs at import: each runtime creates one store in its composition root.
 *
 * The store takes sources already checked, and checks nothing itself: so the functions bundle,
 * which builds it, carries no schema (the bundled sources are checked when the add-in is built;
 * the pane checks what it adds). `createCheckingCatalogStore` is the same store over raw data.
 */
import type { SourceDocument } from "../../data/schema";
import type { SourceCheck, SourceIssue } from "../../data/validate-source";
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

/** The sources that ship with the add-in, checked when it was built, and what that check set aside. */
export type BundledSources = {
  version: string;
  documents: readonly CheckedSource[];
  issues?: readonly SourceIssue[];
};

/** Called with the new catalog after every change of sources. */
export type CatalogListener = (catalog: Catalog) => void;

export type CatalogStore = {
  /**
   * The catalog of the bundled and added sources, as of the last change. Read it at each use.
   * @example airound(store.current(), "SenseTime", "C") // { kind: "ok", value: 600000000 }
   */
  current(): Catalog;
  /**
   * Replaces every added source with the documents of these checks (each with the records its
   * check set aside) and rebuilds once. Returns the issues: records set aside, and the checks that
   * failed or reuse a bundled id (those sources are refused).
   * @example store.setCheckedResults(raws.map((raw) => validateSource(raw))) // [] when all are valid
   */
  setCheckedResults(checks: readonly SourceCheck[]): readonly SourceIssue[];
  /**
   * `setCheckedResults` for documents that passed the full check with no record set aside (the
   * workbook and import checks, `validateDocument`): only refused when they reuse a bundled id.
   * @example store.setCheckedSources(decoded.sources.map((s) => s.document)) // []
   */
  setCheckedSources: (documents: readonly CheckedSource[]) => readonly SourceIssue[];
  /**
   * Adds the source of one check, or replaces the added source with the same id; rebuilds. A
   * failed check, or a source that reuses a bundled id, is refused and changes nothing.
   * @example store.addCheckedResult(validateSource(extracted)).ok // true; its set-aside records are in `quarantined`
   */
  addCheckedResult(check: SourceCheck): SourceCheck;
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
 * Creates a store over the bundled sources.
 * @example
 * const store = createCatalogStore(bundledSources());
 * const stop = store.subscribe((catalog) => console.log(catalog.sources.length));
 * store.setCheckedSources(workbookDocuments);
 * store.listSources().map((s) => s.id) // ["article-2018-04-10", "reuters-2018-05"]
 * stop();
 */
export function createCatalogStore(bundled: BundledSources): CatalogStore {
  const base = { ...bundled, issues: bundled.issues ?? [] };
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
    setCheckedResults: (checks) => replaceAdded(checks.map(refuseBundledId)),
    setCheckedSources: (documents) =>
      replaceAdded(documents.map((value) => refuseBundledId({ ok: true, value, quarantined: [] }))),
    addCheckedResult(check) {
      const result = refuseBundledId(check);
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
