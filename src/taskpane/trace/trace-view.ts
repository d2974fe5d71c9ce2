/** Renders a TraceView into the Trace section: text nodes only. */
import { element } from "../dom";
import type { TraceView } from "./trace-view-model";

export function renderTrace(view: TraceView, doc: Document = document): HTMLElement {
  const root = element("div", undefined, `trace ${view.tone}`, doc);
  root.append(element("p", view.title, "trace-title", doc));
  if (view.message) root.append(element("p", view.message, "trace-message", doc));
  if (view.cell.length > 0) root.append(lines(view.cell, doc));
  for (const fact of view.facts) {
    const box = element("div", undefined, "trace-fact", doc);
    box.append(element("p", fact.reading, "trace-reading", doc));
    box.append(element("p", fact.call, "code", doc));
    box.append(lines(fact.lines, doc));
    for (const passage of fact.passages) {
      box.append(element("blockquote", `“${passage}”`, "quote", doc));
    }
    for (const source of fact.sources) {
      const line = element("p", source.label, "muted", doc);
      if (source.url) {
        const link = element("a", source.url, undefined, doc);
        link.href = source.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        line.append(" ", link);
      }
      box.append(line);
    }
    root.append(box);
  }
  return root;
}

function lines(items: readonly { label: string; text: string }[], doc: Document): HTMLElement {
  const list = element("dl", undefined, "trace-lines", doc);
  for (const { label, text } of items) {
    list.append(element("dt", label, undefined, doc), element("dd", text, undefined, doc));
  }
  return list;
}
