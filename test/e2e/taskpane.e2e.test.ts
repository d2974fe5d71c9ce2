import fs from "fs";
import path from "path";
import { imageSize } from "image-size";
import { describeE2E, isLocal, useBrowser } from "./browser";
import { artifactsDir } from "./suite";

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

  it("requests only local URLs, office.js included", async () => {
    const { log } = await browser.open("taskpane.html");
    console.log(`taskpane.html requested:\n  ${log.requests.join("\n  ")}`);
    expect(log.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(log.officeCdnRequests).toEqual([]);
    expect(log.requests.map((url) => new URL(url).pathname)).toEqual(
      expect.arrayContaining([
        "/taskpane.html",
        "/office-js/office.js",
        "/functions.js",
        "/taskpane.js",
      ]),
    );
  });

  it.each([320, 800])("renders at %i px wide (screenshot in test-results/e2e/)", async (width) => {
    const { page } = await browser.open("taskpane.html");
    await page.setViewportSize({ width, height: 800 });
    const file = path.join(artifactsDir, `taskpane-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(imageSize(fs.readFileSync(file)).width).toBe(width);
  });

  it("fits 320 px without horizontal scrolling", async () => {
    const { page } = await browser.open("taskpane.html");
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
});
