/**
 * How the pane shows a formula's result: the value Excel would hold (a spill as a small table), or
 * the message of the error Excel would show.
 */
import type { FormulaValue } from "../domain/formulas/formulas";
import { hedgedText } from "../domain/facts/company-profile";
import { EXCEL_ERROR, type Result } from "../domain/core/result";
import type { Sourced } from "../domain/core/value";
import { disagreementText, ENTERED_BY_ANALYST_TEXT } from "../domain/presentation/display";
import { element } from "./dom";

/**
 * One node showing the result: the value as the cell holds it (a spill as a small table) and, when
 * the fact behind it is known, how a memo reads it ("exceeding $4.5B", "9 Apr 2018") and the
 * passage it comes from.
 */
export function renderFormulaResult(
  result: Result<FormulaValue>,
  fact?: Result<Sourced>,
  doc: Document = document,
): HTMLElement {
  if (result.kind !== "ok") {
    return element("span", `${EXCEL_ERROR[result.kind]} ${result.message}`, "error", doc);
  }
  const { value } = result;
  if (Array.isArray(value)) return spillTable(value, doc);
  const shown = element("span", undefined, "value", doc);
  shown.append(element("span", cellText(value), "cell-value", doc));
  if (fact?.kind === "ok") {
    const reading = hedgedText(fact.value);
    if (reading !== cellText(value)) shown.append(element("span", ` (${reading})`, "reading", doc));
    const said = passageText(fact.value);
    if (said !== undefined && fact.value.quote !== value) {
      shown.append(element("span", said, "quote", doc));
    }
    // An inferred value is never shown silently (the article says "Monday", not the date).
    const { inferred } = fact.value;
    if (inferred) shown.append(element("span", `Inferred: ${inferred}`, "inferred", doc));
    // Sources that disagree are never hidden behind the one that answers.
    const disagreement = disagreementText(fact.value);
    if (disagreement) shown.append(element("span", disagreement, "differs", doc));
  }
  return shown;
}

/**
 * The passages behind a fact in quotes; for a value an analyst typed, which has none, it says so
 * (never empty quotes); undefined when there is nothing to say.
 * @example passageText(analystFact) // "Entered by an analyst"
 */
export function passageText(fact: Sourced): string | undefined {
  const byAnalyst = fact.citations.some((citation) => citation.enteredByAnalyst);
  if (fact.passages.length === 0) return byAnalyst ? ENTERED_BY_ANALYST_TEXT : undefined;
  const quoted = `“${fact.quote}”`;
  return byAnalyst ? `${quoted} · Part entered by an analyst` : quoted;
}

function spillTable(rows: readonly (string | number)[][], doc: Document): HTMLElement {
  const table = element("table", undefined, "spill", doc);
  const body = element("tbody", undefined, undefined, doc);
  for (const row of rows) {
    const tr = element("tr", undefined, undefined, doc);
    for (const cell of row) tr.append(element("td", cellText(cell), undefined, doc));
    body.append(tr);
  }
  table.append(body);
  return table;
}

/** A number as Excel's General format shows it (43199 is a date serial, 2014 a year: no commas). */
function cellText(cell: string | number): string {
  return typeof cell === "number" ? String(cell) : cell;
}
