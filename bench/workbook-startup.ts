/**
 * Start-up at scale as a workbook opens: the sources kept in the workbook were checked when they
 * were added and sealed; at start each one's seal is verified against its stored text and the
 * page's catalog is built with them. Reading the parts (XML and JSON) is the sources benchmark's.
 */
import { bundledSources } from "../src/runtime/bundled-sources";
import { createCatalogStore, type CheckedSource } from "../src/domain/catalog/catalog-store";
import { normalizeName } from "../src/domain/catalog/names/normalize-name";
import { encodeEntry, sealHolds, STORE_SCHEMA_VERSION } from "../src/excel/sources/source-parts";
import { addedSourceSeal, validateDocument } from "../src/sources/validate-document";

/**
 * Prepares the stored form of `sources` (each checked, sealed and stored as its JSON) and returns
 * one start-up: it reads the documents back from their JSON (as fresh as a workbook's, never
 * stamped or looked up before; not timed, the sources benchmark times reading), then times what
 * follows as a page starts: with no name met before, every seal verified and the store built.
 * Returns the milliseconds that took.
 */
export function workbookStartup(sources: readonly unknown[]): () => number {
  const bundledIds = () => new Set(["article-2018-04-10"]);
  const seal = addedSourceSeal(bundledIds);
  const stored = sources.map((raw) => {
    const checked = validateDocument(raw);
    if (!checked.ok) throw new Error(checked.issues[0]);
    const entry = {
      schemaVersion: STORE_SCHEMA_VERSION,
      id: checked.value.id,
      addedAt: "2026-11-28T00:00:00Z",
      document: checked.value,
    };
    const json = encodeEntry(entry, seal)
      .map((xml) => xml.slice(xml.indexOf("<![CDATA[") + 9, xml.lastIndexOf("]]>")))
      .join("");
    const read = JSON.parse(json) as { seal: string };
    return { json, seal: read.seal };
  });
  return () => {
    const fresh = stored.map((entry) => (JSON.parse(entry.json) as { document: unknown }).document);
    normalizeName.forget();
    const start = performance.now();
    const documents: CheckedSource[] = [];
    for (const [i, entry] of stored.entries()) {
      if (!sealHolds(seal, entry.seal, entry.json)) throw new Error("a seal did not hold");
      const accepted = seal.trusted(fresh[i]);
      if (accepted.ok) documents.push(accepted.value);
    }
    const store = createCatalogStore(bundledSources());
    store.setCheckedSources(documents);
    store.current();
    return performance.now() - start;
  };
}
