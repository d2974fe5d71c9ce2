/**
 * What the deal extractor takes and returns. Every field it fills is backed by a verbatim passage
 * of the input (`quotes`), so a reader can check each figure against the article.
 */

/** How a figure is hedged in the text: "about $5M", "more than $5M", "up to $5M", or exact. */
export type Qualifier = "about" | "more than" | "up to" | null;

/** An amount of money as the text states it: a full number and an ISO 4217 currency code. */
export interface Money {
  value: number;
  currency: string;
  qualifier: Qualifier;
}

/** A company valuation; `basis` is set only when the text says pre- or post-money. */
export interface Valuation extends Money {
  basis: "post-money" | "pre-money" | null;
}

/** The fields of a round that can carry a quote. */
export type QuotedField =
  | "company"
  | "series"
  | "amount"
  | "amountUsd"
  | "announced"
  | "leads"
  | "participants"
  | "valuation";

/** One funding round found in the article. */
export interface ExtractedRound {
  company: string;
  series: string | null;
  amount: Money | null;
  /** Only when the text itself states a USD figure for a non-USD amount. */
  amountUsd: number | null;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precisely as the text dates the round. */
  announced: string | null;
  leads: string[];
  participants: string[];
  valuation: Valuation | null;
  /** True for a round the article reports as news, false for earlier rounds mentioned in passing. */
  isCurrentRound: boolean;
  /** For every non-empty field, an exact substring of the input that supports it. */
  quotes: Partial<Record<QuotedField, string>>;
}

/** Something the extractor noticed but did not turn into a field (never a guess). */
export interface ExtractIssue {
  kind: "invalid-published-date" | "empty-text" | "vague-amount" | "round-without-company";
  message: string;
  /** The passage the issue is about, verbatim, when there is one. */
  quote?: string;
}

/** The extractor's input: the article's text, its publication date and, optionally, its headline. */
export interface ExtractInput {
  text: string;
  /** "YYYY-MM-DD": relative dates ("on Monday", "in July") are resolved against it. */
  published: string;
  /** Read for company names only; quotes always come from `text`. */
  headline?: string;
}

/** The extractor's output. */
export interface ExtractResult {
  rounds: ExtractedRound[];
  issues: ExtractIssue[];
}
