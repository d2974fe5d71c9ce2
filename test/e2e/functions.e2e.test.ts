import fs from "fs";
import path from "path";
import { blankPage, describeE2E, useBrowser } from "./browser";
import { siteDir } from "./suite";

declare global {
  interface Window {
    /** Function id → `typeof` of each value the bundle associated with it. */
    associated?: Record<string, string[]>;
  }
}

/** Stands in for Excel's CustomFunctions runtime, recording each association. */
function installCustomFunctionsStub(): void {
  const associated: Record<string, string[]> = {};
  const record = (id: string, value: unknown) => (associated[id] ??= []).push(typeof value);
  window.associated = associated;
  Object.assign(window, {
    CustomFunctions: {
      associate(idOrMappings: string | Record<string, unknown>, fn?: unknown) {
        if (typeof idOrMappings === "string") record(idOrMappings, fn);
        else Object.entries(idOrMappings).forEach(([id, value]) => record(id, value));
      },
      Error: class CustomFunctionsError extends Error {
        constructor(
          public code: string,
          message?: string,
        ) {
          super(message);
        }
      },
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    },
  });
}

function listedIds(): string[] {
  const metadata = JSON.parse(fs.readFileSync(path.join(siteDir(), "functions.json"), "utf8")) as {
    functions?: { id: string }[];
  };
  return (metadata.functions ?? []).map(({ id }) => id);
}

describeE2E("functions.js", () => {
  const browser = useBrowser();

  it("associates every function functions.json lists, once, with a function", async () => {
    const ids = listedIds();
    expect(ids.length).toBeGreaterThan(0);
    const { page, log } = await browser.open(blankPage, { initScript: installCustomFunctionsStub });
    await page.addScriptTag({ url: "functions.js" });
    const associated = await page.evaluate(() => window.associated ?? {});
    expect(log.pageErrors).toEqual([]);
    expect(Object.keys(associated).sort()).toEqual([...ids].sort());
    expect(Object.values(associated).flat()).toEqual(ids.map(() => "function"));
  });
});
