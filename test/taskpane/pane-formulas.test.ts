/** @jest-environment jsdom */
import { catalog } from "../bundled-catalog";
import { airounds, evaluateCall } from "../../src/domain/formulas/formulas";
import { roundAfterCompanyChange } from "../../src/taskpane/formula-builder";
import { readAnswer } from "./read-pane";
import { byTestId, choose, openPane, playgroundSettled, typeInPlayground } from "./open-pane";

const shown = readAnswer;

const builder = () => ({
  formula: (byTestId("builder-formula") as HTMLInputElement).value,
  value: shown(byTestId("builder-value")).text,
  reading: shown(byTestId("builder-value")).reading,
});
const options = (testId: string) =>
  [...(byTestId(testId) as HTMLSelectElement).options].map((o) => `${o.value}=${o.textContent}`);

describe("roundAfterCompanyChange", () => {
  it("returns the same round when the new company has it", () => {
    expect(roundAfterCompanyChange("C", ["2017-07", "C"])).toBe("C");
  });
  it("returns the new company's latest round when it lacks the chosen one", () => {
    expect(roundAfterCompanyChange("2017-07", ["C"])).toBe("C");
  });
  it("returns a company fact for a company fact, or when the company has no round", () => {
    expect(roundAfterCompanyChange("", ["C"])).toBe("");
    expect(roundAfterCompanyChange("C", [])).toBe("");
  });
});

describe("formula builder", () => {
  it("starts on SenseTime's latest round and its amount", async () => {
    await openPane();
    expect(builder()).toEqual({
      formula: '=DEALS.AIROUND("SenseTime","C","amount")',
      value: "600000000",
      reading: "($600M)",
    });
    expect(byTestId("builder-value").querySelector(".quote")?.textContent).toContain(
      "it has acquired $600 million in its Series C round",
    );
    expect(options("builder-company")).toEqual(["SenseTime=SenseTime", "Megvii=Megvii"]);
    expect(options("builder-round")).toEqual([
      "=None: a company fact",
      "2017-07=Jul 2017 round",
      "C=Series C, 9 Apr 2018",
    ]);
  });

  it("keeps a round when the company changes: Megvii's round, not a company fact", async () => {
    await openPane();
    choose("builder-round", "2017-07");
    choose("builder-field", "lead");
    choose("builder-company", "Megvii");
    expect(options("builder-round")).toEqual(["=None: a company fact", "C=Series C, Oct 2017"]);
    expect(builder()).toEqual({
      formula: '=DEALS.AIROUND("Megvii","C","lead")',
      value: "#N/A Not reported in the source: Megvii Series C: lead investors",
      reading: "",
    });
    choose("builder-field", "amount");
    expect(builder().value).toBe("460000000");
  });

  it("keeps a company fact when the company changes", async () => {
    await openPane();
    choose("builder-round", "");
    choose("builder-field", "country");
    choose("builder-company", "Megvii");
    expect(builder().formula).toBe('=DEALS.COMPANY("Megvii","country")');
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
      "#N/A Not reported in the source: SenseTime Jul 2017 round: valuation",
      "",
    ],
    [
      "Megvii",
      "C",
      "investors",
      '=DEALS.AIROUND("Megvii","C","investors")',
      "Ant Financial; others not named",
      "",
    ],
    ["SenseTime", "", "ceo", '=DEALS.COMPANY("SenseTime","ceo")', "Xu Li", ""],
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
      "#N/A Not reported in the source: Megvii CEO",
      "",
    ],
  ])(
    "shows %s / round %j / %s as %s = %s %s",
    async (company, round, field, formula, value, reading) => {
      await openPane();
      choose("builder-company", company);
      choose("builder-round", round);
      choose("builder-field", field);
      expect(builder()).toEqual({ formula, value, reading });
    },
  );
});

describe("formula playground", () => {
  it("evaluates its starting formula", async () => {
    await openPane();
    expect((byTestId("playground-input") as HTMLInputElement).value).toBe(
      '=DEALS.AIROUND("SenseTime","C")',
    );
    expect(shown(await playgroundSettled()).text).toBe("600000000");
  });

  it.each([
    ['=DEALS.VALUATION("SenseTime")', "4500000000", "(exceeding $4.5B)"],
    ['=DEALS.MARKET("China",2030,"CNY")', "1000000000000", "(CNY 1T)"],
    ['=DEALS.TOTALRAISED("Face++")', "460000000", "($460M)"],
    ['=deals.airound( "sensetime" ; "C" ; "lead" )', "Alibaba", ""],
    ['=DEALS.TOTALRAISED("SenseTime")/1000000', "1010", ""],
    ["=0.1+0.2", "0.3", ""],
    ['=DEALS.AIROUND("SenseTime","C")>DEALS.AIROUND("Megvii","C")', "TRUE", ""],
  ])("shows %s as %s %s", async (formula, text, reading) => {
    await openPane();
    expect(shown(await typeInPlayground(formula))).toMatchObject({ text, reading, kind: "value" });
  });

  it("lists the DEALS calls behind a computed value, hedges kept", async () => {
    await openPane();
    const output = await typeInPlayground('=DEALS.VALUATION("SenseTime")/1000000000');
    expect(output.querySelector(".cell-value")?.textContent).toBe("4.5");
    const inputs = [...output.querySelectorAll(".inputs li")];
    expect(inputs).toHaveLength(1);
    expect(inputs[0].querySelector("code")?.textContent).toBe('=DEALS.VALUATION("SenseTime")');
    expect(inputs[0].querySelector(".reading")?.textContent).toBe(" (exceeding $4.5B)");
    expect(inputs[0].querySelector(".quote")?.textContent).toMatch(/exceeding \$4\.5 billion/);
  });

  it("shows a spilled result as a table with its header row, each cell labelled", async () => {
    await openPane();
    const output = await typeInPlayground('=DEALS.AIROUNDS("SenseTime")');
    const spill = airounds(catalog, "SenseTime");
    if (spill.kind !== "ok") throw new Error("AIROUNDS failed");
    // Each cell holds the number Excel holds; a lower bound or a date also says how it reads.
    const readings = evaluateCall(catalog, "AIROUNDS", ["SenseTime"]).readings ?? [];
    expect(shown(output).rows).toEqual(
      spill.value.map((row, r) =>
        row.map((cell, c) => {
          const reading = readings[r]?.[c];
          return reading === undefined ? String(cell) : `${cell} (${reading})`;
        }),
      ),
    );
    expect(shown(output).rows[2]?.[5]).toBe("4500000000 (> $4.50B)");
    expect(output.querySelector("tbody td")?.getAttribute("data-label")).toBe("Round");
    const bare = await typeInPlayground('=DEALS.AIROUNDS("SenseTime",0)');
    expect(bare.querySelector("thead")).toBeNull();
    expect(bare.querySelector("td[data-label]")).toBeNull();
  });

  it.each([
    [
      '=DEALS.AIROUND("SenseTme","C")',
      /^#N\/A Unknown company 'SenseTme'\. Did you mean SenseTime\?$/,
    ],
    [
      '=DEALS.AIROUND("Megvii","C","valuation")+1',
      /^#N\/A Not reported in the source: Megvii Series C: valuation$/,
    ],
    ["=DEALS.NOPE(1)", /^#NAME\? Unknown function 'DEALS\.NOPE'\. DEALS functions: AIROUND, /],
    [
      '=DEALS.COMPANY("SenseTime","revenue")',
      /^#VALUE! Unknown field 'revenue'\. Use one of: founded, ceo, .*valuation qualifier\.$/,
    ],
    ["=1/0", /^#DIV\/0!$/],
    ['=DEALS.AIROUND("SenseTime","C"', /^Excel would not accept this formula/],
  ])("shows the error for %s", async (formula, message) => {
    await openPane();
    const result = shown(await typeInPlayground(formula));
    expect({ rows: result.rows, kind: result.kind }).toEqual({ rows: [], kind: "error" });
    expect(result.text).toMatch(message);
  });

  it("keeps text without = as text, and says how to make it a formula", async () => {
    await openPane();
    const output = await typeInPlayground('DEALS.AIROUND("SenseTime","C")');
    expect(output.querySelector(".cell-value")?.textContent).toBe('DEALS.AIROUND("SenseTime","C")');
    expect(output.querySelector(".quote")?.textContent).toMatch(/^Not a formula: .*Start with "="/);
  });

  it("shows markup typed into the playground as text, never as elements", async () => {
    await openPane();
    const name = "<img src=x onerror=alert(1)><script>";
    const output = await typeInPlayground(`=DEALS.AIROUND("${name}","C")`);
    expect(output.textContent).toContain(name);
    expect(output.querySelectorAll("img, script")).toHaveLength(0);
  });
});
