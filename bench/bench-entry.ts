/**
 * What the benchmark needs from the sources besides the built bundles: the raw data for the
 * baselines and the loader, validator and index builder, bundled for Node by bench/run-bench.js.
 */
export { rawDataset } from "../src/data/dataset";
export { loadDataset } from "../src/data/load-dataset";
export { createCatalogStore } from "../src/domain/catalog/catalog-store";
export { bundledSources } from "../src/runtime/bundled-sources";
export { normalizeName } from "../src/domain/catalog/names/normalize-name";
export { CORPUS as badInputCorpus } from "../test/functions/bad-input-corpus";
export { countSyncs } from "./count-syncs";
export * as scale from "./scale-entry";
