/**
 * What the scale benchmark needs, bundled for Node with the rest of bench-entry.ts: the seeded
 * generator, the store, one formula and the three table models, and the insertion plan.
 */
export { generateSyntheticCatalog } from "./synthetic-sources";
export { createCatalogStore } from "../src/domain/catalog/catalog-store";
export { createCheckingCatalogStore } from "../src/domain/catalog/checking-store";
export { bundledSources } from "../src/runtime/bundled-sources";
export { validateSource } from "../src/data/validate-source";
export { normalizeName } from "../src/domain/catalog/names/normalize-name";
export { mergeSources } from "../src/domain/catalog/merge/merge-sources";
export { buildCatalog } from "../src/domain/catalog/catalog";
export { airound } from "../src/domain/formulas/formulas";
export { investorMap } from "../src/domain/tables/table-investors";
export { roundComparison } from "../src/domain/tables/table-rounds";
export { companyComparison } from "../src/domain/tables/table-companies";
export { planInsertion, rowPayloadBytes } from "../src/domain/tables/insertion-plan";
export { tableBlock } from "../src/taskpane/table-block";
export { workbookStartup } from "./workbook-startup";
export { prepareDocumentHash } from "../src/excel/sources/document-hash";
