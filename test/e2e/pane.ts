/**
 * The task pane as its browser tests see it: opened in a plain browser and settled (it has said it
 * is not running in Excel), and read back as text: the preview grid, the playground's output.
 */
import type { Page } from "playwright-core";
import { readAnswer, readTable, type ShownResult, type TableText } from "../taskpane/read-pane";
import { useBrowser, type PageLog } from "./browser";

/** The pane's table choices, by their radio labels. */
export const TABLES = {
  rounds: "Round comparison",
  companies: "Company comparison",
  investors: "Investor map",
} as const;
export type TableChoice = keyof typeof TABLES;

/**
 * office.js (o15apptofilemappingtable.js) opens Microsoft's telemetry proxy frame, with an inline
 * style, 3 seconds after it starts; the pane's CSP blocks both, as it should. Only a test that runs
 * longer than that sees the two messages, so they are not the pane's errors.
 */
function isOfficeTelemetryBlocked(message: string): boolean {
  return (
    message.includes("/office-js/o15apptofilemappingtable.js") &&
    (message.includes("telemetryservice.firstpartyapps.oaspapps.com") ||
      message.startsWith("Applying inline style violates"))
  );
}

/**
 * Registers the browser hooks for the enclosing describe block and, after each test, checks that
 * no pane it opened threw or logged a console error (on top of `useBrowser`'s local-only check).
 */
export function usePane(): { open(): Promise<Page> } {
  const browser = useBrowser();
  let logs: PageLog[] = [];

  afterEach(() => {
    const errors = logs.flatMap(({ pageErrors, consoleErrors }) => [
      ...pageErrors,
      ...consoleErrors.filter((message) => !isOfficeTelemetryBlocked(message)),
    ]);
    logs = [];
    expect(errors).toEqual([]);
  });

  return {
    async open() {
      const { page, log } = await browser.open("taskpane.html");
      logs.push(log);
      // The pane answers once Office.onReady does (or after its own timeout).
      await page.waitForFunction(
        () => /not running in Excel/i.test(document.getElementById("host-note")?.textContent ?? ""),
        undefined,
        { timeout: 15_000 },
      );
      return page;
    },
  };
}

/** Ticks the radio of one comparison table. */
export async function chooseTable(page: Page, table: TableChoice): Promise<void> {
  await page.getByRole("radio", { name: TABLES[table], exact: true }).check();
}

/** Ticks or unticks a company in the comparison tables' company choices. */
export async function setCompany(page: Page, name: string, checked: boolean): Promise<void> {
  await page
    .locator("#company-choices")
    .getByRole("checkbox", { name, exact: true })
    .setChecked(checked);
}

/** The preview's table as text, cell by cell. */
export function readPreview(page: Page): Promise<TableText> {
  return page.getByTestId("preview").locator("table").evaluate(readTable);
}

/** Reads a result rendered into the element with this test id: its answer, the first element. */
export function readResult(page: Page, testId: string): Promise<ShownResult> {
  return page.getByTestId(testId).evaluate(readAnswer);
}

/**
 * The playground's output for a formula typed into it, once shown (the first use loads the formula
 * reader; the output is `aria-busy` until then).
 */
export async function evaluateInPlayground(page: Page, formula: string): Promise<ShownResult> {
  await page.getByTestId("playground-input").fill(formula);
  await page.waitForFunction(
    () => document.getElementById("playground-output")?.getAttribute("aria-busy") !== "true",
  );
  return readResult(page, "playground-output");
}
