import { describeE2E, useBrowser } from "./browser";

/**
 * Hosts whose engine cannot run the ES2020 bundles (Internet Explorer 11 in older Excel on
 * Windows) get a sentence instead of a blank pane. Chromium stands in for such an engine by losing
 * the ES2020 features host-check.js looks for, before any script runs.
 */
describeE2E("unsupported hosts", () => {
  const browser = useBrowser();
  const message = "#unsupported-host";

  it("keeps the sentence hidden where the pane runs", async () => {
    const { page, log } = await browser.open("taskpane.html");
    await page.waitForLoadState("load");
    expect(await page.locator(message).isVisible()).toBe(false);
    expect(await page.locator("#app").isVisible()).toBe(true);
    expect(log.pageErrors).toEqual([]);
  });

  it("shows the sentence in place of the pane, under the page's CSP, where ES2020 is missing", async () => {
    const { page } = await browser.open("taskpane.html", {
      initScript: () => {
        Object.assign(Promise, { allSettled: undefined });
      },
    });
    await page.waitForLoadState("load");
    await expect(page.locator(message).textContent()).resolves.toMatch(
      /old browser engine \(Internet Explorer[^]*WebView2/,
    );
    expect(await page.locator(message).isVisible()).toBe(true);
    expect(await page.locator("#app").isVisible()).toBe(false);
  });
});
