/** The deal extractor's public surface: one function and its types. */
export { extractRounds } from "./extract-rounds";
export type {
  ExtractedRound,
  ExtractInput,
  ExtractIssue,
  ExtractResult,
  Money,
  Qualifier,
  QuotedField,
  Valuation,
} from "./types";
