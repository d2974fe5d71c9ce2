/**
 * The pane's sources, composed: the catalog store of the page, where added sources are kept
 * (the workbook in Excel, the page session elsewhere), the "Add a source" section and the sources
 * list. At start in Excel it loads the workbook's sources into the catalog, then lets the custom
 * functions answer.
 */
import type { CatalogStore, CheckedSource } from "../../domain/catalog/catalog-store";
import { findAffectedCells } from "../../excel/sources/affected-cells";
import { prepareDocumentHash } from "../../excel/sources/document-hash";
import { loadWorkbookSources } from "../../excel/sources/workbook-source-store";
import { releaseSources } from "../../runtime/sources-ready";
import { knownRounds } from "../../sources/known-rounds";
import { toSourceDocument } from "../../sources/to-source-document";
import { addedSourceCheck, addedSourceSeal } from "../../sources/validate-document";
import { setUpAddSource } from "../add-source/add-source-view";
import { loadDealReader, type DealReader } from "../add-source/load-deal-reader";
import { byId, showStatus } from "../dom";
import { setUpSourcesList } from "../sources-list/sources-list-view";
import { sessionKeeper, workbookKeeper, type SourceKeeper } from "./source-keeper";

/** Wires both sections; returns what the pane calls once it knows whether Excel is there. */
export function setUpPaneSources(store: CatalogStore): {
  hostKnown(inExcel: boolean): Promise<void>;
} {
  let keeper: SourceKeeper<CheckedSource> = sessionKeeper<CheckedSource>(store);
  let inExcel = false;
  const status = byId("sources-status", HTMLElement);
  // The bundled sources ship with the add-in and never change in a session: listed once, not for
  // every source checked (an import or a workbook of hundreds).
  let bundled: ReadonlySet<string> | undefined;
  const bundledIds = () =>
    (bundled ??= new Set(store.listSources().flatMap((s) => (s.bundled ? [s.id] : []))));
  const checkAdded = addedSourceCheck(bundledIds);
  const seal = addedSourceSeal(bundledIds);
  // The hash that checks stored sources' seals, compiled now: the workbook's sources are read next.
  void prepareDocumentHash();

  // Fetched once the pane has drawn, so the first load does not carry the extractor.
  let reader: DealReader | undefined;
  let loading: Promise<DealReader> | undefined;
  const whenReader = () => (loading ??= loadDealReader().then((loaded) => (reader = loaded)));
  setTimeout(() => void whenReader().catch(() => undefined), 0);

  const refreshAdd = setUpAddSource<CheckedSource>({
    reader: () => reader,
    whenReader,
    known: () => knownRounds(store.current()),
    companyNames: () => store.current().companies.all.map((company) => company.name),
    toSource(article, rounds) {
      const built = toSourceDocument(article, rounds, knownRounds(store.current()).companyNamed);
      if (!built.ok) return built;
      if (keeper.entries().some((entry) => entry.id === built.value.id)) {
        return { ok: false, message: "This article is already a source: see the sources list." };
      }
      const checked = checkAdded(built.value);
      if (!checked.ok) {
        return { ok: false, message: `The source did not pass its checks: ${checked.issues[0]}` };
      }
      return {
        ok: true,
        value: { id: built.value.id, addedAt: new Date().toISOString(), document: checked.value },
      };
    },
    keeper: () => keeper,
  });
  const refreshList = setUpSourcesList<CheckedSource>({
    summaries: () => store.listSources(),
    keeper: () => keeper,
    companiesOf: (document) => document.companies.map((company) => company.name),
    async affectedCells(companies) {
      if (!inExcel) return undefined;
      try {
        return await Excel.run((context) => findAffectedCells(context, companies));
      } catch {
        return undefined;
      }
    },
    validate: checkAdded,
  });
  store.subscribe(() => {
    refreshAdd();
    refreshList();
  });

  return {
    async hostKnown(excel) {
      inExcel = excel;
      if (!excel) {
        releaseSources();
        refreshAdd();
        refreshList();
        return;
      }
      const loaded = await loadWorkbookSources(
        checkAdded,
        ({ sources, quarantined }) => {
          keeper = workbookKeeper<CheckedSource>(sources, store, seal);
          store.setCheckedSources(sources.map((source) => source.document));
          if (quarantined.length > 0) {
            showStatus(status, {
              ok: false,
              message: `${quarantined.length} source${quarantined.length === 1 ? "" : "s"} stored in this workbook could not be used and ${quarantined.length === 1 ? "is" : "are"} kept unchanged: ${quarantined.map((q) => q.reason).join(" ")}`,
            });
          }
          // Functions that answered without these sources (the gate's safety timer) recalculate,
          // in the same Excel.run as the read.
          return releaseSources();
        },
        seal,
      );
      if (!loaded.ok) {
        showStatus(status, loaded);
        releaseSources();
      }
    },
  };
}
