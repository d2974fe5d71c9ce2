/** @jest-environment jsdom */
/**
 * Sources, under the preview, once an article is added. One pane per file: each pane subscribes
 * to the page's catalog store, so a second pane in the same document would draw into this one.
 */
import fs from "fs";
import path from "path";
import { TextEncoder } from "util";
import { byTestId, openPane } from "../open-pane";

// jsdom lacks TextEncoder, which the pane uses to measure the article in UTF-8 bytes.
Object.assign(globalThis, { TextEncoder });

const LUMEN = fs.readFileSync(
  path.join(__dirname, "../../fixtures/articles/lumen-robotics.txt"),
  "utf8",
);

function fill(testId: string, value: string): void {
  (byTestId(testId) as HTMLInputElement).value = value;
}

describe("Sources, under the preview, once an article is added", () => {
  it("names only the sources the preview cites", async () => {
    await openPane();
    fill("article-text", LUMEN);
    fill("article-headline", "Lumen Robotics raises $40 million");
    fill("article-published", "2026-11-24");
    byTestId("find-deals").click();
    byTestId("add-source-button").click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(byTestId("add-source-status").textContent).toMatch(/^Kept/);
    // A company the added article brings is ticked in the comparison tables.
    const lumen = [...document.querySelectorAll("#company-choices label")]
      .find((label) => label.textContent?.includes("Lumen Robotics"))
      ?.querySelector("input");
    expect(lumen?.checked).toBe(true);
    const headlines = () => byTestId("source-headline").textContent;
    const bundled = '"New financing lifts valuation of facial recognition startup to $4.5 billion"';
    expect(headlines()).toBe(`${bundled}; "Lumen Robotics raises $40 million"`);
    expect(byTestId("source-date").textContent).toBe("10 Apr 2018; 24 Nov 2026");
    lumen?.click();
    expect(headlines()).toBe(bundled);
    expect(byTestId("source-date").textContent).toBe("10 Apr 2018");
  });
});
