/**
 * The task pane in jsdom: its markup (without office.js) with taskpane.ts run on it, and readers
 * for what it shows. Behaviour that needs no real browser is tested through these; the browser
 * suite (test/e2e) keeps wiring, layout, CSP and accessibility.
 */
import fs from "fs";
import path from "path";
import { readTable, type TableText } from "./read-pane";

const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

/** Loads the pane's markup and runs taskpane.ts on it (outside Excel unless `Office` is set). */
export async function openPane(): Promise<void> {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  document.body.replaceWith(document.importNode(parsed.body, true));
  jest.isolateModules(() => {
    require("../../src/taskpane/taskpane");
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export const byTestId = (id: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no ${id}`);
  return element;
};

/** Waits until the playground has shown its answer (it loads its formula reader on first use). */
export async function playgroundSettled(): Promise<HTMLElement> {
  const output = byTestId("playground-output");
  for (let tries = 0; output.getAttribute("aria-busy") === "true" && tries < 100; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return output;
}

/** Types a formula into the playground and returns its settled output. */
export async function typeInPlayground(formula: string): Promise<HTMLElement> {
  const input = byTestId("playground-input") as HTMLInputElement;
  input.value = formula;
  input.dispatchEvent(new Event("input"));
  return playgroundSettled();
}

/** Clicks a radio or checkbox by its value within a group's container (or the whole page). */
export function click(selector: string): void {
  const input = document.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.click();
}

/** Chooses an option of a select, as a person would (a change event follows). */
export function choose(testId: string, value: string): void {
  const select = byTestId(testId) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event("change"));
}

/** The preview's table as text, or undefined when the preview shows no table. */
export function readPreview(): TableText | undefined {
  const table = byTestId("preview").querySelector("table");
  return table ? readTable(table) : undefined;
}
