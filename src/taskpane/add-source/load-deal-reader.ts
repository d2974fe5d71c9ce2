/**
 * Loads the deal reader on demand: webpack emits `./deal-reader` (the extractor, its date parser
 * chrono-node and the readers of an analyst's corrections) as its own chunk, deal-reader.js,
 * fetched from our origin once the pane has drawn, so the pane's first load does not carry it.
 */
import type { ExtractInput, ExtractResult } from "../../extract/types";
import type { EditReaders } from "../../sources/review/review-round";

/** What reads a pasted article and an analyst's corrections. */
export type DealReader = {
  findDeals(input: ExtractInput): ExtractResult;
  readers: EditReaders;
};

export const loadDealReader = async (): Promise<DealReader> =>
  (await import(/* webpackChunkName: "deal-reader" */ "./deal-reader.js")).dealReader;
