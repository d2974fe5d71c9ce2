/**
 * The pane with a workbook's worth of sources: imported from a sources file outside Excel, a
 * table larger than the preview draws is previewed by its corner, and Sources lists only the
 * passages behind the cells drawn.
 */
import type { Page } from "playwright-core";
import { syntheticSources } from "../../bench/sources-corpus";
import { sourcesFileText } from "../../src/sources/sources-file";
import { describeE2E } from "./browser";
import { usePane } from "./pane";

/** 20 round-up articles: 80 companies, 400 rounds. */
function sourcesFile(): { name: string; mimeType: string; buffer: Buffer } {
  const addedAt = "2026-11-28T00:00:00Z";
  const entries = syntheticSources(20).map((document) => ({ id: document.id, addedAt, document }));
  const text = sourcesFileText(entries, addedAt);
  return { name: "sources.json", mimeType: "application/json", buffer: Buffer.from(text) };
}

async function importSources(page: Page): Promise<string> {
  const status = page.getByTestId("sources-status");
  await page.getByTestId("import-file").setInputFiles(sourcesFile());
  await status.filter({ hasText: /^Imported/ }).waitFor();
  return status.innerText();
}

describeE2E("task pane: hundreds of rounds", () => {
  const pane = usePane();

  it("previews the first rows and columns of a large table and says how many it writes", async () => {
    const page = await pane.open();
    expect(await importSources(page)).toMatch(/^Imported 20 sources: /);
    const preview = page.getByTestId("preview");
    // Every company is ticked: the round comparison holds the bundled 3 rounds and the 400 added.
    await expect(preview.getByTestId("preview-cut").innerText()).resolves.toBe(
      "The preview shows the first 50 of 403 rows; Insert table writes them all.",
    );
    expect(await preview.locator("tbody tr").count()).toBe(50);
    const passages = await page.locator("#source-quotes li").count();
    expect(passages).toBeGreaterThan(0);
    expect(passages).toBeLessThanOrEqual(50 * 7);

    await page.getByLabel("Company comparison").check();
    await expect(preview.getByTestId("preview-cut").innerText()).resolves.toBe(
      "The preview shows the first 12 of 83 columns; Insert table writes them all.",
    );
    expect(await preview.locator("thead th").count()).toBe(12);
  });

  it("narrows 83 companies to one with the filter and Select none / Select all", async () => {
    const page = await pane.open();
    await importSources(page);
    const choices = page.locator("#company-choices");
    await choices.getByRole("button", { name: "Select none" }).click();
    await choices.getByLabel("Filter companies").fill("sense time");
    await expect(choices.getByRole("checkbox").and(page.locator(":visible")).count()).resolves.toBe(
      1,
    );
    await choices.getByRole("button", { name: "Select all" }).click();
    const preview = page.getByTestId("preview");
    await expect(preview.locator("tbody tr").count()).resolves.toBe(2);
    expect(await preview.getByTestId("preview-cut").count()).toBe(0);
    expect(await preview.locator("tbody th").first().innerText()).toBe("SenseTime");
  });
});
