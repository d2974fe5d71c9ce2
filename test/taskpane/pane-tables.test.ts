/** @jest-environment jsdom */
import fs from "fs";
import path from "path";
import { catalog } from "../bundled-catalog";
import { companyComparison } from "../../src/domain/tables/table-companies";
import { investorMap } from "../../src/domain/tables/table-investors";
import type { TableModel } from "../../src/domain/tables/table-model";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import { NO_COMPANY_MESSAGE } from "../../src/taskpane/preview-layout";
import { NOTHING_TO_CITE } from "../../src/taskpane/sources-view";
import { byTestId, click, openPane, readPreview } from "./open-pane";

const FOOTNOTE =
  'Source: "New financing lifts valuation of facial recognition startup to $4.5 billion", 10 Apr 2018. AI Deals dataset v1.0.0.';

/** The article the dataset was taken from, whitespace collapsed. */
const article = fs
  .readFileSync(path.join(__dirname, "../../src/data/article-2018-04-10.txt"), "utf8")
  .replace(/\s+/g, " ");
const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

const TABLES = {
  rounds: "Round comparison",
  companies: "Company comparison",
  investors: "Investor map",
} as const;
type TableChoice = keyof typeof TABLES;
const tables = Object.keys(TABLES) as TableChoice[];

const ALL = ["sensetime", "megvii"];
const BUILD: Record<TableChoice, (ids: string[]) => TableModel> = {
  rounds: (ids) => roundComparison(catalog, ids),
  companies: (ids) => companyComparison(catalog, ids),
  investors: (ids) => investorMap(catalog, ids),
};

/** The rows a table model says the preview shows: header first, each cell's display text. */
const rowsOf = (model: TableModel) => [
  model.columns.map(({ title }) => title),
  ...model.rows.map((row) => row.map((cell) => cell.display)),
];

const chooseTable = (table: TableChoice) => click(`input[name=table][value=${table}]`);
const company = (name: string) => {
  const box = [...document.querySelectorAll<HTMLInputElement>("#company-choices input")].find(
    (input) => input.parentElement?.textContent?.trim() === name,
  );
  if (!box) throw new Error(`no company ${name}`);
  return box;
};
const setCompany = (name: string, checked: boolean) => {
  if (company(name).checked !== checked) company(name).click();
};
const sourceQuotes = () =>
  [...byTestId("source-quotes").querySelectorAll("li")].map((item) => item.textContent ?? "");

describe("comparison table previews", () => {
  it("starts on the round comparison, with every company ticked", async () => {
    await openPane();
    expect(readPreview()?.rows).toEqual(rowsOf(roundComparison(catalog, ALL)));
    expect(["SenseTime", "Megvii"].map((name) => company(name).checked)).toEqual([true, true]);
  });

  it.each(tables)(
    "previews the %s table: the model's cells, caption and footnote",
    async (table) => {
      await openPane();
      chooseTable(table);
      expect(readPreview()).toEqual({
        caption: TABLES[table],
        rows: rowsOf(BUILD[table](ALL)),
        footnote: FOOTNOTE,
      });
    },
  );

  it("shows a lower bound as one, never as an exact figure", async () => {
    await openPane();
    expect(readPreview()?.rows[3]).toEqual(expect.arrayContaining(["$600.0M", "> $4.50B"]));
  });

  it.each(tables)(
    "drops a company's rows or column from the %s table when unticked",
    async (table) => {
      await openPane();
      chooseTable(table);
      setCompany("SenseTime", false);
      expect(readPreview()?.rows).toEqual(rowsOf(BUILD[table](["megvii"])));
      setCompany("SenseTime", true);
      expect(readPreview()?.rows).toEqual(rowsOf(BUILD[table](ALL)));
    },
  );

  it.each(tables)(
    "says what to do, with no table and nothing to cite, when no company is ticked (%s)",
    async (table) => {
      await openPane();
      chooseTable(table);
      setCompany("SenseTime", false);
      setCompany("Megvii", false);
      expect(readPreview()).toBeUndefined();
      expect(byTestId("preview").textContent).toBe(NO_COMPANY_MESSAGE);
      expect(byTestId("source-intro").textContent).toBe(NOTHING_TO_CITE);
      expect(sourceQuotes()).toEqual([]);
      expect((byTestId("source-quotes") as HTMLOListElement).hidden).toBe(true);
      setCompany("Megvii", true);
      expect(readPreview()?.rows).toEqual(rowsOf(BUILD[table](["megvii"])));
      expect(byTestId("source-intro").textContent).toBe("Passages behind the table shown above:");
      expect((byTestId("source-quotes") as HTMLOListElement).hidden).toBe(false);
    },
  );

  it.each(tables)("lists the article passages behind the %s table in Sources", async (table) => {
    await openPane();
    chooseTable(table);
    expect(byTestId("source-headline").textContent).toBe(
      '"New financing lifts valuation of facial recognition startup to $4.5 billion"',
    );
    expect(byTestId("source-date").textContent).toBe("10 Apr 2018");
    const quotes = sourceQuotes();
    expect(quotes.length).toBeGreaterThan(0);
    // Each listed item is one passage of the article, verbatim.
    for (const quote of quotes) expect(article).toContain(normalize(quote));
    // Every passage a preview cell cites is listed. A tooltip (before any inference note) joins
    // the passages of a derived fact (total raised, several rounds) with " … ".
    const cited = [...byTestId("preview").querySelectorAll("td[title], th[title]")].flatMap(
      (cell) => (cell.getAttribute("title")?.split("\n")[0] ?? "").split(" … "),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(new Set(quotes)).toEqual(new Set(cited));
  });

  it("lists only the ticked companies' passages in Sources", async () => {
    await openPane();
    setCompany("SenseTime", false);
    expect(sourceQuotes()).toEqual([expect.stringMatching(/\$460 million Series C .* Megvii/)]);
  });

  it.each(tables)("renders the %s preview as table elements holding text only", async (table) => {
    await openPane();
    chooseTable(table);
    const tableTags = new Set(["TABLE", "CAPTION", "THEAD", "TBODY", "TFOOT", "TR", "TH", "TD"]);
    const elements = [...byTestId("preview").querySelectorAll("*")];
    expect(elements.map((node) => node.tagName).filter((tag) => !tableTags.has(tag))).toEqual([]);
    const nonText = elements
      .filter((node) => node.matches("caption, th, td"))
      .flatMap((cell) => [...cell.childNodes].filter((child) => child.nodeType !== 3));
    expect(nonText).toEqual([]);
  });
});
