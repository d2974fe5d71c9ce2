import { extractRounds } from "../../src/extract";
import { findInvestors } from "../../src/extract/investors";

const run = (text: string, published: string) => extractRounds({ text, published }).rounds;

describe("rounds told around an earlier one", () => {
  const text =
    "Quillstack has raised $45 million in a Series C at a post-money valuation of $600 million, less than half the $1.4 billion it was valued at in its $120 million Series B in 2021, the company said Wednesday. Existing investor Insight Partners led the round, with Coatue also participating.";

  it("gives 'led the round' to the round the sentence reports, not the earlier one", () => {
    const rounds = run(text, "2025-09-10");
    expect(rounds.map((r) => [r.series, r.leads, r.participants])).toEqual([
      ["Series C", ["Insight Partners"], ["Coatue"]],
      ["Series B", [], []],
    ]);
  });

  it("dates the reported round by the closing 'the company said Wednesday'", () => {
    const rounds = run(text, "2025-09-10");
    expect(rounds.map((r) => [r.series, r.announced])).toEqual([
      ["Series C", "2025-09-10"],
      ["Series B", "2021"],
    ]);
  });
});

describe("a strategic investment that is part of a named round", () => {
  it("folds the investment into the round named in the next sentence", () => {
    const rounds = run(
      "In October we made a strategic investment in Helix Thermal, a Denver-based startup. We put in $40 million as part of Helix's $120 million Series C, which was led by Breakthrough Energy Ventures.",
      "2025-11-06",
    );
    expect(rounds.map((r) => [r.company, r.series, r.amount?.value, r.announced])).toEqual([
      ["Helix Thermal", "Series C", 120_000_000, "2025-10"],
    ]);
  });

  it("keeps a strategic round of its own when no named round with a figure follows", () => {
    const rounds = run(
      "Lingjing Vision completed a strategic financing round, the company said on Monday. The company makes smart glasses.",
      "2025-11-06",
    );
    expect(rounds.map((r) => r.series)).toEqual(["Strategic"]);
  });
});

describe("an investor's Chinese name in brackets", () => {
  it("reads the English name before it", () => {
    expect(
      findInvestors("Existing shareholder Matrix Partners China (经纬创投) also invested.", true),
    ).toEqual({ leads: [], participants: ["Matrix Partners China"] });
  });
});

describe("investors named as subjects", () => {
  it("reads a list whose first name follows a place's possessive", () => {
    expect(
      findInvestors("Abu Dhabi's ADQ and Saudi Arabia's Jada Fund of Funds joined the round.", true)
        .participants,
    ).toEqual(["ADQ", "Jada Fund of Funds"]);
  });

  it("reads the list before an aside that describes its last name", () => {
    expect(
      findInvestors(
        "ADQ and Jada Fund of Funds, which was set up by the Public Investment Fund, joined the round.",
        true,
      ).participants,
    ).toEqual(["ADQ", "Jada Fund of Funds"]);
  });

  it("keeps the adjective of an institution's name, not of a description", () => {
    expect(
      findInvestors(
        "Übermorgen Ventures and the European Innovation Council Fund participated.",
        true,
      ).participants,
    ).toEqual(["Übermorgen Ventures", "European Innovation Council Fund"]);
    expect(findInvestors("European fintech Qonto also invested.", true).participants).toEqual([
      "Qonto",
    ]);
  });
});

describe("possessives", () => {
  it("reads a plural possessive ('Foo Robotics' $10 million Series A') as the company's round", () => {
    const rounds = run("Foo Robotics' $10 million Series A was led by Accel.", "2025-03-12");
    expect(rounds.map((r) => [r.company, r.series, r.amount?.value, r.leads])).toEqual([
      ["Foo Robotics", "Series A", 10_000_000, ["Accel"]],
    ]);
  });

  it("reads a firm's unnamed fund as the firm, and a named arm as the arm", () => {
    expect(findInvestors("The Series A round was led by Accel's growth fund.", true).leads).toEqual(
      ["Accel"],
    );
    expect(
      findInvestors(
        "The round was led by CATL's investment arm, Ningde Era Capital, and included Hua Capital.",
        true,
      ).leads,
    ).toEqual(["Ningde Era Capital"]);
  });
});
