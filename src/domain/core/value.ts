import type {
  CountFact,
  DateFact,
  FactProvenance,
  ListFact,
  MoneyFact,
  SourceRef,
  TextFact,
} from "../catalog/entities";

/** A value a source gives, in a form each renderer (cell, table, pane) can format. */
export type Value =
  | ({ type: "money" } & Pick<MoneyFact, "amount" | "currency" | "bound">)
  | ({ type: "date" } & Pick<DateFact, "iso" | "precision">)
  | ({ type: "count" } & Pick<CountFact, "count" | "bound">)
  | { type: "text"; text: string };

/**
 * Where a value was found: its source and the verbatim passage, or (for an analyst's own entry)
 * `enteredByAnalyst` and no passage.
 */
export type Citation = { source: SourceRef; passage?: string; enteredByAnalyst?: true };

/**
 * A value with the passages behind it (`quote` is them joined, for a cell or a tooltip; `passages`
 * keeps them apart, each verbatim; `citations` names the source of each), the reasoning if it was
 * inferred, and (`differs`) what other sources say when they disagree with the one that answers.
 */
export type Sourced<T extends Value = Value> = {
  value: T;
  quote: string;
  passages: readonly string[];
  citations: readonly Citation[];
  inferred?: string;
  differs?: readonly Sourced[];
};

type Provenance = Omit<Sourced, "value" | "differs">;

/** One fact's provenance, built directly: this runs for every cell of every table. */
function provenance(fact: FactProvenance): Provenance {
  const base = citedOnce(fact);
  if (fact.inferred !== undefined) base.inferred = fact.inferred;
  return base;
}

/** One fact's passage and citation. */
function citedOnce({ quote, source }: FactProvenance): Provenance {
  return quote
    ? { quote, passages: [quote], citations: [{ source, passage: quote }] }
    : { quote: "", passages: [], citations: [{ source, enteredByAnalyst: true }] };
}

/** Joins separate passages in a quote, so the joint never reads as one verbatim sentence. */
export const PASSAGE_SEPARATOR = " … ";

/**
 * The provenance of a fact drawn from several facts' passages, each kept once, in the order given.
 * @example fromFacts([a, b, a]).passages // [a.quote, b.quote]
 */
export function fromFacts(facts: readonly FactProvenance[]): Provenance {
  // One fact (most table cells): its own passage and citation, without the sets below.
  if (facts.length === 1) return citedOnce(facts[0]);
  const passages = [...new Set(facts.flatMap((f) => (f.quote ? [f.quote] : [])))];
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const fact of facts) {
    const key = `${fact.source.id}|${fact.quote ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push(
      fact.quote
        ? { source: fact.source, passage: fact.quote }
        : { source: fact.source, enteredByAnalyst: true },
    );
  }
  return { quote: passages.join(PASSAGE_SEPARATOR), passages, citations };
}

/**
 * The fact with what the other sources say, when they differ (`others` are their facts).
 * @example disputed(money(round.amount), round.disputes.amount?.map(money)).differs?.length // 1
 */
export function disputed(fact: Sourced, others: readonly Sourced[] | undefined): Sourced {
  return others && others.length > 0 ? { ...fact, differs: others } : fact;
}

/** The distinct sources a fact cites, in order. */
export function sourcesOf(fact: Pick<Sourced, "citations">): SourceRef[] {
  // Most facts cite one source: no map for them (a table asks this of every cell).
  if (fact.citations.length === 1) return [fact.citations[0].source];
  const byId = new Map(fact.citations.map((c) => [c.source.id, c.source]));
  return [...byId.values()];
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

/** A text value with the provenance of one fact, or of several (`fromFacts`). */
export const text = (value: string, fact: FactProvenance | Provenance): Sourced => ({
  value: { type: "text", text: value },
  ...("source" in fact ? provenance(fact) : fact),
});

export const textFact = (fact: TextFact): Sourced => text(fact.text, fact);

/** Several names in one cell are joined with "; ". */
export const LIST_SEPARATOR = "; ";

export const list = (fact: ListFact): Sourced => text(fact.items.join(LIST_SEPARATOR), fact);
