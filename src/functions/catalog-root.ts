/**
 * The composition root of the functions runtime: the one place the bundled data becomes a catalog
 * store, published for the pane of the same page (see src/runtime/shared-catalog.ts).
 */
import { createCatalogStore } from "../domain/catalog/catalog-store";
import { bundledSources } from "../runtime/bundled-sources";
import { publishCatalogStore } from "../runtime/shared-catalog";

/** The page's store: the bundled sources plus those an analyst adds. */
export const catalogStore = publishCatalogStore(createCatalogStore(bundledSources()));
