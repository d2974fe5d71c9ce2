import fs from "fs";
import { baseUrl, isSkipped, siteDir } from "./suite";
import { cspViolations, describeE2E, useBrowser } from "./browser";

/** Every page the build serves (taskpane.html, help.html, …): each must carry a CSP. */
const pages = isSkipped() ? [] : fs.readdirSync(siteDir()).filter((name) => name.endsWith(".html"));

describeE2E("Content-Security-Policy", () => {
  const browser = useBrowser();

  it("is checked on the task pane page at least", () => {
    expect(pages).toContain("taskpane.html");
  });

  for (const name of pages) {
    it(`${name} declares a policy and loads without violating it`, async () => {
      const { page, log } = await browser.open(name);
      const header = (await fetch(new URL(name, baseUrl()))).headers.get("content-security-policy");
      const metas = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .evaluateAll((elements) => elements.map((meta) => meta.getAttribute("content") ?? ""));
      // A policy that governs scripts: its own script-src, or a default-src it falls back to.
      expect([header ?? "", ...metas].join(" ")).toMatch(/(script-src|default-src) /);
      expect(await cspViolations(page)).toEqual([]);
      expect(log.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    });

    it(`${name} blocks an injected inline script`, async () => {
      const { page } = await browser.open(name);
      const ran = await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.injectedScriptRan = true";
        document.head.append(script);
        return "injectedScriptRan" in window;
      });
      expect(ran).toBe(false);
      await page.waitForFunction(() => (window.cspViolations ?? []).length > 0);
      expect(await cspViolations(page)).toEqual([
        expect.objectContaining({ directive: "script-src-elem", blockedURI: "inline" }),
      ]);
    });
  }
});
