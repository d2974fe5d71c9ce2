/**
 * The measured steps of loading a workbook's sources, apart from Excel's own round trips: reading
 * the stored parts back into checked documents, and rebuilding the catalog with them (each
 * document is checked once, while it is read).
 */
import { bundledSources } from "../src/runtime/bundled-sources";
import { createCatalogStore, type CheckedSource } from "../src/domain/catalog/catalog-store";
import { payloadBytes, syncBatches } from "../src/excel/sources/payload-size";
import {
  decodeParts,
  encodeEntry,
  STORE_SCHEMA_VERSION,
  type StoredPart,
} from "../src/excel/sources/source-parts";
import { addedSourceSeal, validateDocument } from "../src/sources/validate-document";
import { syntheticSources } from "./sources-corpus";

/** As the pane seals what it keeps: the bundled source's id is the one an added source may not take. */
const bundledIds = createCatalogStore(bundledSources())
  .listSources()
  .map((source) => source.id);
const seal = addedSourceSeal(() => new Set(bundledIds));

/** The stored parts of the synthetic workbook (sealed, as the add-in writes them), and its size. */
export function storedWorkbook() {
  // Checked as the pane checks every source before it keeps one (and so seals it).
  const documents = syntheticSources().map((raw) => {
    const checked = validateDocument(raw);
    if (!checked.ok) throw new Error(checked.issues[0]);
    return checked.value;
  });
  const written: StoredPart[] = documents.flatMap((document, i) =>
    encodeEntry(
      {
        schemaVersion: STORE_SCHEMA_VERSION,
        id: document.id,
        addedAt: "2026-11-28T00:00:00Z",
        document,
      },
      seal,
    ).map((xml, piece) => ({ id: `{${i}-${piece}}`, xml })),
  );
  // Through JSON, as Excel's response brings them: flat strings, not the writer's concatenations.
  const parts: StoredPart[] = JSON.parse(JSON.stringify(written));
  return {
    documents,
    parts,
    articles: documents.length,
    rounds: documents.reduce((sum, d) => sum + d.rounds.length, 0),
    storedBytes: parts.reduce((sum, p) => sum + Buffer.byteLength(p.xml), 0),
    largestPartPayload: Math.max(...parts.map((p) => payloadBytes(p.xml))),
    // As `readPartsXml` reads: one sync lists the parts, then one per batch.
    readSyncs: 1 + syncBatches(parts).length,
  };
}

/**
 * Parts → checked documents (what the pane does with what Excel returns); with `fullCheck`, every
 * document is checked again (a workbook written before seals, or changed outside the add-in).
 */
export function decodeStored(parts: readonly StoredPart[], fullCheck = false) {
  const decoded = decodeParts(parts, validateDocument, fullCheck ? undefined : seal);
  if (decoded.quarantined.length > 0) throw new Error(decoded.quarantined[0]?.reason);
  return decoded.sources.map((s) => s.document);
}

/** The same read without the documents' checks: the XML and JSON share of `decodeStored`. */
export function decodeUnchecked(parts: readonly StoredPart[]) {
  return decodeParts(parts, (raw) => ({ ok: true, value: raw })).sources.length;
}

/**
 * Checked documents → the page's catalog with them (what the functions then answer from); as in
 * the pane, they are not checked a second time.
 */
export function loadIntoCatalog(documents: readonly CheckedSource[]) {
  const store = createCatalogStore(bundledSources());
  store.setCheckedSources(documents);
  return store;
}

/** The floor: parsing the same entries' JSON without checks, splitting or catalog. */
export function parseOnly(parts: readonly StoredPart[]) {
  const json = (xml: string) => xml.slice(xml.indexOf("<![CDATA[") + 9, xml.lastIndexOf("]]>"));
  return parts.map((p) => JSON.parse(json(p.xml)));
}
