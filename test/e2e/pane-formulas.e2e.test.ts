import type { Page } from "playwright-core";
import { describeE2E } from "./browser";
import { evaluateInPlayground, readResult, usePane } from "./pane";

/** The builder's formula, its value as the cell holds it, and how that reads in a memo. */
async function builderShows(
  page: Page,
): Promise<{ formula: string; value: string; reading: string }> {
  const { text, reading } = await readResult(page, "builder-value");
  return { formula: await page.getByTestId("builder-formula").inputValue(), value: text, reading };
}

/** The options a builder select offers, as `value=label`. */
function optionsOf(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator("option")
    .evaluateAll((options) =>
      options.map((option) => `${(option as HTMLOptionElement).value}=${option.textContent}`),
    );
}

const ROUND_FIELDS = ["amount", "date", "series", "lead", "investors", "valuation"];
const COMPANY_FIELDS = ["founded", "ceo", "country", "partners", "description"];

describeE2E("task pane: formula builder and playground", () => {
  const pane = usePane();

  it("starts on SenseTime's latest round and its amount", async () => {
    const page = await pane.open();
    expect(await builderShows(page)).toEqual({
      formula: '=DEALS.AIROUND("SenseTime","C","amount")',
      value: "600000000",
      reading: "($600M)",
    });
    expect((await readResult(page, "builder-value")).quote).toContain(
      "it has acquired $600 million in its Series C round",
    );
    expect(await optionsOf(page, "builder-company")).toEqual([
      "SenseTime=SenseTime",
      "Megvii=Megvii",
    ]);
    expect(await optionsOf(page, "builder-round")).toEqual([
      "=None: a company fact",
      "2017-07=Jul 2017 round",
      "C=Series C, 9 Apr 2018",
    ]);
    expect(await optionsOf(page, "builder-field")).toEqual(
      expect.arrayContaining(ROUND_FIELDS.map((field) => `${field}=${field}`)),
    );
  });

  it("offers the chosen company's rounds, and company fields when no round is chosen", async () => {
    const page = await pane.open();
    await page.getByTestId("builder-company").selectOption("Megvii");
    expect(await optionsOf(page, "builder-round")).toEqual([
      "=None: a company fact",
      "C=Series C, Oct 2017",
    ]);
    await page.getByTestId("builder-round").selectOption("");
    expect(await optionsOf(page, "builder-field")).toEqual(
      expect.arrayContaining([
        ...COMPANY_FIELDS.map((field) => `${field}=${field}`),
        "sectors=sectors (of its partnerships)",
        "raised=raised (in reported rounds)",
      ]),
    );
    expect(await optionsOf(page, "builder-field")).not.toContain("amount=amount");
  });

  it.each([
    [
      "SenseTime",
      "C",
      "valuation",
      '=DEALS.AIROUND("SenseTime","C","valuation")',
      "4500000000",
      "(exceeding $4.5B)",
    ],
    ["SenseTime", "C", "date", '=DEALS.AIROUND("SenseTime","C","date")', "43199", "(9 Apr 2018)"],
    [
      "SenseTime",
      "2017-07",
      "lead",
      '=DEALS.AIROUND("SenseTime","2017-07","lead")',
      "CDH Investments; Sailing Capital",
      "",
    ],
    [
      "SenseTime",
      "2017-07",
      "valuation",
      '=DEALS.AIROUND("SenseTime","2017-07","valuation")',
      "#N/A Not reported in the source: SenseTime Jul 2017 round valuation",
      "",
    ],
    ["Megvii", "C", "amount", '=DEALS.AIROUND("Megvii","C","amount")', "460000000", "($460M)"],
    [
      "Megvii",
      "C",
      "investors",
      '=DEALS.AIROUND("Megvii","C","investors")',
      "Ant Financial; others not named",
      "",
    ],
    [
      "Megvii",
      "C",
      "valuation",
      '=DEALS.AIROUND("Megvii","C","valuation")',
      "#N/A Not reported in the source: Megvii Series C valuation",
      "",
    ],
    ["SenseTime", "", "ceo", '=DEALS.COMPANY("SenseTime","ceo")', "Xu Li", ""],
    ["SenseTime", "", "founded", '=DEALS.COMPANY("SenseTime","founded")', "2014", ""],
    [
      "SenseTime",
      "",
      "partners",
      '=DEALS.COMPANY("SenseTime","partners")',
      "400",
      "(more than 400)",
    ],
    [
      "Megvii",
      "",
      "ceo",
      '=DEALS.COMPANY("Megvii","ceo")',
      "#N/A Not reported in the source: Megvii ceo",
      "",
    ],
  ])(
    "shows %s / round %j / %s as %s = %s %s",
    async (company, round, field, formula, value, reading) => {
      const page = await pane.open();
      await page.getByTestId("builder-company").selectOption(company);
      await page.getByTestId("builder-round").selectOption(round);
      await page.getByTestId("builder-field").selectOption(field);
      expect(await builderShows(page)).toEqual({ formula, value, reading });
    },
  );

  it("evaluates the playground's starting formula on load", async () => {
    const page = await pane.open();
    expect(await page.getByTestId("playground-input").inputValue()).toBe(
      '=DEALS.AIROUND("SenseTime","C")',
    );
    expect((await readResult(page, "playground-output")).text).toBe("600000000");
  });

  it.each([
    ['=DEALS.AIROUND("SenseTime","C")', "600000000", "($600M)"],
    ['=DEALS.VALUATION("SenseTime")', "4500000000", "(exceeding $4.5B)"],
    ['=DEALS.MARKET("China",2030,"CNY")', "1000000000000", "(CNY 1T)"],
    ['=DEALS.TOTALRAISED("Face++")', "460000000", "($460M)"],
    ['=deals.airound( "sensetime" , "C" , "lead" )', "Alibaba", ""],
  ])("evaluates %s to %s %s", async (formula, text, reading) => {
    const page = await pane.open();
    expect(await evaluateInPlayground(page, formula)).toMatchObject({
      text,
      reading,
      rows: [],
      kind: "value",
    });
  });

  it("describes the company card PROFILE would return", async () => {
    const page = await pane.open();
    expect(await evaluateInPlayground(page, '=DEALS.PROFILE("Face++")')).toMatchObject({
      text: "A company card. Megvii: raised $460M in 1 reported round.",
      kind: "value",
    });
  });

  it("shows a spilled result as a table: header and one row per round", async () => {
    const page = await pane.open();
    const { rows, kind } = await evaluateInPlayground(page, '=DEALS.AIROUNDS("SenseTime")');
    expect(kind).toBe("spill");
    expect(rows).toEqual([
      [
        "Round",
        "Announced",
        "Amount (USD)",
        "Lead investors",
        "Other investors",
        "Post-money valuation (USD)",
      ],
      [
        "Jul 2017 round",
        "42917",
        "410000000",
        "CDH Investments; Sailing Capital",
        "Not reported",
        "Not reported",
      ],
      [
        "Series C",
        "43199",
        "600000000",
        "Alibaba",
        "Temasek; Suning Commerce; others not named",
        "4500000000",
      ],
    ]);
  });

  it.each([
    [
      '=DEALS.AIROUND("SenseTme","C")',
      /^#N\/A Unknown company 'SenseTme'\. Did you mean SenseTime\?$/,
    ],
    ["=DEALS.NOPE(1)", /^#VALUE! Unknown function 'NOPE'\. Functions: AIROUND, /],
    [
      '=DEALS.COMPANY("SenseTime","revenue")',
      /^#VALUE! Unknown field 'revenue'\. Use one of: founded, ceo, .*valuation qualifier\.$/,
    ],
    ["hello", /^#VALUE! Type a DEALS function with its arguments in parentheses/],
  ])("shows the error for %s", async (formula, message) => {
    const page = await pane.open();
    const { text, rows, kind } = await evaluateInPlayground(page, formula);
    expect({ rows, kind }).toEqual({ rows: [], kind: "error" });
    expect(text).toMatch(message);
  });

  it("shows markup typed into the playground as text, never as elements", async () => {
    const page = await pane.open();
    const name = "<img src=x onerror=alert(1)><script>"; // short enough to be quoted whole
    const { text } = await evaluateInPlayground(page, `=DEALS.AIROUND("${name}","C")`);
    expect(text).toContain(name);
    expect(await page.getByTestId("playground-output").locator("img, script").count()).toBe(0);
  });
});
