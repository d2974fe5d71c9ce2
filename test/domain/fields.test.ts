import { rawDataset } from "../../src/data/dataset";
import { loadDataset } from "../../src/data/load-dataset";
import { buildCatalog } from "../../src/domain/catalog/catalog";
import { catalog } from "../bundled-catalog";
import { readCompanyField } from "../../src/domain/facts/company-fields";
import { totalRaised, valuationOf } from "../../src/domain/facts/company-totals";
import { marketSize } from "../../src/domain/facts/market";
import { readRoundField } from "../../src/domain/facts/round-fields";
import { sourceOf } from "../../src/domain/facts/source-of";
import type { Result } from "../../src/domain/core/result";
import type { Sourced, Value } from "../../src/domain/core/value";
import type { Company, Round } from "../../src/domain/catalog/entities";

const sensetime = catalog.companyById.get("sensetime") as Company;
const megvii = catalog.companyById.get("megvii") as Company;
const [july, seriesC] = catalog.roundsByCompany.get("sensetime") as Round[];
const [megviiC] = catalog.roundsByCompany.get("megvii") as Round[];

const valueOf = (result: Result<Sourced>): Value | string =>
  result.kind === "ok" ? result.value.value : `${result.kind}: ${result.message}`;

describe("readRoundField", () => {
  it.each([
    [seriesC, "amount", { type: "money", amount: 600e6, currency: "USD", bound: "exact" }],
    [seriesC, undefined, { type: "money", amount: 600e6, currency: "USD", bound: "exact" }],
    [seriesC, "date", { type: "date", iso: "2018-04-09", precision: "day" }],
    [seriesC, "series", { type: "text", text: "Series C" }],
    [seriesC, "lead", { type: "text", text: "Alibaba" }],
    [seriesC, "Lead Investors", { type: "text", text: "Alibaba" }],
    [
      seriesC,
      "investors",
      { type: "text", text: "Alibaba; Temasek; Suning Commerce; others not named" },
    ],
    [seriesC, "post-money", { type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" }],
    [seriesC, "currency", { type: "text", text: "USD" }],
    [july, "amount", { type: "money", amount: 410e6, currency: "USD", bound: "exact" }],
    [july, "date", { type: "date", iso: "2017-07", precision: "month" }],
    [july, "lead", { type: "text", text: "CDH Investments; Sailing Capital" }],
    [megviiC, "investors", { type: "text", text: "Ant Financial; others not named" }],
  ])("reads %#: %s", (round, field, value) => {
    const company = round === megviiC ? megvii : sensetime;
    expect(valueOf(readRoundField(catalog, company, round, field))).toEqual(value);
  });

  it.each([
    [sensetime, july, "series", "Not reported in the source: SenseTime Jul 2017 round: series"],
    [
      sensetime,
      july,
      "valuation",
      "Not reported in the source: SenseTime Jul 2017 round: valuation",
    ],
    [megvii, megviiC, "lead", "Not reported in the source: Megvii Series C: lead investors"],
    [megvii, megviiC, "valuation", "Not reported in the source: Megvii Series C: valuation"],
    [
      sensetime,
      july,
      "other",
      "Not reported in the source: SenseTime Jul 2017 round: other investors",
    ],
    [
      sensetime,
      july,
      "Other investors",
      "Not reported in the source: SenseTime Jul 2017 round: other investors",
    ],
  ])(
    "answers not reported for what the source does not say (%#)",
    (company, round, field, message) => {
      expect(readRoundField(catalog, company, round, field)).toEqual({
        kind: "notReported",
        message,
      });
    },
  );

  it("lists the allowed fields for an unknown one", () => {
    expect(readRoundField(catalog, sensetime, seriesC, "ebitda")).toMatchObject({
      kind: "invalid",
      message:
        "Unknown field 'ebitda'. Use one of: amount, date, series, round, lead, other, investors, valuation, currency, source, amount qualifier, valuation qualifier, date precision.",
    });
  });

  it("carries the sentence behind each fact and the reasoning behind inferred dates", () => {
    const result = readRoundField(catalog, sensetime, seriesC, "date");
    expect(result).toMatchObject({
      kind: "ok",
      value: {
        quote: expect.stringContaining("announced on Monday"),
        inferred: expect.stringContaining("2018-04-09"),
      },
    });
  });
});

describe("readCompanyField", () => {
  it.each([
    ["founded", { type: "date", iso: "2014", precision: "year" }],
    ["CEO", { type: "text", text: "Xu Li" }],
    ["country", { type: "text", text: "China" }],
    ["partners", { type: "count", count: 400, bound: "atLeast" }],
    [
      "sectors",
      expect.objectContaining({ text: expect.stringMatching(/^security; fintech; automobile/) }),
    ],
    [
      "partnerlist",
      expect.objectContaining({ text: expect.stringContaining("Qualcomm Inc; Nvidia Corp") }),
    ],
    ["focus", { type: "text", text: "Computer vision and deep learning technologies" }],
  ])("reads SenseTime's %s", (field, value) => {
    expect(valueOf(readCompanyField(catalog, sensetime, field))).toEqual(value);
  });

  it("answers not reported for Megvii's founding year and CEO", () => {
    expect(valueOf(readCompanyField(catalog, megvii, "founded"))).toBe(
      "notReported: Not reported in the source: Megvii founding date",
    );
    expect(valueOf(readCompanyField(catalog, megvii, "ceo"))).toBe(
      "notReported: Not reported in the source: Megvii CEO",
    );
  });

  it.each([
    ["partnerlist", "Megvii list of partners"],
    ["partners", "Megvii number of partners"],
    ["founded precision", "Megvii founding date precision"],
    ["partners qualifier", "Megvii number of partners qualifier"],
  ])("names the missing %s as an analyst reads it", (field, what) => {
    expect(readCompanyField(catalog, megvii, field)).toEqual({
      kind: "notReported",
      message: `Not reported in the source: ${what}`,
    });
  });
});

describe("totalRaised and valuationOf", () => {
  it("sums SenseTime's rounds to $1.01B", () => {
    expect(valueOf(totalRaised(catalog, sensetime))).toEqual({
      type: "money",
      amount: 1.01e9,
      currency: "USD",
      bound: "exact",
    });
  });

  it("takes the latest reported valuation, or the one after a given round", () => {
    expect(valueOf(valuationOf(catalog, sensetime))).toMatchObject({
      amount: 4.5e9,
      bound: "atLeast",
    });
    expect(valueOf(valuationOf(catalog, sensetime, "C"))).toMatchObject({ amount: 4.5e9 });
    expect(valueOf(valuationOf(catalog, sensetime, 1))).toBe(
      "notReported: Not reported in the source: SenseTime Jul 2017 round: valuation",
    );
    expect(valueOf(valuationOf(catalog, megvii))).toBe(
      "notReported: Not reported in the source: Megvii valuation (no round in the source reports one)",
    );
  });
});

describe("marketSize", () => {
  it("answers China's 2030 AI target in USD by default and in CNY on request", () => {
    expect(valueOf(marketSize(catalog, "China", 2030))).toMatchObject({
      amount: 158.4e9,
      currency: "USD",
    });
    expect(valueOf(marketSize(catalog, "china", "2030", "yuan"))).toMatchObject({
      amount: 1e12,
      currency: "CNY",
    });
  });

  it("refuses other countries, years and currencies with what the source has", () => {
    expect(valueOf(marketSize(catalog, "Japan", 2030))).toBe(
      "notFound: No market figure for 'Japan'. The source has: China.",
    );
    expect(valueOf(marketSize(catalog, "China", 2025))).toBe(
      "notReported: Not reported in the source: China AI industry target for 2025 (the source gives 2030)",
    );
    expect(valueOf(marketSize(catalog, "China", 2030, "EUR"))).toBe(
      "invalid: Unknown currency 'EUR'. Use USD or CNY.",
    );
    expect(valueOf(marketSize(catalog, "China", 2030.5))).toMatch(
      /^invalid: The year must be a whole number/,
    );
  });

  it.each([
    "FY2030",
    "2030E",
    "2030e",
    " 2030 ",
    47484,
    47484.5,
    { type: "Double", basicValue: 2030 },
    "2030-12-31",
    "Dec 2030",
    "31/12/2030",
    "2030-06-30 00:00:00",
    "2030年",
    "２０３０",
    "2030年12月",
  ])("reads %p as the year 2030", (year) => {
    expect(valueOf(marketSize(catalog, "China", year))).toMatchObject({ amount: 158.4e9 });
  });

  it.each([
    ["P.R. China", "CN¥", 1e12],
    ["China", "RMB yuan", 1e12],
    ["China", "USD$", 158.4e9],
  ])("reads %p in %p", (country, currency, amount) => {
    expect(valueOf(marketSize(catalog, country, 2030, currency))).toMatchObject({ amount });
  });

  it("refuses a date typed as text that is no date, quoting it", () => {
    expect(valueOf(marketSize(catalog, "China", "2030-13-01"))).toBe(
      "invalid: The year must be a whole number from 1, such as 2030, not '2030-13-01'.",
    );
  });

  it("says the year 2030 is what the source has for a year in a date it lacks", () => {
    // A cell holding 1 Jan 2025 passes 45658.
    expect(valueOf(marketSize(catalog, "China", 45658))).toBe(
      "notReported: Not reported in the source: China AI industry target for 2025 (the source gives 2030)",
    );
  });
});

describe("sourceOf", () => {
  it("cites the valuation sentence and the article", () => {
    const passage =
      "SenseTime will become the world's most valuable artificial intelligence startup, with its valuation exceeding $4.5 billion after the fundraising.";
    expect(sourceOf(catalog, sensetime, "C", "valuation")).toMatchObject({
      kind: "ok",
      value: {
        quote: passage,
        citations: [
          {
            passage,
            source: {
              id: "article-2018-04-10",
              headline:
                "New financing lifts valuation of facial recognition startup to $4.5 billion",
              date: "2018-04-10",
            },
          },
        ],
      },
    });
  });

  it("cites a company fact when no round is given", () => {
    expect(sourceOf(catalog, sensetime, undefined, "founded")).toMatchObject({
      value: { quote: "Founded in 2014, Sense-Time" },
    });
  });
});

describe("facts drawn from several passages", () => {
  it("keeps each passage apart and marks the joint in the quote", () => {
    const result = readRoundField(catalog, sensetime, seriesC, "investors");
    expect(result).toMatchObject({
      kind: "ok",
      value: {
        passages: [
          expect.stringContaining("led by e-commerce giant Alibaba"),
          "Other investors include Temasek Holdings and Suning Commerce Group Co Ltd.",
        ],
        quote: expect.stringContaining("Alibaba Group Holding Ltd … Other investors include"),
      },
    });
  });
});

describe("valuationOf with a valuation in another currency", () => {
  it("answers not reported in USD rather than relabelling the figure", () => {
    const raw = structuredClone(rawDataset) as {
      sources: { rounds: { postMoneyValuation?: object }[] }[];
    };
    const [article] = raw.sources;
    article.rounds[1].postMoneyValuation = {
      ...article.rounds[1].postMoneyValuation,
      currency: "CNY",
      amount: 30e9,
    };
    const other = buildCatalog(loadDataset(raw).sources, { version: "1.0.0" });
    const company = other.companyById.get("sensetime") as Company;
    const expected =
      "notReported: Not reported in the source: SenseTime Series C: valuation in USD (the source gives more than CNY 30B)";
    expect(valueOf(valuationOf(other, company))).toBe(expected);
    expect(valueOf(valuationOf(other, company, "C"))).toBe(expected);
  });
});

describe("fields in an analyst's own words", () => {
  const roundValue = (field: string) => valueOf(readRoundField(catalog, sensetime, seriesC, field));
  const companyValue = (field: string) => valueOf(readCompanyField(catalog, sensetime, field));

  it.each([
    ["amount raised", "amount"],
    ["deal size", "amount"],
    ["funding", "amount"],
    ["Amount in USD", "amount"],
    ["date announced", "date"],
    ["stage", "round"],
    ["investor", "investors"],
    ["co-investors", "other"],
    ["participants", "other"],
    ["led by", "lead"],
    ["deal date", "date"],
    ["passage", "source"],
  ])("reads the round field %p as %p", (typed, field) => {
    expect(roundValue(typed)).toEqual(roundValue(field));
  });

  it.each([
    ["year founded", "founded"],
    ["Founded in", "founded"],
    ["established", "founded"],
    ["number of partners", "partners"],
    ["partners list", "partnerlist"],
    ["number of rounds", "rounds"],
    ["total funding", "raised"],
    ["post-money valuation", "valuation"],
    ["Latest valuation (USD)", "valuation"],
    ["about", "description"],
    ["CEO name", "ceo"],
    ["Total raised (USD)", "raised"],
    ["sectors of partnerships", "sectors"],
  ])("reads the company field %p as %p", (typed, field) => {
    expect(companyValue(typed)).toEqual(companyValue(field));
  });

  it.each([
    ["amout", "amount", roundValue],
    ["valution", "valuation", roundValue],
    ["fonded", "founded", companyValue],
    ["valuaton", "valuation", companyValue],
  ] as const)("answers the typo %p with 'Did you mean %s?'", (typo, meant, read) => {
    expect(read(typo)).toMatch(
      new RegExp(`^invalid: Unknown field '${typo}'\\. Did you mean ${meant}\\? Use one of: `),
    );
  });

  it("answers the pre-money valuation, which no source records, as not reported", () => {
    expect(roundValue("pre-money valuation")).toBe(
      `notReported: Not reported in the source: SenseTime Series C: pre-money valuation (the sources' valuations are post-money: ask for "valuation")`,
    );
    expect(companyValue("Pre-Money")).toMatch(/^notReported: .*SenseTime pre-money valuation/);
  });

  it.each(["founder", "Founders", "co-founder"])("never guesses %p as founded", (typed) => {
    expect(companyValue(typed)).toBe(
      `notReported: Not reported in the source: SenseTime founders (the dataset records a company's CEO, not its founders: ask for "ceo")`,
    );
  });

  it.each([
    [
      "Amount ($M)",
      roundValue,
      'ask for "amount" and format the cell as $#,##0,,"M" to show millions',
    ],
    ["Amount (USD mn)", roundValue, 'ask for "amount" and format the cell as $#,##0,,"M"'],
    ["Valuation ($bn)", roundValue, 'ask for "valuation" and format the cell as $#,##0.0,,,"B"'],
    ["Valuation ($B)", companyValue, 'ask for "valuation" and format the cell as $#,##0.0,,,"B"'],
  ] as const)(
    "refuses %p, a field in a scale, with the number format to use",
    (typed, read, hint) => {
      expect(read(typed)).toMatch(/^invalid: Answers are plain USD \(/);
      expect(read(typed)).toContain(hint);
    },
  );

  it("guesses nothing for a word far from every field", () => {
    expect(roundValue("revenue")).not.toContain("Did you mean");
  });
});
