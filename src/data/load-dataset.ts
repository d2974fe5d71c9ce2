import { rawDataset } from "./dataset";
import type { Dataset } from "./schema";
import { validateDataset } from "./validate-dataset";

/**
 * The bundled dataset, validated strictly (tests and the build use it: a bad bundled record fails
 * them). The add-in's runtimes take the dataset as written once the build has checked it
 * (src/runtime/bundled-sources.ts); `createCheckingCatalogStore` sets a bad record aside instead.
 */
export function loadDataset(raw: unknown = rawDataset): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) {
    throw new Error(`The bundled dataset is invalid:\n- ${result.issues.join("\n- ")}`);
  }
  return result.value;
}
