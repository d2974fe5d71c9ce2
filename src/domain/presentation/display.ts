/**
 * Every way a value is shown as text, in one place: as a memo writes it (`displayText`), as Excel
 * shows it under its number format (`displayValue`), and where it comes from (`citationText`,
 * `disagreementText`, `sourceLabel`).
 */
import type { SourceRef } from "../catalog/entities";
import type { Citation, Sourced, Value } from "../core/value";
import { formatDate, formatMoney } from "./format";

/**
 * How a memo writes a value: "$600M", "more than $4.5B", "9 Apr 2018", "more than 400".
 * @example displayText({ type: "count", count: 400, bound: "atLeast" }) // "more than 400"
 */
export function displayText(value: Value): string {
  switch (value.type) {
    case "money":
      return formatMoney(value);
    case "date":
      return formatDate(value);
    case "count":
      return value.bound === "atLeast" ? `more than ${value.count}` : String(value.count);
    case "text":
      return value.text;
  }
}

// Formatters built once: `toLocaleString` with options builds one per call, which dominates a
// 10,000-row table. Pure: a bundle that never shows a value this way (functions.js) drops them.
const ONE_DIGIT = /* @__PURE__ */ new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const TWO_DIGITS = /* @__PURE__ */ new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const WHOLE = /* @__PURE__ */ new Intl.NumberFormat("en-US");

/**
 * A value as Excel displays it under `numberFormatOf(value)`; lower bounds are marked "> ".
 * @example displayValue({ type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" }) // "> $4.50B"
 * @example displayValue({ type: "date", iso: "2017-07", precision: "month" })               // "Jul 2017"
 */
export function displayValue(value: Value): string {
  switch (value.type) {
    case "money": {
      const billions = value.amount >= 1e9;
      const scaled = billions ? value.amount / 1e9 : value.amount / 1e6;
      const figure = (billions ? TWO_DIGITS : ONE_DIGIT).format(scaled);
      const text = `${currencyPrefix(value.currency)}${figure}${billions ? "B" : "M"}`;
      return value.bound === "atLeast" ? `> ${text}` : text;
    }
    case "date":
      return formatDate(value);
    case "count": {
      const text = WHOLE.format(value.count);
      return value.bound === "atLeast" ? `> ${text}` : text;
    }
    case "text":
      return value.text;
  }
}

const currencyPrefix = (currency: string): string => (currency === "USD" ? "$" : `${currency} `);

/**
 * A source as a reader names it: `"<headline>", <publisher>, <date>` (publisher when known).
 * @example sourceLabel({ id: "a", headline: "New financing …", date: "2018-04-10" }) // '"New financing …", 10 Apr 2018'
 */
export function sourceLabel(source: SourceRef): string {
  const by = source.publisher ? `, ${source.publisher}` : "";
  return `"${source.headline}"${by}, ${formatDate({ iso: source.date, precision: "day" })}`;
}

/** What stands where a passage would, for a value an analyst typed. */
export const ENTERED_BY_ANALYST_TEXT = "Entered by an analyst";

/**
 * The passages behind a fact with their sources, as AISOURCE answers: each source's passages in
 * quotes, then its headline, ISO date and link (when known); an analyst's entry says so instead of
 * a passage. When sources disagree, it says which answered and what the others give.
 * @example citationText(valuationFact)
 * // '"SenseTime will become … after the fundraising." — New financing lifts valuation of facial recognition startup to $4.5 billion, 2018-04-10'
 */
export function citationText(fact: Sourced): string {
  const bySource = new Map<string, { source: SourceRef; cited: Citation[] }>();
  for (const citation of fact.citations) {
    const entry = bySource.get(citation.source.id);
    if (entry) entry.cited.push(citation);
    else bySource.set(citation.source.id, { source: citation.source, cited: [citation] });
  }
  const parts = [...bySource.values()].map(({ source, cited }) => {
    const passages = cited.flatMap((c) => (c.passage ? [c.passage] : []));
    const what = passages.length > 0 ? `"${passages.join(" … ")}"` : ENTERED_BY_ANALYST_TEXT;
    return `${what} — ${source.headline}, ${source.date}${source.url ? `, ${source.url}` : ""}`;
  });
  const inferred = fact.inferred ? ` (inferred: ${fact.inferred})` : "";
  const disagreement = disagreementText(fact);
  return `${parts.join("; ")}${inferred}${disagreement ? ` ${disagreement}` : ""}`;
}

/**
 * How a disagreement between sources reads, or "" when they agree.
 * @example disagreementText(amountFact) // 'Newest source answers; "Earlier headline", 2 Mar 2018 gives $620M.'
 */
export function disagreementText(fact: Sourced): string {
  const others = fact.differs ?? [];
  if (others.length === 0) return "";
  const given = others.map((other) => {
    const sources = [...new Map(other.citations.map((c) => [c.source.id, c.source])).values()];
    return `${sources.map(sourceLabel).join(" and ")} gives ${displayText(other.value)}`;
  });
  return `Newest source answers; ${given.join("; ")}.`;
}
