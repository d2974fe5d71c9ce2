/**
 * The workbook sources' part of `npm run bench`: a seeded workbook of 500 added articles with
 * 10,000 rounds (bench/sources-corpus.ts), stored as the add-in stores it, then loaded as the pane
 * does at start: parts read back into checked documents, and the page's catalog rebuilt with
 * them. Excel's own round trips are not measured here; `readSyncs` says how many there are.
 * Baselines from the same run: the catalog of the bundled sources alone, and a bare JSON.parse
 * of the same stored entries.
 */
const { register } = require("tsx/cjs/api");
const { performance } = require("perf_hooks");
const { median, msPerRun } = require("./measure");

const round1 = (x) => Math.round(x * 10) / 10;

/** Sizes and load times of the synthetic workbook. */
async function benchSources(runs = 3) {
  const unregister = register();
  try {
    const bench = require("./sources-bench.ts");
    const { bundledSources } = require("../src/runtime/bundled-sources.ts");
    const { createCatalogStore } = require("../src/domain/catalog/catalog-store.ts");
    const { normalizeName } = require("../src/domain/catalog/names/normalize-name.ts");
    await require("../src/excel/sources/document-hash.ts").prepareDocumentHash();
    const workbook = bench.storedWorkbook();
    const decodeMs = [];
    const catalogMs = [];
    for (let r = 0; r < runs; r++) {
      // Each load meets the names for the first time, as a page opening the workbook does.
      normalizeName.forget();
      let start = performance.now();
      const documents = bench.decodeStored(workbook.parts);
      decodeMs.push(performance.now() - start);
      start = performance.now();
      bench.loadIntoCatalog(documents);
      catalogMs.push(performance.now() - start);
    }
    return {
      articles: workbook.articles,
      rounds: workbook.rounds,
      parts: workbook.parts.length,
      storedBytes: workbook.storedBytes,
      largestPartPayloadBytes: workbook.largestPartPayload,
      readSyncs: workbook.readSyncs,
      loadMs: round1(median(decodeMs.map((ms, i) => ms + catalogMs[i]))),
      decodeMs: round1(median(decodeMs)),
      catalogMs: round1(median(catalogMs)),
      bundledOnlyMs: round1(msPerRun(() => createCatalogStore(bundledSources()), 15)),
      parseOnlyMs: round1(msPerRun(() => bench.parseOnly(workbook.parts), runs)),
      uncheckedReadMs: round1(msPerRun(() => bench.decodeUnchecked(workbook.parts), runs)),
      fullCheckReadMs: round1(msPerRun(() => bench.decodeStored(workbook.parts, true), runs)),
    };
  } finally {
    unregister();
  }
}

/** Report rows in run-bench's [name, value, budget] form. */
function sourcesRows(s) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  return [
    [
      `sources: load ${s.articles} articles / ${s.rounds} rounds`,
      `${s.loadMs} ms (read ${s.decodeMs} + catalog ${s.catalogMs}; read checking every document in full ${s.fullCheckReadMs}; unchecked read ${s.uncheckedReadMs}; bare JSON.parse ${s.parseOnlyMs}; bundled only ${s.bundledOnlyMs})`,
      "",
    ],
    [
      "sources: stored in the workbook",
      `${mb(s.storedBytes)} in ${s.parts} parts (largest ${Math.round(s.largestPartPayloadBytes / 1024)} KB), ${s.readSyncs} syncs to read`,
      "≤ 64 KB/part, ≤ 3.5 MB/sync",
    ],
  ];
}

module.exports = { benchSources, sourcesRows };
