/** The catalog of the bundled sources, as the page's composition root publishes it. */
import { currentCatalog } from "../src/runtime/shared-catalog";

export const catalog = currentCatalog();
