import { rawDataset } from "./dataset";
import type { Dataset } from "./schema";
import { validateDataset } from "./validate-dataset";

/**
 * The bundled dataset, validated. A bad record throws here, when the bundle first loads; the build
 * runs the bundle once (scripts/bundle-check-plugin.js), so such a dataset never ships.
 */
export function loadDataset(raw: unknown = rawDataset): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) {
    throw new Error(`The bundled dataset is invalid:\n- ${result.issues.join("\n- ")}`);
  }
  return result.value;
}
