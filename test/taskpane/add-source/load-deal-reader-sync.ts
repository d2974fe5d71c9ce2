/**
 * The deal reader's loader for Jest, which cannot run a dynamic import() without Node's
 * experimental VM modules: the same module, required. The browser suite loads the real chunk.
 */
import { dealReader } from "../../../src/taskpane/add-source/deal-reader";
import type { DealReader } from "../../../src/taskpane/add-source/load-deal-reader";

export const loadDealReader = async (): Promise<DealReader> => dealReader;
