import type { SourceRef } from "../entities";

/**
 * Marks every fact of a record (anything with a provenance) with the source it comes from. In
 * place: records are the checks' own copies, held by the store, and a record is only ever marked
 * with its own source (the same `SourceRef` in every catalog built from it), so marking it again
 * changes nothing.
 * @example stampFacts(round, source); round.amount.source === source // true
 */
export function stampFacts(record: object, source: SourceRef): void {
  // Only objects are visited (a call per string or number would be most of the walk's time).
  const visit = (node: object): void => {
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) {
        if (typeof child === "object" && child !== null) visit(child);
      }
      return;
    }
    const fields = node as Record<string, unknown>;
    let isFact = false;
    for (const key in fields) {
      const value = fields[key];
      if (typeof value === "object" && value !== null) {
        if (key !== "source") visit(value);
      } else if (key === "quote" || key === "enteredByAnalyst") isFact = true;
    }
    if (isFact) fields.source = source;
  };
  visit(record);
}
