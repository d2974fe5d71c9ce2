/**
 * How the pane shows a formula's result: the value Excel would hold (a spill as a small table), or
 * the message of the error Excel would show.
 */
import type { FormulaValue } from "../domain/formulas";
import type { Result } from "../domain/result";
import { element } from "./dom";

const ERROR_CODES = { notFound: "#N/A", notReported: "#N/A", invalid: "#VALUE!" } as const;

/** One node showing the result: text for a single value, a `<table>` for a spill. */
export function renderFormulaResult(
  result: Result<FormulaValue>,
  doc: Document = document,
): HTMLElement {
  if (result.kind !== "ok") {
    return element("span", `${ERROR_CODES[result.kind]} ${result.message}`, "error", doc);
  }
  const { value } = result;
  if (!Array.isArray(value)) return element("span", cellText(value), "value", doc);
  const table = element("table", undefined, "spill", doc);
  const body = element("tbody", undefined, undefined, doc);
  for (const row of value) {
    const tr = element("tr", undefined, undefined, doc);
    for (const cell of row) tr.append(element("td", cellText(cell), undefined, doc));
    body.append(tr);
  }
  table.append(body);
  return table;
}

/** Numbers with digit grouping, so 600,000,000 reads at a glance. */
function cellText(cell: string | number): string {
  return typeof cell === "number"
    ? cell.toLocaleString("en-US", { maximumFractionDigits: 10 })
    : cell;
}
