import { blankPage, describeE2E, useBrowser } from "./browser";

/**
 * What the pane can rely on when opened in a plain browser (not in Excel) with office.js served
 * from our origin. If office.js changes this, the pane's "not running in Excel" path must follow.
 */
describeE2E("office.js outside Office", () => {
  const browser = useBrowser();

  it("resolves Office.onReady with a null host and platform", async () => {
    const { page } = await browser.open("taskpane.html");
    const info = await page.evaluate(() => Office.onReady());
    expect(info).toMatchObject({ host: null, platform: null });
  });

  it("defines CustomFunctions.associate but not CustomFunctions.Error or ErrorCode", async () => {
    const { page } = await browser.open("taskpane.html");
    const shape = await page.evaluate(() => ({
      associate: typeof CustomFunctions.associate,
      error: typeof CustomFunctions.Error,
      errorCode: typeof CustomFunctions.ErrorCode,
    }));
    expect(shape).toEqual({ associate: "function", error: "undefined", errorCode: "undefined" });
  });

  it("leaves CustomFunctions undefined on a page without office.js", async () => {
    const { page } = await browser.open(blankPage);
    expect(await page.evaluate(() => "CustomFunctions" in window)).toBe(false);
  });
});
