/**
 * The formula playground: what is typed is read as Excel reads a cell. The formula reader is its
 * own chunk (with fast-formula-parser, unless the pane's first script already holds the parser),
 * loaded when the playground is first seen or used, so opening the pane does not wait for it.
 */
import { companyProfile, profileSummary } from "../../domain/facts/company-profile";
import { currentCatalog } from "../../runtime/shared-catalog";
import { byId, element } from "../dom";
import { renderFormulaResult } from "../formula-value";
import type { Evaluation, Shown, ShownCell } from "./evaluate-formula";
import { loadEvaluator, type Evaluate } from "./load-evaluator";
import { cellText, shownText, showsInputs, spillHasHeader, textNote } from "./playground-model";

/**
 * Wires the playground; returns the function that evaluates the formula again (after the sources
 * change), which waits, like the first evaluation, until the playground is seen or used.
 */
export function setUpPlayground(load: () => Promise<Evaluate> = loadEvaluator): () => void {
  const input = byId("playground-input", HTMLInputElement);
  const output = byId("playground-output", HTMLElement);
  let evaluator: Promise<Evaluate> | undefined;
  let latest = 0;

  const update = async () => {
    const typed = input.value;
    const ticket = (latest += 1);
    output.setAttribute("aria-busy", "true");
    if (!evaluator) {
      output.replaceChildren(element("span", "Loading the formula reader…", "muted"));
      evaluator = load();
    }
    let evaluate: Evaluate;
    try {
      evaluate = await evaluator;
    } catch {
      evaluator = undefined;
      output.removeAttribute("aria-busy");
      output.replaceChildren(
        element(
          "span",
          "Could not load the formula reader: reload the pane to try again.",
          "error",
        ),
      );
      return;
    }
    // A slower, earlier evaluation never overwrites a later one.
    if (ticket !== latest) return;
    output.replaceChildren(...renderEvaluation(evaluate(currentCatalog(), typed)));
    output.removeAttribute("aria-busy");
  };

  input.addEventListener("input", () => void update());
  input.addEventListener("focus", () => void (evaluator ?? update()), { once: true });
  whenVisible(output, () => void update());
  return () => {
    if (evaluator) void update();
  };
}

/** Runs `show` once the element is on screen (at once where IntersectionObserver is missing). */
function whenVisible(target: HTMLElement, show: () => void): void {
  if (typeof IntersectionObserver === "undefined") {
    show();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    show();
  });
  observer.observe(target);
}

/** The answer first (what the cell holds), then, for a computed value, the DEALS calls it used. */
function renderEvaluation(evaluation: Evaluation): HTMLElement[] {
  const { shown, single, calls } = evaluation;
  if (single?.name === "PROFILE") return [profilePreview(single.args[0])];
  if (shown.kind === "spill") {
    return [renderSpill(shown.rows, spillHasHeader(evaluation), evaluation.readings)];
  }
  // One DEALS call: its value, how a memo reads it and the passage behind it, as the builder shows.
  const [call] = calls;
  if (single && call && shown.kind !== "syntax") {
    return [renderFormulaResult(call.result, call.fact)];
  }
  const node = renderShown(shown);
  if (!showsInputs(evaluation)) return [node];
  const list = element("ul", undefined, "inputs");
  for (const input of calls) {
    const item = element("li");
    item.append(element("code", input.formula), renderFormulaResult(input.result, input.fact));
    list.append(item);
  }
  return [node, element("p", "From:", "inputs-label"), list];
}

function renderShown(shown: Shown): HTMLElement {
  switch (shown.kind) {
    case "spill":
      return renderSpill(shown.rows, false);
    case "value": {
      const node = element("span", undefined, "value");
      node.append(element("span", shownText(shown), "cell-value"));
      return node;
    }
    case "text": {
      const node = element("span", undefined, "value");
      node.append(
        element("span", shown.text, "cell-value"),
        element("span", textNote(shown.text), "quote"),
      );
      return node;
    }
    case "error":
    case "syntax":
      return element("span", shownText(shown), "error");
  }
}

/**
 * A spilled range as a table. With a header row, each cell also carries its column's name, so a
 * narrow pane can show one card per row (the stylesheet decides, by the pane's width).
 */
function renderSpill(
  rows: readonly ShownCell[][],
  hasHeader: boolean,
  readings: readonly (string | undefined)[][] = [],
): HTMLElement {
  const table = element("table", undefined, hasHeader ? "spill labelled" : "spill");
  const [first, ...rest] = rows;
  const labels = hasHeader && first ? first.map(cellText) : [];
  if (hasHeader && first) {
    const head = element("thead");
    const tr = element("tr");
    for (const label of labels) {
      const th = element("th", label);
      th.scope = "col";
      tr.append(th);
    }
    head.append(tr);
    table.append(head);
  }
  const body = element("tbody");
  (hasHeader ? rest : rows).forEach((row, r) => {
    const tr = element("tr");
    const read = readings[hasHeader ? r + 1 : r] ?? [];
    row.forEach((cell, index) => {
      const td = element("td", cellText(cell));
      // A lower bound or a date reads as Excel shows it, beside the number the cell holds.
      const reading = read[index];
      if (reading !== undefined) td.append(element("span", ` (${reading})`, "reading"));
      if (labels[index]) td.dataset.label = labels[index];
      tr.append(td);
    });
    body.append(tr);
  });
  table.append(body);
  return table;
}

/**
 * PROFILE answers with a company card, which only a worksheet can show: the playground says what
 * the card leads with, or shows the error the cell would (an unknown name is #N/A).
 */
function profilePreview(company: unknown): HTMLElement {
  const profile = companyProfile(currentCatalog(), company);
  if (profile.kind !== "ok") return renderFormulaResult(profile);
  const note = element("span", undefined, "value");
  note.append(
    element("span", `A company card. ${profileSummary(profile.value)}`, "cell-value"),
    element("span", "Insert it from Company cards to open the card in Excel.", "quote"),
  );
  return note;
}
