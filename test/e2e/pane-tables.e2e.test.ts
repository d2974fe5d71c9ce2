import fs from "fs";
import path from "path";
import { imageSize } from "image-size";
import { describeE2E } from "./browser";
import { chooseTable, readPreview, setCompany, TABLES, usePane, type TableChoice } from "./pane";
import { artifactsDir, projectRoot } from "./suite";

const FOOTNOTE =
  'Source: "New financing lifts valuation of facial recognition startup to $4.5 billion", 10 Apr 2018. AI Deals dataset v1.0.0.';

/** The article the dataset was taken from, whitespace collapsed. */
const articlePath = path.join(projectRoot, "src/data/article-2018-04-10.txt");
const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

const ROUNDS_HEADER = [
  "Company",
  "Round",
  "Announced",
  "Amount (USD)",
  "Lead investors",
  "Other investors",
  "Post-money valuation",
];
const SENSETIME_JULY = [
  "SenseTime",
  "Jul 2017 round",
  "Jul 2017",
  "$410.0M",
  "CDH Investments; Sailing Capital",
  "Not reported",
  "Not reported",
];
const MEGVII_C = [
  "Megvii",
  "Series C",
  "Oct 2017",
  "$460.0M",
  "Not reported",
  "Ant Financial; others not named",
  "Not reported",
];
const SENSETIME_C = [
  "SenseTime",
  "Series C",
  "9 Apr 2018",
  "$600.0M",
  "Alibaba",
  "Temasek; Suning Commerce; others not named",
  "> $4.50B",
];

/** Each table as the preview shows it for both companies: header row first. */
const EXPECTED: Record<TableChoice, string[][]> = {
  rounds: [ROUNDS_HEADER, SENSETIME_JULY, MEGVII_C, SENSETIME_C],
  companies: [
    ["Company", "SenseTime", "Megvii"],
    ["Founded", "2014", "Not reported"],
    ["CEO", "Xu Li", "Not reported"],
    ["Rounds in source", "2", "1"],
    ["Raised in reported rounds", "$1.01B", "$460.0M"],
    ["Latest valuation", "> $4.50B", "Not reported"],
    ["Partners", "> 400", "Not reported"],
    [
      "Partnership sectors",
      "security; fintech; automobile; retail; smartphone; mobile internet; robotics; smart city development",
      "Not reported",
    ],
  ],
  investors: [
    ["Investor", "SenseTime", "Megvii"],
    ["CDH Investments", "lead", "Not reported"],
    ["Sailing Capital", "lead", "Not reported"],
    ["Alibaba", "lead", "participant (via Ant Financial)"],
    ["Ant Financial (Alibaba's financial arm)", "Not reported", "participant"],
    ["Temasek", "participant", "Not reported"],
    ["Suning Commerce", "participant", "Not reported"],
  ],
};

/** Each table with SenseTime unticked. */
const MEGVII_ONLY: Record<TableChoice, string[][]> = {
  rounds: [ROUNDS_HEADER, MEGVII_C],
  companies: EXPECTED.companies.map((row) => [row[0], row[2]]),
  investors: [
    ["Investor", "Megvii"],
    ["Alibaba", "participant (via Ant Financial)"],
    ["Ant Financial (Alibaba's financial arm)", "participant"],
  ],
};

/** Each table with no company ticked: the header, and the company table's fact labels. */
const NONE_TICKED: Record<TableChoice, string[][]> = {
  rounds: [ROUNDS_HEADER],
  companies: EXPECTED.companies.map((row) => [row[0]]),
  investors: [["Investor"]],
};

const tables = Object.keys(TABLES) as TableChoice[];

describeE2E("task pane: comparison tables", () => {
  const pane = usePane();

  it("says it is not running in Excel and disables every insert button, saying why", async () => {
    const page = await pane.open();
    const note = page.getByTestId("host-note");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/not running in Excel/i);

    const inserts = await page.getByRole("button", { name: /^Insert\b/ }).evaluateAll((buttons) =>
      buttons.map((button) => {
        const describedBy = (button.getAttribute("aria-describedby") ?? "")
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ");
        return {
          name: button.textContent?.trim() ?? "",
          disabled: (button as HTMLButtonElement).disabled,
          reason: `${button.getAttribute("title") ?? ""} ${describedBy}`,
        };
      }),
    );
    expect(inserts.map(({ name }) => name)).toEqual(
      expect.arrayContaining(["Insert table", "Insert formula"]),
    );
    for (const insert of inserts) {
      expect(insert).toEqual({ ...insert, disabled: true, reason: expect.stringMatching(/Excel/) });
    }
  });

  it.each(tables)("previews the %s table with the article's figures", async (table) => {
    const page = await pane.open();
    await chooseTable(page, table);
    expect(await readPreview(page)).toEqual({
      caption: TABLES[table],
      rows: EXPECTED[table],
      footnote: FOOTNOTE,
    });
  });

  it("shows the round comparison first, with every company ticked", async () => {
    const page = await pane.open();
    expect((await readPreview(page)).rows).toEqual(EXPECTED.rounds);
    const companies = page.locator("#company-choices").getByRole("checkbox");
    expect(
      await companies.evaluateAll((boxes) =>
        boxes.map((box) => box.parentElement?.textContent?.trim()),
      ),
    ).toEqual(["SenseTime", "Megvii"]);
    expect(
      await companies.evaluateAll((boxes) =>
        boxes.every((box) => (box as HTMLInputElement).checked),
      ),
    ).toBe(true);
  });

  it.each(tables)(
    "drops a company's rows or column from the %s table when unticked",
    async (table) => {
      const page = await pane.open();
      await chooseTable(page, table);
      await setCompany(page, "SenseTime", false);
      expect((await readPreview(page)).rows).toEqual(MEGVII_ONLY[table]);
      await setCompany(page, "Megvii", false);
      expect((await readPreview(page)).rows).toEqual(NONE_TICKED[table]);
      await setCompany(page, "SenseTime", true);
      await setCompany(page, "Megvii", true);
      expect((await readPreview(page)).rows).toEqual(EXPECTED[table]);
    },
  );

  it.each(tables)("lists article passages behind the %s table in Sources", async (table) => {
    const article = normalize(fs.readFileSync(articlePath, "utf8"));
    const page = await pane.open();
    await chooseTable(page, table);
    expect(await page.getByTestId("source-headline").textContent()).toBe(
      '"New financing lifts valuation of facial recognition startup to $4.5 billion"',
    );
    expect(await page.getByTestId("source-date").textContent()).toBe("10 Apr 2018");
    const quotes = await page
      .getByTestId("source-quotes")
      .locator("li")
      .evaluateAll((items) => items.map((item) => item.textContent ?? ""));
    expect(quotes.length).toBeGreaterThan(0);
    // Each listed item is one passage of the article, verbatim.
    for (const quote of quotes) expect(article).toContain(normalize(quote));
    // Every passage a preview cell cites is listed. A tooltip (before any inference note) joins
    // the passages of a derived fact (total raised, several rounds) with " … ".
    const cited = await page
      .getByTestId("preview")
      .locator("td[title], th[title]")
      .evaluateAll((cells) =>
        cells.flatMap((cell) => (cell.getAttribute("title")?.split("\n")[0] ?? "").split(" … ")),
      );
    expect(cited.length).toBeGreaterThan(0);
    expect(new Set(quotes)).toEqual(new Set(cited));
  });

  it("lists only the ticked companies' passages in Sources", async () => {
    const page = await pane.open();
    await setCompany(page, "SenseTime", false);
    const quotes = await page.getByTestId("source-quotes").locator("li").allTextContents();
    expect(quotes).toEqual([expect.stringMatching(/\$460 million Series C .* Megvii/)]);
  });

  it.each(tables)("renders the %s preview as table elements holding text only", async (table) => {
    const page = await pane.open();
    await chooseTable(page, table);
    const found = await page.getByTestId("preview").evaluate((preview) => {
      const tableTags = new Set(["TABLE", "CAPTION", "THEAD", "TBODY", "TFOOT", "TR", "TH", "TD"]);
      const elements = [...preview.querySelectorAll("*")];
      return {
        foreign: elements.map((node) => node.tagName).filter((tag) => !tableTags.has(tag)),
        nonText: elements
          .filter((node) => node.matches("caption, th, td"))
          .flatMap((cell) =>
            [...cell.childNodes].filter((child) => child.nodeType !== Node.TEXT_NODE),
          )
          .map((child) => child.nodeName),
        scriptsOrImages: preview.querySelectorAll("script, img").length,
      };
    });
    expect(found).toEqual({ foreign: [], nonText: [], scriptsOrImages: 0 });
  });

  it.each(tables)(
    "fits the %s preview into 320 px (screenshot in test-results/e2e/)",
    async (table) => {
      const page = await pane.open();
      await page.setViewportSize({ width: 320, height: 800 });
      await chooseTable(page, table);
      const file = path.join(artifactsDir, `preview-${table}-320.png`);
      await page
        .locator("section", { has: page.getByTestId("preview") })
        .screenshot({ path: file });
      expect(imageSize(fs.readFileSync(file)).width).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    },
  );
});
