/**
 * Start-up at scale as a workbook opens: the sources kept in the workbook were checked when they
 * were added and sealed; at start each one's seal is verified against its stored text and the
 * page's catalog is built with them. Reading the parts (XML and JSON) is the sources benchmark's.
 */
import { rawDataset } from "../src/data/dataset";
import { createCatalogStore, type CheckedSource } from "../src/domain/catalog/catalog-store";
import { encodeEntry, sealHolds, STORE_SCHEMA_VERSION } from "../src/excel/sources/source-parts";
import { addedSourceSeal, validateDocument } from "../src/sources/validate-document";

/**
 * Prepares the stored form of `sources` (each checked, sealed, and read back from its JSON, once
 * per run: each run starts from documents as fresh as a workbook's, never stamped or looked up
 * before) and returns the start-up to time for run `run` (0 to `runs - 1`): verify every seal,
 * then build the store.
 */
export function workbookStartup(
  sources: readonly unknown[],
  runs: number,
): (run: number) => number {
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
  const fresh = Array.from({ length: runs }, () =>
    stored.map((entry) => (JSON.parse(entry.json) as { document: unknown }).document),
  );
  return (run) => {
    const documents: CheckedSource[] = [];
    for (const [i, entry] of stored.entries()) {
      if (!sealHolds(seal, entry.seal, entry.json)) throw new Error("a seal did not hold");
      const accepted = seal.trusted(fresh[run]?.[i]);
      if (accepted.ok) documents.push(accepted.value);
    }
    const store = createCatalogStore(rawDataset);
    store.setCheckedSources(documents);
    return store.current().companies.all.length;
  };
}
