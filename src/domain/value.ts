import type { CountFact, DateFact, ListFact, MoneyFact, TextFact } from "../data/schema";

/** A value the source gives, in a form each renderer (cell, table, pane) can format. */
export type Value =
  | ({ type: "money" } & Pick<MoneyFact, "amount" | "currency" | "bound">)
  | ({ type: "date" } & Pick<DateFact, "iso" | "precision">)
  | ({ type: "count" } & Pick<CountFact, "count" | "bound">)
  | { type: "text"; text: string };

/** A value with the article passage behind it, and the reasoning if it was inferred. */
export type Sourced<T extends Value = Value> = { value: T; quote: string; inferred?: string };

type Provenance = { quote: string; inferred?: string };

const provenance = (fact: Provenance): Provenance =>
  fact.inferred === undefined
    ? { quote: fact.quote }
    : { quote: fact.quote, inferred: fact.inferred };

export const money = (fact: MoneyFact): Sourced => ({
  value: { type: "money", amount: fact.amount, currency: fact.currency, bound: fact.bound },
  ...provenance(fact),
});

export const date = (fact: DateFact): Sourced => ({
  value: { type: "date", iso: fact.iso, precision: fact.precision },
  ...provenance(fact),
});

export const count = (fact: CountFact): Sourced => ({
  value: { type: "count", count: fact.count, bound: fact.bound },
  ...provenance(fact),
});

export const text = (value: string, fact: Provenance): Sourced => ({
  value: { type: "text", text: value },
  ...provenance(fact),
});

export const textFact = (fact: TextFact): Sourced => text(fact.text, fact);

/** Several names in one cell are joined with "; ". */
export const LIST_SEPARATOR = "; ";

export const list = (fact: ListFact): Sourced => text(fact.items.join(LIST_SEPARATOR), fact);
