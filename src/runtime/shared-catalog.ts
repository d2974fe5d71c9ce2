/**
 * The one catalog store of the page. In Excel's shared runtime the custom functions and the task
 * pane run in one page: functions.js (loaded first) creates the store from the bundled data and
 * publishes it here; the pane reads it, so the page holds one copy of the data and both see the
 * same sources. This module carries no data itself.
 */
import { buildCatalog, type Catalog } from "../domain/catalog/catalog";
import type { CatalogStore } from "../domain/catalog/catalog-store";

/** The global the store is published on (a property of `globalThis`, named for the add-in). */
export const SHARED_CATALOG_KEY = "aiDealsCatalogStore";

type WithStore = { [SHARED_CATALOG_KEY]?: CatalogStore };

/**
 * Publishes the page's store; returns it.
 * @example const store = publishCatalogStore(createCatalogStore(bundledSources()));
 */
export function publishCatalogStore(store: CatalogStore): CatalogStore {
  (globalThis as WithStore)[SHARED_CATALOG_KEY] = store;
  return store;
}

/**
 * The page's store. Without one (functions.js failed to load), an empty store whose quarantine
 * says why, so the pane shows an explanation rather than failing.
 * @example sharedCatalogStore().listSources().length // 1 with the bundled article
 */
export function sharedCatalogStore(): CatalogStore {
  return (globalThis as WithStore)[SHARED_CATALOG_KEY] ?? unavailableStore();
}

const UNAVAILABLE = {
  source: "functions.js",
  path: "catalog",
  message: "the DEALS functions did not load, so no source is available; reload the add-in",
};

/**
 * A store with no sources that refuses additions, so the pane bundle does not carry the data.
 */
function unavailableStore(): CatalogStore {
  const catalog = buildCatalog([], { version: "0.0.0", issues: [UNAVAILABLE] });
  const refused = { ok: false as const, issues: [UNAVAILABLE] };
  return {
    current: () => catalog,
    setCheckedResults: () => [UNAVAILABLE],
    setCheckedSources: () => [UNAVAILABLE],
    addCheckedResult: () => refused,
    removeSource: () => false,
    subscribe: () => () => undefined,
    listSources: () => [],
    quarantine: () => catalog.issues,
  };
}

/**
 * The page's catalog as of now: read it at each use, never keep it, so changes of sources show.
 * @example currentCatalog().companies.names // ["SenseTime", "Megvii"]
 */
export function currentCatalog(): Catalog {
  return sharedCatalogStore().current();
}
