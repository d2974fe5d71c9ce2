/**
 * What analysts type into the DEALS functions, from their exports' column headers and their own
 * shorthand: each reads as the fact the analyst means, or as an error that says what to type, never
 * as another fact or a misreading.
 */
import { answerOf, CustomFunctionsError } from "./custom-functions-shim";
import { AIROUND, AIROUNDS, COMPANY, INVESTMENTS } from "../../src/functions/functions";

/** What a call answers: its value, or "<code> <message>" for an Excel error. */
function answer(call: () => unknown): unknown {
  const result = answerOf(call);
  return result instanceof CustomFunctionsError ? `${result.code} ${result.message}` : result;
}

describe("round fields as exports head their columns", () => {
  it.each([
    ["Post Valuation", 4_500_000_000],
    ["Announced Date", 43199],
    ["Funding Type", "Series C"],
    ["Investor Names", "Alibaba; Temasek; Suning Commerce; others not named"],
    ["Money Raised (in USD)", 600_000_000],
    ["Post-Money Valuation (in USD)", 4_500_000_000],
    ["Amount (US$)", 600_000_000],
  ])("%s", (field, expected) => {
    expect(answer(() => AIROUND("SenseTime", "C", field))).toEqual(expected);
  });

  it.each(["Close Date", "Closing Date", "Closed Date"])(
    "%s is not the announcement date: not reported, with the field to ask for",
    (field) => {
      expect(answer(() => AIROUND("SenseTime", "C", field))).toBe(
        `#N/A Not reported in the source: SenseTime Series C: close date (the sources date a round when announced: ask for "date")`,
      );
    },
  );

  it.each(["Pre Valuation", "Valuation (pre)"])(
    "reads %s as the pre-money valuation the sources do not keep, never post-money",
    (field) => {
      expect(answer(() => AIROUND("SenseTime", "C", field))).toMatch(
        /^#N\/A Not reported in the source: SenseTime Series C: pre-money valuation/,
      );
    },
  );

  it("refuses an amount headed in millions, with the number format that shows millions", () => {
    expect(answer(() => AIROUND("SenseTime", "C", "Amount (in millions)"))).toBe(
      '#VALUE! Answers are plain USD (600000000 for $600M): ask for "amount" and format the cell as $#,##0,,"M" to show millions.',
    );
  });
});

describe("company fields as exports head their columns", () => {
  it.each([
    ["Founded Date", 2014],
    ["Number of Funding Rounds", 2],
    ["Total Funding Amount", 1_010_000_000],
    ["Total Funding Amount (in USD)", 1_010_000_000],
    ["Last Known Valuation", 4_500_000_000],
    ["Post Valuation", 4_500_000_000],
  ])("%s", (field, expected) => {
    expect(answer(() => COMPANY("SenseTime", field))).toEqual(expected);
  });
});

describe("rounds as analysts write them", () => {
  it.each([
    ["Round 2", "Alibaba"],
    ["round #2", "Alibaba"],
    ["Round 1", "CDH Investments; Sailing Capital"],
    ["Series \u216d", "Alibaba"],
    ["\ufb01rst", "CDH Investments; Sailing Capital"],
  ])("%s", (round, lead) => {
    expect(answer(() => AIROUND("SenseTime", round, "lead"))).toBe(lead);
  });

  it.each(["Q2 2018", "2Q18", "Q2-2018", "2018 Q2", "H1 2018", "1H18", "Q2", "Series Q2"])(
    "%s is a quarter or half-year, never read as a Series Q2 or H1",
    (round) => {
      expect(answer(() => AIROUND("SenseTime", round))).toMatch(
        /^#VALUE! Unknown round '.+'\. Name a round as "C", "Series C", "latest", "first", 1, 2, …, "2017-07", "Jul 2017"\.$/,
      );
    },
  );
});

describe("flags typed as text", () => {
  it.each(["-1", "1.0", "10", "yes!", "- 1"])(
    "refuses %s rather than reading it as TRUE",
    (flag) => {
      expect(answer(() => AIROUNDS("SenseTime", flag))).toMatch(/^#VALUE! The headers argument/);
      expect(answer(() => INVESTMENTS("Alibaba", flag))).toMatch(
        /^#VALUE! The includeAffiliates argument/,
      );
    },
  );

  it.each([
    [" Yes ", 3],
    ["0", 2],
    ["FALSE", 2],
  ])("reads %s", (flag, rows) => {
    expect(AIROUNDS("SenseTime", flag)).toHaveLength(rows);
  });
});

describe("names and dates as Excel and legal documents print them", () => {
  it("reads Temasek's legal name, with its Singapore legal form", () => {
    expect(INVESTMENTS("Temasek Holdings (Private) Limited", true, 0)).toEqual(
      INVESTMENTS("Temasek", true, 0),
    );
  });

  it("reads a date cell's text as Excel shows it by default (dd-mmm-yy)", () => {
    expect(answer(() => AIROUND("SenseTime", "09-Apr-18"))).toBe(600_000_000);
  });
});

describe("an unknown field's message within Excel's 255 characters", () => {
  it.each([
    ["Headquarters Location (Country/Region)", "Unknown field. Use one of: founded"],
    ["Latest valuation (USD) qualifer", "Unknown field. Did you mean valuation qualifier? Use one"],
    ["Primary Industry Sector", "Unknown field 'Primary Industry Sector'. Use one of: founded"],
  ])("keeps the whole list of fields for %p", (field, start) => {
    const message = String(answer(() => COMPANY("SenseTime", field)));
    expect(message.startsWith(`#VALUE! ${start}`)).toBe(true);
    expect(message).toMatch(/, valuation qualifier\.$/);
    expect(message.length - "#VALUE! ".length).toBeLessThanOrEqual(255);
  });
});

describe("rounds and names as Chinese-speaking analysts type them", () => {
  it.each([
    ["C轮", 600_000_000],
    ["Ｃ轮", 600_000_000],
    ["第二轮", 600_000_000],
    ["最新一轮", 600_000_000],
    ["第一轮", 410_000_000],
  ])("reads the round %s as its English name", (round, expected) => {
    expect(answer(() => AIROUND("SenseTime", round))).toBe(expected);
  });

  it.each([
    ["天使轮", "Angel round"],
    ["种子轮", "Seed round"],
    ["战略融资", "Strategic round"],
    ["Pre-A轮", "Pre-A round"],
    ["A轮", "Series A"],
    ["B+轮", "Series B+"],
  ])("answers %s, a round SenseTime's source lacks, as its %s", (round, english) => {
    expect(answer(() => AIROUND("SenseTime", round))).toMatch(
      new RegExp(`^#N/A SenseTime has no ${english.replace("+", "\\+")} in the source\\.`),
    );
  });

  it("refuses A股 (A-shares) rather than read it as Series A", () => {
    expect(answer(() => AIROUND("SenseTime", "A股"))).toBe(
      `#VALUE! Unknown round 'A股': '股' is no part of a round name (in Chinese: "A轮", "天使轮", "第二轮", "最新"). Name a round as "C", "Series C", "latest", "first", 1, 2, …, "2017-07", "Jul 2017".`,
    );
    expect(answer(() => AIROUND("SenseTime", "C股"))).toMatch(/^#VALUE! Unknown round 'C股'/);
  });

  it.each(["amount股", "Amount (百万)", "amount 亿"])(
    "refuses the field %s rather than drop its other letters to read the amount",
    (field) => {
      expect(answer(() => AIROUND("SenseTime", "C", field))).toMatch(/^#VALUE! /);
    },
  );

  it.each([
    ["商汤集团", 600_000_000],
    ["商汤科技有限公司", 600_000_000],
    ["旷视科技股份有限公司", 460_000_000],
  ])("reads %s without its legal form", (company, expected) => {
    expect(answer(() => AIROUND(company, "C"))).toBe(expected);
  });

  it("keeps a city before a registered name: #N/A, never another company's figure", () => {
    expect(answer(() => AIROUND("北京旷视科技有限公司", "C"))).toBe(
      "#N/A Unknown company '北京旷视科技有限公司'. The dataset covers: SenseTime, Megvii.",
    );
  });
});
