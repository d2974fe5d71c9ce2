import { ok, type Result } from "../core/result";
import type { Sourced } from "../core/value";
import { text } from "../core/value";
import { precisionOf, qualifierOf } from "../presentation/hedge";

/**
 * How a fact is hedged (its qualifier or its date's precision) as a text fact with the same
 * passages; a failure to find the fact passes through.
 * @example aspect(valuationFact, qualifierOf) // ok: { value: { type: "text", text: "exceeding" }, passages: [the valuation's] }
 */
export function aspect(
  fact: Result<Sourced>,
  read: (fact: Sourced) => string | undefined,
): Result<Sourced> {
  if (fact.kind !== "ok") return fact;
  const { quote, passages, citations, inferred } = fact.value;
  const provenance =
    inferred === undefined
      ? { quote, passages, citations }
      : { quote, passages, citations, inferred };
  return ok(text(read(fact.value) ?? "exact", provenance));
}

/**
 * The field an aspect field is of, and how the aspect reads it.
 * @example aspectOf("partners qualifier") // ["partners", qualifierOf]
 * @example aspectOf("date precision")     // ["date", precisionOf]
 */
export function aspectOf(field: string): [string, (fact: Sourced) => string | undefined] {
  const [base, word] = field.split(" ");
  return [base, word === "precision" ? precisionOf : qualifierOf];
}
