import { describeE2E, isLocal, useBrowser } from "./browser";

const FORMULA_READER = "/formula-reader.js";
const paths = (urls: string[]) => urls.map((url) => new URL(url).pathname);

describeE2E("task pane", () => {
  const browser = useBrowser();

  it("loads without page or console errors", async () => {
    const { page, log } = await browser.open("taskpane.html");
    // Errors can come after load: from the pane's Office.onReady callback or its first requests.
    await page.evaluate(() => Office.onReady());
    await page.waitForLoadState("networkidle");
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it("requests only local URLs, office.js included, and not the formula reader", async () => {
    const { page, log } = await browser.open("taskpane.html");
    await page.waitForLoadState("networkidle");
    console.log(`taskpane.html requested:\n  ${log.requests.join("\n  ")}`);
    expect(log.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(log.officeCdnRequests).toEqual([]);
    expect(paths(log.requests)).toEqual(
      expect.arrayContaining([
        "/taskpane.html",
        "/office-js/office.js",
        "/functions.js",
        "/taskpane.js",
      ]),
    );
    // The playground is below the fold: its formula reader waits until it is used.
    expect(paths(log.requests)).not.toContain(FORMULA_READER);
    // The deal reader is not in the pane's first scripts; it is fetched once the pane has drawn.
    expect(paths(log.requests)).toContain("/deal-reader.js");
  });

  it("loads the formula reader, once, when the playground is first used", async () => {
    const { page, log } = await browser.open("taskpane.html");
    const input = page.getByTestId("playground-input");
    await input.fill('=ROUND(DEALS.TOTALRAISED("SenseTime")/1000000;0)+1');
    const output = page.getByTestId("playground-output");
    await page.waitForFunction(
      () => document.getElementById("playground-output")?.getAttribute("aria-busy") !== "true",
    );
    expect(await output.locator(".cell-value").first().textContent()).toBe("1011");
    await input.fill("=1+1");
    expect(await output.locator(".cell-value").textContent()).toBe("2");
    expect(paths(log.requests).filter((url) => url === FORMULA_READER)).toHaveLength(1);
    expect(log.pageErrors).toEqual([]);
  });
});
