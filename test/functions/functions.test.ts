import { answerOf, CustomFunctionsError } from "./custom-functions-shim";
import {
  AIROUND,
  AIROUNDS,
  AISOURCE,
  COMPANY,
  INVESTMENTS,
  INVESTORS,
  MARKET,
  TOTALRAISED,
  VALUATION,
} from "../../src/functions/functions";

const HEADLINE = "New financing lifts valuation of facial recognition startup to $4.5 billion";

/** The error a call answers with; fails the test when it answers with a value. */
function errorOf(call: () => unknown): CustomFunctionsError {
  const answer = answerOf(call);
  if (!(answer instanceof CustomFunctionsError)) {
    throw new Error(`expected an error, got ${JSON.stringify(answer)}`);
  }
  return answer;
}

describe("AIROUND", () => {
  it.each([
    [["SenseTime", "C"], 600000000],
    [["SenseTime", "C", "date"], 43199],
    [["SenseTime", "C", "lead"], "Alibaba"],
    [["SenseTime", "C", "investors"], "Alibaba; Temasek; Suning Commerce; others not named"],
    [["SenseTime", "C", "valuation"], 4500000000],
    [["SenseTime", "C", "series"], "Series C"],
    [["SenseTime", "C", "currency"], "USD"],
    [["SenseTime", "2017-07"], 410000000],
    [["SenseTime", "2017-07", "lead"], "CDH Investments; Sailing Capital"],
    [["SenseTime", "2017-07", "date"], 42917],
    [["SenseTime", 1], 410000000],
    [["SenseTime", 2], 600000000],
    [["SenseTime", "2"], 600000000],
    [["SenseTime", "Series C"], 600000000],
    [["SenseTime", "series-c"], 600000000],
    [["SenseTime", "latest"], 600000000],
    [["SenseTime", "first"], 410000000],
    [["Megvii", "C"], 460000000],
    [["Megvii", "C", "date"], 43009],
    [["Megvii", "C", "investors"], "Ant Financial; others not named"],
  ] as const)("returns the article's fact for %j", (args, expected) => {
    const [company, round, field] = args as readonly [string, string | number, string?];
    expect(AIROUND(company, round, field)).toBe(expected);
  });

  it.each([
    "SenseTime",
    "SenseTime Group Ltd",
    "Sense-Time",
    "商汤",
    "商湯",
    "商湯科技",
    "sensetime",
    "  SenseTime  ",
    "SENSE TIME",
  ])("returns SenseTime's Series C amount when the company is written %j", (name) => {
    expect(AIROUND(name, "C")).toBe(600000000);
  });

  it.each([
    "Megvii",
    "Megvii Technology Inc",
    "Face++",
    "旷视",
    "曠視",
    "曠視科技",
    "face++",
    " megvii ",
  ])("returns Megvii's Series C amount when the company is written %j", (name) => {
    expect(AIROUND(name, "C")).toBe(460000000);
  });

  it.each([
    "Megvii (Face++)",
    "Face++ / Megvii",
    "The Megvii",
    "Megvii’s",
    "Megvii\u00a0Technology",
  ])("returns Megvii's Series C amount when an analyst types %j", (name) => {
    expect(AIROUND(name, "C")).toBe(460000000);
  });

  it("returns #N/A naming both companies when a bracket names another one", () => {
    const error = errorOf(() => AIROUND("Megvii (SenseTime)", "C"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "'Megvii (SenseTime)' names more than one company in the sources: Megvii (Megvii Technology Inc) or SenseTime (SenseTime Group Ltd). Use a name only one of them has.",
    );
  });

  it("names the other investors in words when a round reports none", () => {
    expect(errorOf(() => AIROUND("SenseTime", "Jul 2017", "other")).message).toBe(
      "Not reported in the source: SenseTime Jul 2017 round: other investors",
    );
  });

  it("returns the source sentence for field source", () => {
    expect(AIROUND("SenseTime", "2017-07", "source")).toContain("$410 million financing");
  });

  it("returns #N/A with a suggestion when the company is misspelled", () => {
    const error = errorOf(() => AIROUND("SenseTme", "C"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("Unknown company 'SenseTme'. Did you mean SenseTime?");
  });

  it("returns #N/A naming the rounds that exist when the round is unknown", () => {
    const error = errorOf(() => AIROUND("SenseTime", "B"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      'SenseTime has no Series B in the source. Its rounds: 1) Jul 2017 round ("2017-07", Jul 2017), 2) Series C ("C", 9 Apr 2018).',
    );
  });

  it("returns #N/A not reported when the source names no lead", () => {
    const error = errorOf(() => AIROUND("Megvii", "C", "lead"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("Not reported in the source: Megvii Series C: lead investors");
  });

  it("returns #N/A not reported when a round has no series letter", () => {
    expect(errorOf(() => AIROUND("SenseTime", "2017-07", "series")).message).toBe(
      "Not reported in the source: SenseTime Jul 2017 round: series",
    );
  });

  it("returns #VALUE! listing the fields when the field is unknown", () => {
    const error = errorOf(() => AIROUND("SenseTime", "C", "size of round"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "Unknown field 'size of round'. Use one of: amount, date, series, round, lead, other, investors, valuation, currency, source, amount qualifier, valuation qualifier, date precision.",
    );
  });

  it("returns #VALUE! listing the round forms when the round is not a whole position", () => {
    const error = errorOf(() => AIROUND("SenseTime", 1.5));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("Round positions are whole numbers from 1");
    expect(error.message).toContain('"Series C"');
  });

  it("returns #VALUE! when the company is empty", () => {
    const error = errorOf(() => AIROUND("  ", "C"));
    expect(error).toMatchObject({ code: "#VALUE!" });
    expect(error.message).toBe('The company name is empty. Use "SenseTime" or "Megvii".');
  });

  it("returns #N/A saying an investor is not a company", () => {
    expect(errorOf(() => AIROUND("Alibaba", "C")).message).toBe(
      "Unknown company 'Alibaba'. Alibaba is an investor in the dataset, not a company.",
    );
  });
});

describe("VALUATION", () => {
  it("returns the lower bound when the source says exceeding $4.5 billion", () => {
    expect(VALUATION("SenseTime")).toBe(4500000000);
    expect(VALUATION("商汤", "C")).toBe(4500000000);
  });

  it("returns #N/A not reported when no round reports a valuation", () => {
    const error = errorOf(() => VALUATION("Megvii"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "Not reported in the source: Megvii valuation (no round in the source reports one)",
    );
  });

  it("returns #N/A not reported for a round without a valuation", () => {
    expect(errorOf(() => VALUATION("SenseTime", "2017-07")).message).toBe(
      "Not reported in the source: SenseTime Jul 2017 round: valuation",
    );
  });
});

describe("TOTALRAISED", () => {
  it("returns the sum of the company's rounds", () => {
    expect(TOTALRAISED("SenseTime")).toBe(1010000000);
    expect(TOTALRAISED("Face++")).toBe(460000000);
  });
});

describe("COMPANY", () => {
  it.each([
    ["founded", 2014],
    ["ceo", "Xu Li"],
    ["country", "China"],
    ["partners", 400],
    ["Partner Count", 400],
  ] as const)("returns SenseTime's %s", (field, expected) => {
    expect(COMPANY("SenseTime", field)).toBe(expected);
  });

  it("returns the partner list joined with '; '", () => {
    expect(COMPANY("Sense-Time", "partnerlist")).toMatch(
      /^Qualcomm Inc; Nvidia Corp; China UnionPay/,
    );
  });

  it("returns the sectors joined with '; '", () => {
    expect(COMPANY("SenseTime", "sectors")).toContain("security; fintech; automobile");
  });

  it("returns #N/A not reported when the source names no CEO", () => {
    expect(errorOf(() => COMPANY("Megvii", "ceo")).message).toBe(
      "Not reported in the source: Megvii CEO",
    );
  });

  it("returns #VALUE! listing the fields when the field is missing or unknown", () => {
    const missing = errorOf(() => COMPANY("SenseTime", undefined as unknown as string));
    expect(missing.code).toBe("#VALUE!");
    expect(missing.message).toMatch(/^The field is missing\. Use one of: founded, ceo, country, /);
    expect(errorOf(() => AIROUND("SenseTime", "C", 1 as unknown as string)).message).toMatch(
      /^The field must be text, not '1'\. Use one of: amount, date, series, /,
    );
    expect(errorOf(() => COMPANY("SenseTime", "revenue")).message).toBe(
      "Unknown field 'revenue'. Use one of: founded, ceo, country, partners, partnerlist, sectors, focus, description, rounds, investors, raised, valuation, founded precision, partners qualifier, raised qualifier, valuation qualifier.",
    );
  });
});

describe("MARKET", () => {
  it("returns China's 2030 target in USD by default and in CNY on request", () => {
    expect(MARKET("China", 2030)).toBe(158400000000);
    expect(MARKET("china", 2030, "CNY")).toBe(1e12);
    expect(MARKET("China", 2030, "yuan")).toBe(1e12);
  });

  it("returns #N/A naming the year the source gives when the year is another", () => {
    expect(errorOf(() => MARKET("China", 2025)).message).toBe(
      "Not reported in the source: China AI industry target for 2025 (the source gives 2030)",
    );
  });

  it("returns #N/A for a country without a figure and #VALUE! for a bad currency", () => {
    expect(errorOf(() => MARKET("Japan", 2030))).toMatchObject({
      code: "#N/A",
      message: "No market figure for 'Japan'. The source has: China.",
    });
    expect(errorOf(() => MARKET("China", 2030, "EUR"))).toMatchObject({
      code: "#VALUE!",
      message: "Unknown currency 'EUR'. Use USD or CNY.",
    });
  });
});

describe("AISOURCE", () => {
  it("returns the quote, headline and date", () => {
    expect(AISOURCE("SenseTime", "C", "valuation")).toBe(
      `"SenseTime will become the world's most valuable artificial intelligence startup, with its valuation exceeding $4.5 billion after the fundraising." — ${HEADLINE}, 2018-04-10`,
    );
  });

  it("returns the reasoning when the value is inferred", () => {
    expect(AISOURCE("SenseTime", "C", "date")).toContain("(inferred: ");
  });

  it("returns a company fact's source when no round is given", () => {
    expect(AISOURCE("SenseTime", undefined, "founded")).toBe(
      `"Founded in 2014, Sense-Time" — ${HEADLINE}, 2018-04-10`,
    );
  });
});

describe("AIROUNDS", () => {
  const header = [
    "Round",
    "Announced",
    "Amount (USD)",
    "Lead investors",
    "Other investors",
    "Post-money valuation (USD)",
  ];

  it("returns every round oldest first with a header row by default", () => {
    expect(AIROUNDS("SenseTime")).toEqual([
      header,
      [
        "Jul 2017 round",
        42917,
        410000000,
        "CDH Investments; Sailing Capital",
        "Not reported",
        "Not reported",
      ],
      [
        "Series C",
        43199,
        600000000,
        "Alibaba",
        "Temasek; Suning Commerce; others not named",
        4500000000,
      ],
    ]);
  });

  it("returns no header row when headers is 0", () => {
    expect(AIROUNDS("Face++", 0)).toEqual([
      [
        "Series C",
        43009,
        460000000,
        "Not reported",
        "Ant Financial; others not named",
        "Not reported",
      ],
    ]);
    expect(AIROUNDS("Megvii", 1)[0]).toEqual(header);
  });

  it("returns #VALUE! when headers is neither 1 nor 0", () => {
    expect(errorOf(() => AIROUNDS("SenseTime", 2))).toMatchObject({
      code: "#VALUE!",
      message: "The headers argument must be 1 (a header row) or 0 (no header row), not '2'.",
    });
  });
});

describe("INVESTORS", () => {
  it("returns every investor with its role, leads first in each round", () => {
    expect(INVESTORS("SenseTime", "C", 0)).toEqual([
      ["Alibaba", "lead", "Series C", 43199, "—"],
      ["Temasek", "participant", "Series C", 43199, "—"],
      ["Suning Commerce", "participant", "Series C", 43199, "—"],
      ["Others not named", "participant", "Series C", 43199, "Not reported"],
    ]);
  });

  it("returns the affiliation of an affiliate", () => {
    expect(INVESTORS("Megvii")).toEqual([
      ["Investor", "Role", "Round", "Announced", "Affiliation"],
      ["Ant Financial", "participant", "Series C", 43009, "financial arm of Alibaba"],
      ["Others not named", "participant", "Series C", 43009, "Not reported"],
    ]);
  });

  it("returns all rounds' investors when no round is given", () => {
    expect(INVESTORS("SenseTime", undefined, 0).map((row) => row[0])).toEqual([
      "CDH Investments",
      "Sailing Capital",
      "Others not named",
      "Alibaba",
      "Temasek",
      "Suning Commerce",
      "Others not named",
    ]);
  });
});

describe("INVESTMENTS", () => {
  it("returns rounds joined through an affiliate marked via it by default", () => {
    expect(INVESTMENTS("Alibaba Group Holding Ltd")).toEqual([
      ["Company", "Round", "Announced", "Round size (USD)", "Role"],
      ["Megvii", "Series C", 43009, 460000000, "participant (via Ant Financial)"],
      ["SenseTime", "Series C", 43199, 600000000, "lead"],
    ]);
  });

  it("returns only the investor's own rounds when includeAffiliates is FALSE", () => {
    expect(INVESTMENTS("Alibaba", false, 0)).toEqual([
      ["SenseTime", "Series C", 43199, 600000000, "lead"],
    ]);
  });

  it("returns #N/A saying a company is not an investor", () => {
    expect(errorOf(() => INVESTMENTS("SenseTime")).message).toBe(
      "Unknown investor 'SenseTime'. SenseTime is a company in the dataset, not an investor.",
    );
  });
});
