import type { CountFact, DateFact, ListFact, MoneyFact, TextFact } from "../data/schema";

/** A value the source gives, in a form each renderer (cell, table, pane) can format. */
export type Value =
  | ({ type: "money" } & Pick<MoneyFact, "amount" | "currency" | "bound">)
  | ({ type: "date" } & Pick<DateFact, "iso" | "precision">)
  | ({ type: "count" } & Pick<CountFact, "count" | "bound">)
  | { type: "text"; text: string };

/**
 * A value with the article passages behind it (`quote` is them joined, for a cell or a tooltip;
 * `passages` keeps them apart, each verbatim), and the reasoning if it was inferred.
 */
export type Sourced<T extends Value = Value> = {
  value: T;
  quote: string;
  passages: readonly string[];
  inferred?: string;
};

type Provenance = { quote: string; passages?: readonly string[]; inferred?: string };

function provenance(fact: Provenance): Omit<Sourced, "value"> {
  const passages = fact.passages ?? [fact.quote];
  return fact.inferred === undefined
    ? { quote: fact.quote, passages }
    : { quote: fact.quote, passages, inferred: fact.inferred };
}

/** Joins separate passages in a quote, so the joint never reads as one verbatim sentence. */
export const PASSAGE_SEPARATOR = " … ";

/**
 * The provenance of a fact drawn from several passages, each kept once, in the order given.
 * @example fromPassages(["A.", "B.", "A."]) // { quote: "A. … B.", passages: ["A.", "B."] }
 */
export function fromPassages(quotes: readonly string[]): Required<Omit<Provenance, "inferred">> {
  const passages = [...new Set(quotes)];
  return { quote: passages.join(PASSAGE_SEPARATOR), passages };
}

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
