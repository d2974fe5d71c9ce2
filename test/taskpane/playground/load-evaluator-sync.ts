/**
 * The formula reader's loader for Jest, which cannot run a dynamic import() without Node's
 * experimental VM modules: the same module, required. The browser suite loads the real chunk.
 */
import { formulaEvaluator } from "../../../src/taskpane/playground/evaluate-formula";
import type { Evaluate } from "../../../src/taskpane/playground/load-evaluator";

export const loadEvaluator = async (): Promise<Evaluate> => formulaEvaluator();
