/**
 * The whole "add a source" flow in a plain browser (outside Excel, so sources are kept for the
 * page session): paste an article, find its deals, review them, add the source, see formulas
 * answer from it, remove it, export and import it.
 */
import fs from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { describeE2E } from "./browser";
import { evaluateInPlayground, readPreview, usePane } from "./pane";
import { artifactsDir } from "./suite";

const fixtures = path.join(__dirname, "../fixtures/articles");
const LUMEN = fs.readFileSync(path.join(fixtures, "lumen-robotics.txt"), "utf8");
const NO_ROUND = fs.readFileSync(path.join(fixtures, "harbor-news.txt"), "utf8");
const HEADLINE = "Lumen Robotics raises $40 million to build picking arms";

async function paste(page: Page, text: string, headline = HEADLINE): Promise<void> {
  await page.getByLabel("Article text", { exact: true }).fill(text);
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Published", { exact: true }).fill("2026-11-24");
  await page.getByLabel("Link", { exact: true }).fill("https://news.example/lumen");
  await page.getByRole("button", { name: "Find deals", exact: true }).click();
}

const addStatus = (page: Page) => page.getByTestId("add-source-status").innerText();

/**
 * Runs an action and returns the status line it leaves. The pane's actions are asynchronous
 * (reading a file, keeping a source), so the line is cleared first and its new text awaited.
 */
async function statusAfter(page: Page, testId: string, action: () => Promise<void>) {
  const status = page.getByTestId(testId);
  await status.evaluate((node) => (node.textContent = ""));
  await action();
  await status.filter({ hasText: /\S/ }).waitFor();
  return status.innerText();
}

/** What a control's aria-describedby points at, as a screen reader reads it after its name. */
const describedBy = (control: Locator) =>
  control.evaluate((node) =>
    (node.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent)
      .join(" "),
  );

type Upload = string | { name: string; mimeType: string; buffer: Buffer };

/** Uploads a file to Import sources and returns the pane's report. */
const importReport = (page: Page, file: Upload) =>
  statusAfter(page, "sources-status", () => page.getByTestId("import-file").setInputFiles(file));

/** Pastes the Lumen article, keeps only its Series B, adds it, and returns the pane's message. */
async function addLumen(page: Page): Promise<string> {
  await paste(page, LUMEN);
  await page.getByTestId("found-round").nth(1).getByRole("checkbox").uncheck();
  return statusAfter(page, "add-source-status", () =>
    page.getByRole("button", { name: /^Add source/ }).click(),
  );
}

describeE2E("task pane: adding a source outside Excel", () => {
  const pane = usePane();

  it("finds the article's rounds for review, each passage on demand", async () => {
    const page = await pane.open();
    await paste(page, LUMEN);
    expect(await addStatus(page)).toMatch(/^Found 2 rounds\./);
    const rounds = page.getByTestId("found-round");
    await expect(rounds.nth(0).locator("legend").innerText()).resolves.toBe(
      "Keep round 1: Lumen Robotics, Series B",
    );
    const first = rounds.nth(0);
    expect(await first.getByLabel("Amount").inputValue()).toBe("USD 40,000,000");
    expect(await first.getByLabel("Other investors").inputValue()).toBe(
      "Pine Capital; Granite Fund",
    );
    expect(await first.getByLabel("Valuation").inputValue()).toBe("more than USD 300,000,000");
    await expect(rounds.nth(1).innerText()).resolves.toContain(
      "An earlier round the article mentions in passing.",
    );
    const amountField = first.locator(".review-field").filter({ has: page.getByLabel("Amount") });
    await amountField.getByRole("button", { name: "Show passage" }).click();
    await expect(amountField.locator("mark").innerText()).resolves.toContain(
      "it has raised $40 million in a Series B round",
    );
  });

  it("marks a corrected field as entered by the analyst, without a passage", async () => {
    const page = await pane.open();
    await paste(page, LUMEN);
    const first = page.getByTestId("found-round").nth(0);
    await first.getByLabel("Other investors").fill("Pine Capital; Granite Fund; Oak Partners");
    await first.getByLabel("Other investors").press("Tab");
    const field = first
      .locator(".review-field")
      .filter({ has: page.getByLabel("Other investors") });
    // The review is redrawn once Tab has moved focus on, so that focus is kept.
    await field.getByText("entered by analyst").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("found-0-valuation");
    expect(await field.getByRole("button", { name: "Show passage" }).count()).toBe(0);
  });

  it("adds the source for the session; the playground, preview and list answer from it", async () => {
    const page = await pane.open();
    expect(await addLumen(page)).toMatch(
      /^Kept “Lumen Robotics raises \$40 million to build picking arms” with 1 round for this page session only \(not running in Excel\)/,
    );
    expect((await evaluateInPlayground(page, '=DEALS.AIROUND("Lumen Robotics","B")')).text).toBe(
      "40000000",
    );
    const cited = await evaluateInPlayground(page, '=DEALS.AISOURCE("Lumen Robotics","B")');
    expect(cited.text).toContain(HEADLINE);
    expect((await evaluateInPlayground(page, '=DEALS.AIROUND("Lumen Robotics","A")')).text).toMatch(
      /^#N\/A/,
    );
    const preview = await readPreview(page);
    expect(preview.rows.map((row) => row.slice(0, 2))).toContainEqual([
      "Lumen Robotics",
      "Series B",
    ]);
    const items = page.getByTestId("source-item");
    expect(await items.count()).toBe(2);
    await expect(items.nth(0).innerText()).resolves.toContain("Bundled with the add-in");
    const added = await items.nth(1).innerText();
    expect(added).toContain(HEADLINE);
    expect(added).toContain("24 Nov 2026 · 1 round · Kept for this page session only");
    const link = items.nth(1).getByRole("link", { name: "Open the article" });
    expect(await link.getAttribute("href")).toBe("https://news.example/lumen");
    // Each row's link and Remove say which article they are for.
    for (const control of [link, items.nth(1).getByRole("button", { name: "Remove" })]) {
      expect(await describedBy(control)).toBe(HEADLINE);
    }
  });

  it("removes an added source after confirmation, and its answers go", async () => {
    const page = await pane.open();
    await addLumen(page);
    const added = page.getByTestId("source-item").nth(1);
    await added.getByRole("button", { name: "Remove", exact: true }).click();
    const note = added.locator(".note").filter({ hasText: /^Remove/ });
    await note.waitFor();
    await expect(note.innerText()).resolves.toBe(
      `Remove “${HEADLINE}”? Answers about Lumen Robotics will change in previews, the formula builder and the playground.`,
    );
    const removed = await statusAfter(page, "sources-status", () =>
      added.getByRole("button", { name: "Remove", exact: true }).click(),
    );
    expect(removed).toBe(`Removed “${HEADLINE}”.`);
    expect(await page.getByTestId("source-item").count()).toBe(1);
    expect((await evaluateInPlayground(page, '=DEALS.AIROUND("Lumen Robotics","B")')).text).toMatch(
      /^#N\/A Unknown company/,
    );
  });

  it("exports the added sources and imports them into another page, once", async () => {
    const page = await pane.open();
    await addLumen(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export sources", exact: true }).click();
    // The suite's Chromium runs as a server: a download is saved through the connection.
    const file = path.join(artifactsDir, "exported-sources.json");
    await (await download).saveAs(file);
    await page.close();
    const exported = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(exported).toMatchObject({ format: "ai-deals-sources", schemaVersion: 1 });
    expect(
      exported.sources.map((s: { document: { headline: string } }) => s.document.headline),
    ).toEqual([HEADLINE]);

    const other = await pane.open();
    expect(await importReport(other, file)).toBe(`Imported 1 source: ${HEADLINE}.`);
    expect((await evaluateInPlayground(other, '=DEALS.AIROUND("Lumen Robotics","B")')).text).toBe(
      "40000000",
    );
    expect(await importReport(other, file)).toBe(
      "Imported no source. Skipped 1 source already kept for this page session.",
    );
    // A hand-edited file whose source takes the bundled article's id: the catalog could not use
    // it, so it is quarantined rather than reported as imported.
    exported.sources[0].document.id = "article-2018-04-10";
    const renamed = Buffer.from(JSON.stringify(exported));
    expect(
      await importReport(other, {
        name: "renamed.json",
        mimeType: "application/json",
        buffer: renamed,
      }),
    ).toMatch(
      /^Imported no source\. Quarantined \S+ \(not imported\): article-2018-04-10: has the id of a source bundled with the add-in\.$/,
    );
  });
});

describeE2E("task pane: bad input for a source", () => {
  const pane = usePane();

  it("refuses files that are not sources files, changing nothing", async () => {
    const page = await pane.open();
    const upload = (name: string, text: string) =>
      importReport(page, { name, mimeType: "application/json", buffer: Buffer.from(text) });
    expect(await upload("broken.json", '{"format":"ai-deals-sources",')).toMatch(
      /^The file is not valid JSON/,
    );
    expect(await upload("package.json", '{"name":"x","version":"1.0.0"}')).toMatch(
      /^The file is not an AI Deals sources file/,
    );
    expect(
      await upload("newer.json", '{"format":"ai-deals-sources","schemaVersion":9,"sources":[]}'),
    ).toMatch(/made by a newer version of the add-in \(format 9/);
    expect(await page.getByTestId("source-item").count()).toBe(1);
  });

  it("says when an article reports no round", async () => {
    const page = await pane.open();
    await paste(page, NO_ROUND, "Harbor Ventures opens Singapore office");
    expect(await addStatus(page)).toMatch(/^No funding round found in this article/);
    expect(await page.getByTestId("found-round").count()).toBe(0);
  });

  it("refuses a text over 1 MB and says how large it is", async () => {
    const page = await pane.open();
    // Typing 1 MB through the keyboard API is slow: put it in the field as a paste would.
    await page
      .getByLabel("Article text", { exact: true })
      .evaluate((area) => ((area as HTMLTextAreaElement).value = "x".repeat(1_100_000)));
    await page.getByLabel("Published", { exact: true }).fill("2026-11-24");
    await page.getByRole("button", { name: "Find deals", exact: true }).click();
    expect(await addStatus(page)).toBe(
      "The article text is 1.1 MB; the limit is 1 MB. Paste one article, without the rest of the page.",
    );
  });

  it("shows pasted markup as text, never as HTML", async () => {
    const page = await pane.open();
    const hostile =
      "<img src=x onerror=\"document.title='pwned'\">Acme <b>Robotics</b> said on Monday it raised $5 million in a Series A round led by <script>alert(1)</script>Oak Partners.";
    await paste(page, hostile, "<i>Acme</i>");
    const passage = page.getByTestId("found-round").first();
    expect(await passage.locator("img, b, script").count()).toBe(0);
    expect(await page.title()).toBe("AI Deals");
  });
});

/** A news page pasted whole: menus, cookie banner, three rounds of one company, another company's
 * round without a date, "Related articles" naming other deals, and a long link with no space. */
const NEWS_PAGE = fs.readFileSync(path.join(__dirname, "articles/moxin-news-page.txt"), "utf8");
/** A headline pasted without spaces (as some sites put it in the address). */
const LONG_HEADLINE =
  "Chinese_AI_chipmaker_Moxin_Semiconductor_raises_$150_million_in_Series_C_led_by_Hillhouse";

describeE2E("task pane: a whole news page, in a 320 px pane, by keyboard", () => {
  const pane = usePane();
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it("reviews, corrects, adds and removes it; formulas follow; nothing scrolls sideways", async () => {
    const page = await pane.open();
    await page.setViewportSize({ width: 320, height: 900 });
    await paste(page, NEWS_PAGE, LONG_HEADLINE);
    await page.getByLabel("Published", { exact: true }).fill("2018-04-10");
    await page.getByRole("button", { name: "Find deals", exact: true }).click();
    const rounds = page.getByTestId("found-round");
    // "Related articles" names SenseTime, Megvii and Yitu deals: none is found as a round.
    expect(await rounds.locator("legend").allInnerTexts()).toEqual([
      "Keep round 1: Moxin Semiconductor, Series C",
      "Keep round 2: Moxin Semiconductor, Series B",
      "Keep round 3: Moxin Semiconductor, Series A",
      "Keep round 4: Qingyun Vision, Series A",
    ]);
    expect(await rounds.nth(0).getByLabel("Valuation").inputValue()).toBe(
      "more than USD 1,000,000,000",
    );
    const show = page.getByRole("button", { name: "Show passage" });
    while ((await show.count()) > 0) await show.first().click();
    expect(await pageWidth(page)).toBe(320);

    const add = () =>
      statusAfter(page, "add-source-status", () =>
        page.getByRole("button", { name: /^Add source/ }).click(),
      );
    // Qingyun's round is news the page gives no date for: dated to the publication month, saying so.
    const announced = rounds.nth(3).getByLabel("Announced");
    expect(await announced.inputValue()).toBe("2018-04");
    await rounds
      .nth(3)
      .getByText(/^inferred: The article reports the round as news/)
      .waitFor();
    await announced.fill("9 April 2018");
    await announced.press("Tab");
    await rounds.nth(3).getByText("entered by analyst").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("found-3-leads");
    expect(await add()).toMatch(/^Kept “Chinese_AI_chipmaker_.*” with 4 rounds/);
    expect(await pageWidth(page)).toBe(320);

    const qingyun = await evaluateInPlayground(
      page,
      '=DEALS.AIROUND("Qingyun Vision","A","announced")',
    );
    expect([qingyun.text, qingyun.reading, qingyun.quote]).toEqual([
      "43199",
      "(9 Apr 2018)",
      "Entered by an analyst",
    ]);
    const cited = await evaluateInPlayground(page, '=DEALS.AISOURCE("Moxin Semiconductor","C")');
    expect(cited.text).toContain(`— ${LONG_HEADLINE}, 2018-04-10`);
    expect(
      (await evaluateInPlayground(page, '=DEALS.AIROUND("Moxin Semiconductor","C","valuation")'))
        .reading,
    ).toBe("(over $1B)");

    // Remove by keyboard: the confirming button carries the question, Cancel returns to Remove.
    const item = page.getByTestId("source-item").nth(1);
    await item.getByRole("button", { name: "Remove" }).focus();
    await page.keyboard.press("Enter");
    const confirm = item.getByRole("button", { name: "Remove" });
    await expect(confirm.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    await item
      .locator(".note")
      .filter({ hasText: /Moxin Semiconductor, Qingyun Vision/ })
      .waitFor();
    expect(await describedBy(confirm)).toMatch(
      /^Remove “Chinese_AI_chipmaker_.*”\? Answers about Moxin/,
    );
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Remove");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page
      .getByTestId("sources-status")
      .filter({ hasText: /^Removed/ })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sources-list-heading");
    expect(await pageWidth(page)).toBe(320);
    expect((await evaluateInPlayground(page, '=DEALS.AIROUND("Qingyun Vision","A")')).text).toMatch(
      /^#N\/A Unknown company/,
    );
  });

  it("wraps a company name with no space to break at, in the review and wherever it is shown", async () => {
    const page = await pane.open();
    await page.setViewportSize({ width: 320, height: 900 });
    await paste(page, LUMEN);
    const company = page.getByTestId("found-round").first().getByLabel("Company");
    await company.fill("Lumen_Robotics_Technology_Holdings_International_Limited");
    await company.press("Tab");
    await page.getByText("Keep round 1: Lumen_Robotics_Technology").waitFor();
    expect(await pageWidth(page)).toBe(320);
    await page.getByTestId("found-round").nth(1).getByRole("checkbox").uncheck();
    await page.getByRole("button", { name: /^Add source/ }).click();
    await page.getByTestId("source-item").nth(1).waitFor();
    // The preview's cards, the company choices of the tables and cards, the builder, the list.
    expect(await pageWidth(page)).toBe(320);
  });
});
