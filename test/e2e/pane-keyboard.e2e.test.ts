import type { JSHandle, Page } from "playwright-core";
import { describeE2E } from "./browser";
import { usePane } from "./pane";

/** What can take focus; found on the page, so controls added later are covered too. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex="0"]';
/** What must have an accessible name. */
const LABELLED = 'button, input:not([type="hidden"]), select, textarea, [tabindex="0"]';

/** A control as a person would name it in a failure message. */
interface Control {
  name: string;
  /** `radio:<name>` for a radio (one Tab stop per group), else its position among the controls. */
  group: string;
}

/** Every visible, enabled focusable control in document order, and how each reads. */
async function findControls(
  page: Page,
): Promise<{ handle: JSHandle<Element[]>; controls: Control[] }> {
  const handle = await page.evaluateHandle(
    (selector) =>
      [...document.querySelectorAll(selector)].filter(
        (node) => node.checkVisibility() && !node.matches(":disabled") && !node.closest("[inert]"),
      ),
    FOCUSABLE,
  );
  const controls = await handle.evaluate((nodes) =>
    nodes.map((node, index) => {
      const labels =
        node instanceof HTMLInputElement || node instanceof HTMLSelectElement ? node.labels : null;
      const text = (
        labels?.[0]?.textContent ??
        node.getAttribute("aria-label") ??
        node.textContent ??
        ""
      ).trim();
      const name = `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""} "${text.slice(0, 40)}"`;
      const radio = node instanceof HTMLInputElement && node.type === "radio";
      return { name, group: radio ? `radio:${node.name}` : String(index) };
    }),
  );
  return { handle, controls };
}

/** One Tab stop: which control has focus (-1: none of them) and whether it shows it. */
interface Stop {
  index: number;
  tag: string;
  indicated: boolean;
}

/** Presses Tab from the top of the page until focus comes back to the first stop, or `limit`. */
async function tabThrough(
  page: Page,
  controls: JSHandle<Element[]>,
  limit: number,
): Promise<Stop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: Stop[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press("Tab");
    const stop = await controls.evaluate((nodes) => {
      const active = document.activeElement;
      const style = active ? getComputedStyle(active) : undefined;
      const outline = style && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const shadow = style && style.boxShadow !== "none";
      return {
        index: active ? nodes.indexOf(active) : -1,
        tag: active?.tagName.toLowerCase() ?? "",
        indicated: Boolean(outline || shadow),
      };
    });
    if (stops.length > 0 && stop.index >= 0 && stop.index === stops[0].index) break;
    stops.push(stop);
  }
  return stops;
}

describeE2E("task pane: keyboard", () => {
  const pane = usePane();

  it("reaches every visible, enabled control with Tab, in document order", async () => {
    const page = await pane.open();
    const { handle, controls } = await findControls(page);
    expect(controls.length).toBeGreaterThan(10);
    const stops = await tabThrough(page, handle, controls.length * 2 + 10);
    // A date input's year, month and day are consecutive stops of one control: count it once.
    const reached = stops
      .filter(({ index }) => index >= 0)
      .map(({ index }) => index)
      .filter((index, i, all) => i === 0 || all[i - 1] !== index);

    const reachedGroups = new Set(reached.map((index) => controls[index].group));
    const missed = controls
      .filter(({ group }) => !reachedGroups.has(group))
      .map(({ name }) => name);
    expect(missed).toEqual([]);
    // No positive tabindex: focus moves down the pane as it reads.
    expect(reached).toEqual([...reached].sort((a, b) => a - b));
    expect(new Set(reached).size).toBe(reached.length);
  });

  it("shows a focus indicator on every control reached with Tab", async () => {
    const page = await pane.open();
    const { handle, controls } = await findControls(page);
    const stops = await tabThrough(page, handle, controls.length * 2 + 10);
    const unmarked = stops
      .filter(({ index, indicated }) => index >= 0 && !indicated)
      .map(({ index }) => controls[index].name);
    expect(stops.length).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
  });

  it("moves through each radio group with the arrow keys", async () => {
    const page = await pane.open();
    const groups = await page
      .locator('input[type="radio"]')
      .evaluateAll((radios) => [
        ...new Set(radios.map((radio) => (radio as HTMLInputElement).name)),
      ]);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const radios = page.locator(`input[type="radio"][name="${group}"]`);
      const values = await radios.evaluateAll((nodes) =>
        nodes.map((node) => (node as HTMLInputElement).value),
      );
      await radios.first().focus();
      const visited: string[] = [];
      for (let press = 0; press < values.length; press += 1) {
        visited.push(await page.evaluate(() => (document.activeElement as HTMLInputElement).value));
        await page.keyboard.press("ArrowDown");
      }
      expect(visited).toEqual(values);
    }
  });

  it("gives every form control an accessible label", async () => {
    const page = await pane.open();
    const unlabelled = await page.locator(LABELLED).evaluateAll((nodes) =>
      nodes
        .filter((node) => {
          const text = (value: string | null | undefined) => (value ?? "").trim() !== "";
          const labelledBy = (node.getAttribute("aria-labelledby") ?? "")
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent);
          const labels =
            "labels" in node
              ? [...((node as HTMLInputElement).labels ?? [])].map((l) => l.textContent)
              : [];
          const own = node instanceof HTMLButtonElement ? [node.textContent] : [];
          return ![node.getAttribute("aria-label"), ...labelledBy, ...labels, ...own].some(text);
        })
        .map(
          (node) => `${node.tagName.toLowerCase()}#${node.id} name=${node.getAttribute("name")}`,
        ),
    );
    expect(unlabelled).toEqual([]);
  });
});
