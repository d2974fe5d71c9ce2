/**
 * What the extractor carries from one clause to the next while it reads an article: the rounds
 * found so far, the company the text is about, the investor last named, a round-up's date.
 */
import type { Company, CompanyRegistry } from "./company";
import type { YenSign } from "./money";
import type { RoundMention, TextSpan } from "./round-mention";
import type { ExtractIssue, Valuation } from "./types";

/** A round mention whose company is named only in a title-case line, resolved after the body. */
export interface Pending {
  mention: RoundMention;
  name: string;
}

/** What the extractor has learnt so far in an article. */
export interface State {
  published: string;
  /** What "¥" stands for in this article. */
  yenSign: YenSign;
  registry: CompanyRegistry;
  mentions: RoundMention[];
  pending: Pending[];
  issues: ExtractIssue[];
  /** The company the article is about at this point ("it", "the startup"). */
  about: Company | null;
  quote: (span: TextSpan) => string;
  companySpans: Map<Company, TextSpan>;
  /** "the largest rounds announced this week": the date a round-up gives its items. */
  listDate: { iso: string; span: TextSpan } | null;
  /** A round-up's sub-heading naming a company, and the sentence it is. */
  heading: { name: string; index: number; span: TextSpan } | null;
  /**
   * The round a sentence about "the new round" joined investors to, far from where the round was
   * reported, and the sentence it did so in: the next sentence's "also participated" joins it too.
   */
  followUp: { mention: RoundMention; index: number; count: number } | null;
  /** A company the sentence at `index` introduced in apposition ("Fernlight, a …, let go"). */
  introduced: { name: string; index: number; span: TextSpan } | null;
  /** The investor the article last spoke of as a subject ("Sequoia Capital India has …"). */
  investor: string | null;
  /** The company the article's sentences are about, when no round has named one. */
  subject: () => { name: string; start: number; end: number } | null;
  /** "up from $300 million when it raised its Series A": an earlier round's valuation. */
  pastValuations: {
    company: Company | null;
    series: string;
    valuation: Valuation;
    span: TextSpan;
    index: number;
    /** "…when it raised its Series C in March 2025": the earlier round's date, if given. */
    announced: string | null;
  }[];
  /** "X is valued at $2 billion after its latest funding", told before the round itself. */
  valuationsAhead: { name: string | null; valuation: Valuation; span: TextSpan; index: number }[];
}
