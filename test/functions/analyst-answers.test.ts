/**
 * Answers an analyst can take at their word: each figure says what it is and how certain the
 * source is, and everything the add-in prints can be typed back. Through the functions Excel
 * calls (and, where the pane shows the same fact, the pane's table models and the company card).
 */
import { answerOf, CustomFunctionsError } from "./custom-functions-shim";
import {
  AIROUND,
  AIROUNDS,
  AISOURCE,
  COMPANY,
  INVESTMENTS,
  INVESTORS,
  MARKET,
  PROFILE,
  TOTALRAISED,
} from "../../src/functions/functions";
import { catalog } from "../bundled-catalog";
import { companyComparison } from "../../src/domain/tables/table-companies";
import { investorMap } from "../../src/domain/tables/table-investors";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import { fieldLabel } from "../../src/domain/presentation/field-labels";
import { buildCatalog } from "../../src/domain/catalog/catalog";
import { loadDataset } from "../../src/data/load-dataset";
import type { SourceDocument } from "../../src/data/schema";
import { evaluateFormula } from "../../src/domain/formulas/formulas";
import { ok } from "../../src/domain/core/result";

type Card = { properties: Record<string, { basicValue?: unknown; propertyMetadata?: unknown }> };
const card = (company: string) => PROFILE(company) as unknown as Card;

/** What a call answers: its value, or "<code> <message>" for an Excel error. */
function answer(call: () => unknown): unknown {
  const result = answerOf(call);
  return result instanceof CustomFunctionsError ? `${result.code} ${result.message}` : result;
}

const display = (rows: { display: string }[][]) => rows.map((row) => row.map((c) => c.display));

describe("INVESTMENTS' money column is the round's size", () => {
  it.each(["Alibaba", "Ant Financial", "Temasek"])("heads it Round size (USD) for %s", (name) => {
    const [header] = INVESTMENTS(name);
    expect(header[3]).toBe("Round size (USD)");
    expect(header).not.toContain("Amount (USD)");
  });
});

describe("the total says it counts the reported rounds only", () => {
  it.each([
    ["the company card's property", () => Object.keys(card("SenseTime").properties)],
    [
      "the Company comparison's row",
      () => display(companyComparison(catalog).rows).map((r) => r[0]),
    ],
    ["the builder's field", () => [fieldLabel("raised")]],
  ])("in %s", (_, labels) => {
    expect(labels().some((label) => /reported rounds/i.test(String(label)))).toBe(true);
    expect(labels()).not.toContain("Total raised");
  });

  it("answers the same sum on the card, in the table and from TOTALRAISED", () => {
    expect(card("SenseTime").properties["Raised in reported rounds"].basicValue).toBe(
      TOTALRAISED("SenseTime"),
    );
    expect(COMPANY("SenseTime", "Raised in reported rounds")).toBe(1_010_000_000);
  });
});

describe("a partial list of investors says so wherever it appears", () => {
  it.each([
    [
      "AIROUND investors",
      () => AIROUND("SenseTime", "C", "investors"),
      "Alibaba; Temasek; Suning Commerce; others not named",
    ],
    [
      "AIROUND other",
      () => AIROUND("SenseTime", "C", "other"),
      "Temasek; Suning Commerce; others not named",
    ],
    [
      "AIROUND Megvii",
      () => AIROUND("Megvii", "C", "investors"),
      "Ant Financial; others not named",
    ],
    [
      "AIROUND July (leads only)",
      () => AIROUND("SenseTime", "2017-07", "investors"),
      "CDH Investments; Sailing Capital; others not named",
    ],
    ["AIROUND lead (complete)", () => AIROUND("SenseTime", "C", "lead"), "Alibaba"],
    [
      "AIROUNDS",
      () => AIROUNDS("SenseTime", 0)[1][4],
      "Temasek; Suning Commerce; others not named",
    ],
    [
      "Round comparison",
      () => roundComparison(catalog).rows[2][5].display,
      "Temasek; Suning Commerce; others not named",
    ],
    [
      "the card",
      () => card("Megvii").properties.Investors.basicValue,
      "Ant Financial; others not named",
    ],
    [
      "COMPANY investors",
      () => COMPANY("SenseTime", "investors"),
      "CDH Investments; Sailing Capital; Alibaba; Temasek; Suning Commerce; others not named",
    ],
  ])("in %s", (_, read, expected) => {
    expect(read()).toBe(expected);
  });

  it("ends each round's rows of INVESTORS with the investors the source does not name", () => {
    expect(INVESTORS("SenseTime", "C", 0).at(-1)).toEqual([
      "Others not named",
      "participant",
      "Series C",
      43199,
      "Not reported",
    ]);
    // The July round names its leads only: whether others took part is not reported.
    expect(INVESTORS("SenseTime", "2017-07", 0).at(-1)).toEqual([
      "Others not named",
      "Not reported",
      "Jul 2017 round",
      42917,
      "Not reported",
    ]);
  });

  it("reads Not reported, not a dash, in the Investor map where a list is partial", () => {
    const cells = investorMap(catalog).rows.flatMap((row) => row.map((cell) => cell.display));
    expect(cells).not.toContain("—");
    expect(display(investorMap(catalog).rows)[4]).toEqual([
      "Temasek",
      "participant",
      "Not reported",
    ]);
  });

  it("reads a dash in the Investor map only where every list of the company is complete", () => {
    const [source] = loadDataset().sources as SourceDocument[];
    const complete: SourceDocument = {
      ...source,
      rounds: source.rounds.map((round) => ({
        ...round,
        leads: round.leads && { ...round.leads, complete: true },
        others: round.others
          ? { ...round.others, complete: true }
          : { investors: ["temasek"], complete: true, quote: round.amount.quote },
      })),
    };
    const rows = display(investorMap(buildCatalog([complete], { version: "1.0.0" })).rows);
    expect(rows.find((row) => row[0] === "CDH Investments")).toEqual([
      "CDH Investments",
      "lead",
      "—",
    ]);
  });
});

describe("how a figure is hedged can be asked", () => {
  it.each([
    [() => AIROUND("SenseTime", "C", "valuation qualifier"), "exceeding"],
    [() => AIROUND("SenseTime", "C", "amount qualifier"), "exact"],
    [() => AIROUND("SenseTime", "C", "qualifier"), "exact"],
    [() => AIROUND("SenseTime", "C", "Post-money valuation (USD) qualifier"), "exceeding"],
    [() => AIROUND("SenseTime", "C", "date precision"), "day (inferred)"],
    [() => AIROUND("SenseTime", "C", "precision"), "day (inferred)"],
    [() => AIROUND("SenseTime", "2017-07", "announced precision"), "month (inferred)"],
    [() => AIROUND("Megvii", "C", "date precision"), "month (inferred)"],
    [() => COMPANY("SenseTime", "partners qualifier"), "more than"],
    [() => COMPANY("SenseTime", "qualifier"), "more than"],
    [() => COMPANY("SenseTime", "valuation qualifier"), "exceeding"],
    [() => COMPANY("SenseTime", "raised qualifier"), "exact"],
    [() => COMPANY("SenseTime", "founded precision"), "year"],
    [
      () => AIROUND("SenseTime", "2017-07", "valuation qualifier"),
      "#N/A Not reported in the source: SenseTime Jul 2017 round: valuation",
    ],
    [
      () => COMPANY("Megvii", "founded precision"),
      "#N/A Not reported in the source: Megvii founding date precision",
    ],
  ])("%#: answers %j", (call, expected) => {
    expect(answer(call)).toBe(expected);
  });

  it("cites the figure's passage for its qualifier", () => {
    expect(AISOURCE("SenseTime", "C", "valuation qualifier")).toContain("exceeding $4.5 billion");
  });

  it("words a lower bound on the card as the article does", () => {
    const valuation = card("SenseTime").properties["Latest valuation (as reported)"];
    expect(valuation.basicValue).toBe("exceeding $4.5B");
    expect(JSON.stringify(card("SenseTime").properties.Partners.propertyMetadata)).toContain(
      "more than 400",
    );
  });
});

describe("sectors are partnership sectors; a company's focus is answered", () => {
  it.each([
    [
      () => COMPANY("Megvii", "focus"),
      'Facial recognition technology, used by Alipay\'s "Smile to Pay"',
    ],
    [
      () => card("Megvii").properties.Focus.basicValue,
      'Facial recognition technology, used by Alipay\'s "Smile to Pay"',
    ],
    [() => COMPANY("SenseTime", "partnership sectors"), COMPANY("SenseTime", "sectors")],
    [() => Object.keys(card("SenseTime").properties).includes("Partnership sectors"), true],
    [
      () => display(companyComparison(catalog).rows).some((r) => r[0] === "Partnership sectors"),
      true,
    ],
  ])("%#", (read, expected) => {
    expect(read()).toEqual(expected);
  });
});

describe("rounds typed as the add-in prints them and analysts write them", () => {
  it.each([
    ["Jul 2017 round", 410e6],
    ["Jul 2017", 410e6],
    ["July 2017", 410e6],
    ["july 2017 round", 410e6],
    ["Jul. 2017", 410e6],
    ["2017-07-15", 410e6],
    ["October 2017", 460e6, "Megvii"],
    ["Oct 2017", 460e6, "Megvii"],
    ["C round", 600e6],
    ["Round C", 600e6],
    ["C-round", 600e6],
    ["Series C", 600e6],
    ["series c round", 600e6],
    ["2018-04-09", 600e6],
    ["2018-04-01", 600e6],
    ["Apr 2018", 600e6],
    ["C", 600e6],
    [2, 600e6],
    ["latest", 600e6],
  ] as [string | number, number, string?][])(
    "reads %j",
    (round, expected, company = "SenseTime") => {
      expect(AIROUND(company, round)).toBe(expected);
    },
  );

  it("reads a sub-series such as Series C1 where a source has one", () => {
    const [source] = loadDataset().sources as SourceDocument[];
    const c1: SourceDocument = {
      ...source,
      rounds: source.rounds.map((round) =>
        round.id === "megvii-c" && round.series
          ? { ...round, series: { ...round.series, letter: "C1" } }
          : round,
      ),
    };
    // The schema admits the sub-series: the dataset with it is valid, and its round is found.
    const withC1 = buildCatalog(loadDataset({ version: "1.0.0", sources: [c1] }).sources, {
      version: "1.0.0",
    });
    for (const ref of ["Series C1", "C1", "c1 round", "Round C1"]) {
      expect(evaluateFormula(withC1, "AIROUND", ["Megvii", ref])).toEqual(ok(460e6));
    }
    expect(evaluateFormula(withC1, "AIROUND", ["Megvii", "C1", "round"])).toEqual(ok("Series C1"));
    expect(() =>
      loadDataset({
        version: "1.0.0",
        sources: [{ ...c1, rounds: [{ ...c1.rounds[2], series: { letter: "C-1", quote: "x" } }] }],
      }),
    ).toThrow(/a series is a letter, maybe with a number/);
  });

  it.each([
    ["2017-02-30", "#VALUE! 2017-02-30 is not a day."],
    ["Smarch 2017", "#VALUE! Unknown round 'Smarch 2017'."],
    ["0000-01", "#VALUE! '0' is not a year: years start at 1."],
    ["Sep 2017", "#N/A SenseTime has no round announced in 2017-09 in the source."],
  ])("refuses %j, saying why", (round, start) => {
    expect(answer(() => AIROUND("SenseTime", round))).toMatch(new RegExp(`^${escape(start)}`));
  });
});

describe("fields typed as the headers read", () => {
  it.each([
    ["Other investors", "Temasek; Suning Commerce; others not named"],
    ["OTHER INVESTORS", "Temasek; Suning Commerce; others not named"],
    ["other", "Temasek; Suning Commerce; others not named"],
    ["Amount (USD)", 600e6],
    ["round size (usd)", 600e6],
    ["Post-money valuation (USD)", 4.5e9],
    ["post money valuation", 4.5e9],
    ["Announced", 43199],
    ["Round", "Series C"],
    ["Lead investors", "Alibaba"],
  ])("AIROUND field %j", (field, expected) => {
    expect(AIROUND("SenseTime", "C", field)).toBe(expected);
  });
});

describe("MARKET's countries and currencies as analysts write them", () => {
  it.each([
    "China",
    "PRC",
    "prc",
    "CN",
    "People's Republic of China",
    "peoples republic of china",
    "中国",
  ])("reads the country %j", (country) => {
    expect(MARKET(country, 2030)).toBe(158.4e9);
  });

  it.each([
    ["RMB", 1e12],
    ["rmb", 1e12],
    ["CNY", 1e12],
    ["Yuan", 1e12],
    ["USD", 158.4e9],
    ["usd", 158.4e9],
    ["US$", 158.4e9],
    ["us$", 158.4e9],
  ])("reads the currency %j", (currency, expected) => {
    expect(MARKET("China", 2030, currency)).toBe(expected);
  });
});

describe("messages a person can act on", () => {
  it.each([0, -1, -2030, "0", "-5"])("refuses the year %j as malformed (#VALUE!)", (year) => {
    expect(answer(() => MARKET("China", year as number))).toMatch(
      /^#VALUE! The year must be a whole number from 1, such as 2030/,
    );
  });

  it("reads a year as the year of the round, and says how it read a year with none", () => {
    expect(answer(() => AIROUND("SenseTime", 2017))).toBe(410_000_000);
    expect(answer(() => AIROUND("SenseTime", "2018"))).toBe(600_000_000);
    expect(answer(() => AIROUND("SenseTime", 2019))).toBe(
      '#N/A SenseTime has no round announced in 2019 in the source (2019 read as a year). Its rounds: 1) Jul 2017 round ("2017-07", Jul 2017), 2) Series C ("C", 9 Apr 2018).',
    );
    expect(answer(() => AIROUND("Megvii", 7))).toMatch(
      /^#N\/A Megvii has 1 round in the source; 7 was read as a position \(1 = the oldest round\)\. Its rounds/,
    );
  });

  it.each([
    [
      ["SenseTime", undefined, "amount"],
      '#VALUE! \'amount\' is a round field: add the round, e.g. =DEALS.AISOURCE("SenseTime","latest","amount").',
    ],
    [
      ["SenseTime", null, "lead"],
      '#VALUE! \'lead\' is a round field: add the round, e.g. =DEALS.AISOURCE("SenseTime","latest","lead").',
    ],
    [
      ["SenseTime", "C", "founded"],
      '#VALUE! \'founded\' is a company field: drop the round, e.g. =DEALS.AISOURCE("SenseTime",,"founded").',
    ],
    [
      ["Megvii", "C", "partnership sectors"],
      '#VALUE! \'partnership sectors\' is a company field: drop the round, e.g. =DEALS.AISOURCE("Megvii",,"partnership sectors").',
    ],
  ])("AISOURCE%j says to add or drop the round", (args, expected) => {
    const [company, round, field] = args as [string, string | undefined, string];
    expect(answer(() => AISOURCE(company, round, field))).toBe(expected);
  });

  it.each([
    [
      () => AIROUND("SenseTime", "C", "founded"),
      '#VALUE! \'founded\' is a company field: use =DEALS.COMPANY("SenseTime","founded").',
    ],
    [
      () => COMPANY("Megvii", "Lead investors"),
      '#VALUE! \'Lead investors\' is a round field: use =DEALS.AIROUND("Megvii","latest","Lead investors").',
    ],
  ])(
    "AIROUND and COMPANY name the function a field of the other kind belongs to (%#)",
    (call, expected) => {
      expect(answer(call)).toBe(expected);
    },
  );

  it("answers AISOURCE for a field both kinds have, with or without a round", () => {
    expect(AISOURCE("SenseTime", undefined, "valuation")).toContain("exceeding $4.5 billion");
    expect(AISOURCE("SenseTime", "C", "valuation")).toContain("exceeding $4.5 billion");
  });

  it("words roles the same in the pane's Investor map and in the functions", () => {
    const roles = new Set(INVESTMENTS("Alibaba", true, 0).map((row) => row[4]));
    const map = display(investorMap(catalog).rows).find((row) => row[0] === "Alibaba");
    expect(new Set(map?.slice(1))).toEqual(roles);
    expect([...roles].sort()).toEqual(["lead", "participant (via Ant Financial)"]);
  });

  it("orders investors as the article names them, everywhere", () => {
    const article = ["CDH Investments", "Sailing Capital", "Alibaba", "Temasek", "Suning Commerce"];
    const spill = INVESTORS("SenseTime", undefined, 0)
      .map((row) => row[0])
      .filter((name) => name !== "Others not named");
    const map = display(investorMap(catalog, ["sensetime"]).rows).map((row) => row[0]);
    const onCard = String(card("SenseTime").properties.Investors.basicValue).split("; ");
    expect(spill).toEqual(article);
    expect(map).toEqual(article);
    expect(onCard).toEqual([...article, "others not named"]);
  });
});

/** A literal string as a pattern. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
