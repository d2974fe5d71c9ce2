/**
 * Loads the formula reader on demand: webpack emits `./evaluate-formula` (and fast-formula-parser,
 * unless the pane's first script already holds it) as their own chunk, formula-reader.js, fetched
 * from our origin the first time this runs.
 */
import type { Catalog } from "../../domain/catalog/catalog";
import type { Evaluation } from "./evaluate-formula";

export type Evaluate = (catalog: Catalog, input: string) => Evaluation;

export const loadEvaluator = async (): Promise<Evaluate> =>
  (
    await import(/* webpackChunkName: "formula-reader" */ "./evaluate-formula.js")
  ).formulaEvaluator();
