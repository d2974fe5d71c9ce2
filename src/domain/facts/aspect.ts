import { ok, type Result } from "../core/result";
import type { Sourced } from "../core/value";
import { text } from "../core/value";

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
