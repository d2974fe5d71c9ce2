import fs from "fs";
import path from "path";
import { imageSize } from "image-size";
import type { Page } from "playwright-core";
import { describeE2E } from "./browser";
import { chooseTable, evaluateInPlayground, TABLES, usePane, type TableChoice } from "./pane";
import { artifactsDir } from "./suite";

const tables = Object.keys(TABLES) as TableChoice[];

/** A box that does not fit: what it shows and where it lies, for a readable failure. */
type Misfit = { text: string; left: number; right: number; limit: number };

/**
 * Every box matched by `selector` whose left or right edge lies outside the viewport or outside
 * its scroll container (`within`), or whose content overflows it. Empty when all fit.
 */
function misfits(page: Page, selector: string, within: string): Promise<Misfit[]> {
  return page.evaluate(
    ([cells, container]) => {
      const width = document.documentElement.clientWidth;
      const box = document.querySelector(container)?.getBoundingClientRect();
      const limit = Math.min(width, box?.right ?? width);
      const nodes = [...document.querySelectorAll<HTMLElement>(cells)];
      if (nodes.length === 0)
        return [{ text: `nothing matches ${cells}`, left: 0, right: 0, limit }];
      return nodes
        .map((node) => {
          const { left, right } = node.getBoundingClientRect();
          const overflows = node.scrollWidth > node.clientWidth + 1;
          return { text: node.textContent ?? "", left, right, limit, overflows };
        })
        .filter(
          ({ left, right, overflows }) =>
            left < (box?.left ?? 0) - 0.5 || right > limit + 0.5 || overflows,
        )
        .map(({ text, left, right }) => ({ text, left, right, limit }));
    },
    [selector, within] as const,
  );
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describeE2E("task pane layout", () => {
  const pane = usePane();

  it.each([320, 400, 800])(
    "at %i px shows every figure of every table on screen, with no sideways scrolling",
    async (width) => {
      const page = await pane.open();
      await page.setViewportSize({ width, height: 900 });
      for (const table of tables) {
        await chooseTable(page, table);
        // Key figures (amounts, valuations) first: they must never sit off-screen.
        if (table === "rounds") {
          expect(await misfits(page, "#preview td.key", "#preview")).toEqual([]);
          expect(await page.locator("#preview td.key").count()).toBe(6);
        }
        expect(await misfits(page, "#preview tbody th, #preview tbody td", "#preview")).toEqual([]);
        expect(await misfits(page, "#preview .footnote", "#preview")).toEqual([]);
        expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      }
      expect(await misfits(page, "#source-quotes li", "#source-quotes")).toEqual([]);
      expect(await misfits(page, "#sources-list > li", "#sources-list")).toEqual([]);
    },
  );

  it.each([320, 400, 800])(
    "at %i px shows every cell of a spilled result on screen",
    async (width) => {
      const page = await pane.open();
      await page.setViewportSize({ width, height: 900 });
      for (const formula of [
        '=DEALS.AIROUNDS("SenseTime")',
        '=DEALS.INVESTMENTS("Alibaba",TRUE,0)',
      ]) {
        await evaluateInPlayground(page, formula);
        expect(await misfits(page, "#playground-output td", "#playground-output")).toEqual([]);
        expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      }
    },
  );

  it.each([320, 800])("renders at %i px (screenshot in test-results/e2e/)", async (width) => {
    const page = await pane.open();
    await page.setViewportSize({ width, height: 900 });
    await evaluateInPlayground(page, '=DEALS.AIROUNDS("SenseTime")');
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = path.join(artifactsDir, `taskpane-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(imageSize(fs.readFileSync(file)).width).toBe(width);
  });
});
