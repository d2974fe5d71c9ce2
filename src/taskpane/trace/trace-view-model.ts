/**
 * What the Trace section shows for a traced cell, as plain data (tested without the DOM): the cell's
 * value as it holds it, then for each DEALS fact behind it the reading, the value as the source
 * words it (hedges and date precision kept), the passages and the article.
 */
import type { CallTrace } from "../../domain/audit/call-facts";
import type { Trace } from "../../domain/audit/cell-trace";
import { sourcesOf, type Sourced } from "../../domain/core/value";
import {
  ENTERED_BY_ANALYST_TEXT,
  disagreementText,
  displayText,
  sourceLabel,
} from "../../domain/presentation/display";

export type TraceLine = { label: string; text: string };

export type TraceFactView = {
  reading: string;
  call: string;
  lines: TraceLine[];
  passages: readonly string[];
  /** Each source the passages come from: '"Headline", 10 Apr 2018', and its web address if known. */
  sources: { label: string; url?: string }[];
};

export type TraceView = {
  title: string;
  /** A sentence instead of (or before) the facts. */
  message?: string;
  tone: "info" | "error";
  cell: TraceLine[];
  facts: TraceFactView[];
};

/** The pane's own states around a trace. */
export type TraceState =
  Trace | { kind: "outsideExcel" } | { kind: "unsupported" } | { kind: "error"; message: string };

const plain = (title: string, message: string, tone: TraceView["tone"] = "info"): TraceView => ({
  title,
  message,
  tone,
  cell: [],
  facts: [],
});

/**
 * @example traceView({ kind: "noFact", address: "B2", reason: "B2 holds no DEALS fact: it is empty." }).message
 * // "B2 holds no DEALS fact: it is empty."
 */
export function traceView(state: TraceState): TraceView {
  switch (state.kind) {
    case "outsideExcel":
      return plain("Trace", "In Excel, select a cell to see the fact and passage behind it.");
    case "unsupported":
      return plain(
        "Trace",
        "Following the selection needs ExcelApi 1.9 (Excel on the web, Microsoft 365, Excel 2021).",
        "error",
      );
    case "error":
      return plain("Trace", state.message, "error");
    case "needsCells":
      // Only left after the second read when the formula refers to more cells than Trace reads.
      return plain(
        "Trace",
        `This formula's DEALS arguments refer to ${state.refs.length} cells, more than Trace reads: select the cells with the DEALS calls themselves.`,
      );
    case "noFact":
      return plain(state.address, state.reason);
    case "unreadable":
      return plain(
        state.address,
        `${state.address} calls ${state.names.map((n) => `DEALS.${n}`).join(", ")}, but its formula uses references the pane cannot follow (a table column, a spill reference or another workbook): ${state.formula}`,
      );
    case "traced":
      return {
        title: state.address,
        tone: "info",
        cell: cellLines(state),
        facts: state.calls.map(factView),
      };
  }
}

function cellLines(trace: Extract<Trace, { kind: "traced" }>): TraceLine[] {
  const raw = typeof trace.value === "number" ? String(trace.value) : String(trace.value ?? "");
  const lines: TraceLine[] = [
    { label: "In the cell", text: trace.text === raw ? raw : `${trace.text} (stored as ${raw})` },
  ];
  if (trace.origin === "valueTable") {
    lines.push({
      label: "Inserted as a value",
      text: `the pane recorded its formula: ${trace.formula}`,
    });
  } else if (trace.origin === "spill") {
    lines.push({ label: "Spilled by", text: trace.formula });
  }
  if (trace.computed) {
    lines.push({
      label: "Worked out",
      text: `the cell's formula computes its value from the fact below: ${trace.formula}`,
    });
  }
  return lines;
}

function factView(call: CallTrace): TraceFactView {
  const base = {
    reading: call.reading,
    call: call.call,
    passages: [] as readonly string[],
    sources: [] as TraceFactView["sources"],
  };
  switch (call.kind) {
    case "fact":
      return {
        ...base,
        lines: sourceLines(call.fact),
        passages: call.fact.passages,
        sources: sourcesOf(call.fact).map((source) =>
          source.url && /^https?:\/\//.test(source.url)
            ? { label: sourceLabel(source), url: source.url }
            : { label: sourceLabel(source) },
        ),
      };
    case "failure":
      return {
        ...base,
        lines: [{ label: "DEALS answers", text: `${call.error} ${call.message}` }],
      };
    case "label":
      return { ...base, lines: [{ label: "Shows", text: `${call.text} (no passage of its own)` }] };
    case "opaque":
      return {
        ...base,
        lines: [
          {
            label: "Shows",
            text: "part of this call's result as the formula reshapes it: select the DEALS cells themselves to trace each fact.",
          },
        ],
      };
  }
}

/** The value as the source words it, with its hedge and how precisely it is dated. */
function sourceLines(fact: Sourced): TraceLine[] {
  const { value } = fact;
  const lines: TraceLine[] = [{ label: "The source says", text: displayText(value) }];
  if ((value.type === "money" || value.type === "count") && value.bound === "atLeast") {
    lines.push({ label: "Hedge", text: "a lower bound: the true figure is higher" });
  }
  if (value.type === "date" && value.precision !== "day") {
    lines.push({
      label: "Precision",
      text:
        value.precision === "month"
          ? "the source gives the month only; the cell holds the 1st of the month"
          : "the source gives the year only; the cell holds the year",
    });
  }
  if (fact.inferred) lines.push({ label: "Inferred", text: fact.inferred });
  if (fact.passages.length === 0) lines.push({ label: "Passage", text: ENTERED_BY_ANALYST_TEXT });
  const disagreement = disagreementText(fact);
  if (disagreement) lines.push({ label: "Sources differ", text: disagreement });
  return lines;
}
