/**
 * The bundled sources as the runtimes use them: checked when the add-in is built (the build fails
 * on a bad record, scripts/bundle-check-plugin.js) and by the tests, which also hold that the
 * checks change nothing in them, so they are taken as they are written and the functions bundle
 * carries no schema.
 */
import { rawDataset } from "../data/dataset";
import type { BundledSources, CheckedSource } from "../domain/catalog/catalog-store";

/**
 * A fresh copy of the bundled sources (the catalog marks facts with their source in place; the
 * module's data stays as written).
 * @example createCatalogStore(bundledSources()).listSources()[0].id // "article-2018-04-10"
 */
export function bundledSources(): BundledSources {
  const { version, sources } = JSON.parse(JSON.stringify(rawDataset)) as {
    version: string;
    sources: CheckedSource[];
  };
  return { version, documents: sources };
}
