/** The deal reader's chunk: the extractor and the readers of corrections, loaded together. */
import { extractRounds } from "../../extract";
import { editReaders } from "../../sources/review/edit-readers";
import type { DealReader } from "./load-deal-reader";

export const dealReader: DealReader = { findDeals: extractRounds, readers: editReaders };
