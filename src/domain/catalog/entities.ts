/**
 * The catalog's records: the schema's records merged across sources, with every fact stamped with
 * the source it comes from (`fact.source`), so that a passage is always cited with its article.
 */
import type * as schema from "../../data/schema";

/** A source as facts cite it (its text stays with the source document). */
export type SourceRef = {
  id: string;
  headline: string;
  /** YYYY-MM-DD. */
  date: string;
  publisher?: string;
  url?: string;
};

/** A record in which every fact (anything with a provenance) names its source. */
export type Stamped<T> = T extends readonly (infer U)[]
  ? Stamped<U>[]
  : T extends object
    ? { [K in keyof T]: Stamped<T[K]> } & ("enteredByAnalyst" extends keyof T
        ? { source: SourceRef }
        : unknown)
    : T;

/** The provenance every fact carries. */
export type FactProvenance = {
  quote?: string;
  inferred?: string;
  enteredByAnalyst?: true;
  source: SourceRef;
};

/**
 * The facts sources disagree on: for each field, the facts of the other (older) sources whose
 * value differs from the one that answers.
 */
export type Disputes<T, K extends keyof T> = { [F in K]?: readonly NonNullable<T[F]>[] };

export type MoneyFact = Stamped<schema.MoneyFact>;
export type DateFact = Stamped<schema.DateFact>;
export type TextFact = Stamped<schema.TextFact>;
export type ListFact = Stamped<schema.ListFact>;
export type CountFact = Stamped<schema.CountFact>;
export type Participants = Stamped<schema.ParticipantsRecord>;

/** Company facts that can differ between sources. */
export const COMPANY_FACT_KEYS = [
  "country",
  "description",
  "founded",
  "focus",
  "partnerCount",
  "sectors",
] as const;
export type CompanyFactKey = (typeof COMPANY_FACT_KEYS)[number];

/** Round facts that can differ between sources. */
export const ROUND_FACT_KEYS = [
  "series",
  "amount",
  "announced",
  "leads",
  "others",
  "postMoneyValuation",
] as const;
export type RoundFactKey = (typeof ROUND_FACT_KEYS)[number];

type Merged = { sources: readonly SourceRef[] };

export type Company = Stamped<schema.CompanyRecord> &
  Merged & { disputes: Disputes<Stamped<schema.CompanyRecord>, CompanyFactKey> };
export type Investor = Stamped<schema.InvestorRecord> & Merged;
export type Round = Stamped<schema.RoundRecord> &
  Merged & { disputes: Disputes<Stamped<schema.RoundRecord>, RoundFactKey> };
export type Person = Stamped<schema.PersonRecord> & Merged;
export type MacroFigure = Stamped<schema.MacroRecord> & Merged;

export type { Bound, Currency } from "../../data/schema";
export { CURRENCIES } from "../../data/currencies";
