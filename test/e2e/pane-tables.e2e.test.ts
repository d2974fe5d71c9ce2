import { describeE2E } from "./browser";
import { chooseTable, readPreview, setCompany, TABLES, usePane } from "./pane";

/**
 * Wiring only: the choices drive the preview and the Sources list in a real browser. What each
 * table holds, the empty states and the passages are tested in jsdom (test/taskpane/).
 */
describeE2E("task pane: comparison tables", () => {
  const pane = usePane();

  it("previews the chosen table for the ticked companies and lists their passages", async () => {
    const page = await pane.open();
    const quotes = page.getByTestId("source-quotes").locator("li");
    expect((await readPreview(page)).caption).toBe(TABLES.rounds);
    expect(await quotes.count()).toBe(5);

    await chooseTable(page, "investors");
    expect((await readPreview(page)).caption).toBe(TABLES.investors);

    await setCompany(page, "SenseTime", false);
    expect((await readPreview(page)).rows[0]).toEqual(["Investor", "Megvii"]);
    expect(await quotes.allTextContents()).toEqual([
      expect.stringMatching(/\$460 million Series C .* Megvii/),
    ]);

    await setCompany(page, "Megvii", false);
    expect(await page.getByTestId("preview-empty").textContent()).toMatch(/^Tick at least one/);
    expect(await page.getByTestId("source-intro").textContent()).toMatch(/^Nothing to cite/);
    expect(await quotes.first().isVisible()).toBe(false);
  });
});
