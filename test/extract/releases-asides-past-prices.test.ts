import { findInvestors } from "../../src/extract/investors";
import { listBefore } from "../../src/extract/investor-lists";
import { roundSummaries } from "./round-summary";

describe("a venture firm's release that it led a company's round", () => {
  const release =
    "TOKYO, 2 March 2026 — Harbour Peak Capital, a Tokyo-based venture capital firm backing founders in Japan and Korea, today announced that it has led the US$12 million Series A of Mirasol Robotics, a maker of kitchen robots.";

  it("gives the round to the company after 'Series A of', with the firm as its lead", () => {
    expect(roundSummaries(release, "2026-03-02")).toEqual([
      expect.objectContaining({
        company: "Mirasol Robotics",
        series: "Series A",
        amount: 12000000,
        announced: "2026-03-02",
        leads: ["Harbour Peak Capital"],
        participants: [],
      }),
    ]);
  });

  it("starts the list of leads after 'that', not in the firm's description", () => {
    const clause = "a firm backing founders in Japan and Korea, said that Harbour Peak Capital has";
    expect(listBefore(clause, clause.length - 4)).toEqual(["Harbour Peak Capital"]);
  });
});

describe("an earlier round in an investor's aside that ends the sentence", () => {
  const text =
    "Mirasol Robotics raised $12 million in a Series A led by Harbour Peak Capital. The round also saw participation from Kestrel Ventures and Ondine Partners, alongside returning investor Saltmarsh Capital, which led Mirasol's $2.5 million seed round in 2024.";

  it("adds the list to the new round and keeps only the aside's lead for the seed", () => {
    const rounds = roundSummaries(text, "2026-03-02");
    expect(rounds).toEqual([
      expect.objectContaining({
        series: "Series A",
        leads: ["Harbour Peak Capital"],
        participants: ["Kestrel Ventures", "Ondine Partners", "Saltmarsh Capital"],
      }),
      expect.objectContaining({
        series: "Seed",
        amount: 2500000,
        announced: "2024",
        leads: ["Saltmarsh Capital"],
        participants: [],
        isCurrentRound: false,
      }),
    ]);
  });
});

describe("investors named by the round's verb or a returning participle", () => {
  it("reads 'the round … drew A, B and C' as participants", () => {
    const clause =
      "The round, among the largest of the year for a chip designer, drew Nvidia, Wellington Management Co., and the Abu Dhabi Investment Authority, the company said.";
    expect(findInvestors(clause, false).participants).toEqual([
      "Nvidia",
      "Wellington Management Co.",
      "Abu Dhabi Investment Authority",
    ]);
  });

  it("does not read 'drew' outside a round's sentence", () => {
    expect(findInvestors("The conference drew Sequoia Capital partners.", false)).toEqual({
      leads: [],
      participants: [],
    });
  });

  it("reads 'with A and B returning' as participants", () => {
    expect(
      findInvestors("a $9M seed led by Kima Ventures, with Seedcamp and Frontline returning", true),
    ).toEqual({ leads: ["Kima Ventures"], participants: ["Seedcamp", "Frontline"] });
  });

  it("keeps a lead whose name ends in 'Ltd.' before 'and'", () => {
    const clause = "Meituan Holdings Ltd. and Hillhouse Investment led the Series B financing.";
    expect(findInvestors(clause, true).leads).toEqual([
      "Meituan Holdings Ltd.",
      "Hillhouse Investment",
    ]);
  });
});

describe("valuations of other companies and of earlier rounds", () => {
  it("makes no round of a rival 'valued at $39 billion in a funding round' with no investor", () => {
    const text =
      "Orrin Labs raised $80 million in a Series B led by Accel. Rival Cobalt AI was valued at $9 billion in a funding round earlier this year.";
    expect(roundSummaries(text, "2026-06-10").map((r) => r.company)).toEqual(["Orrin Labs"]);
  });

  it("still makes a round of one 'valued at … in a 2023 funding round led by' an investor", () => {
    const text =
      "Orrin Labs raised $80 million. Cobalt AI was valued at $900 million in a 2023 funding round led by Index Ventures.";
    expect(roundSummaries(text, "2026-06-10").map((r) => r.company)).toEqual([
      "Orrin Labs",
      "Cobalt AI",
    ]);
  });

  it("prices the earlier round in 'the $20 billion at which X raised $1 billion in a Series C'", () => {
    const text =
      "Orrin Labs said on Monday it raised $3 billion in a Series D led by Thrive Capital, at a valuation of $50 billion. That is more than double the $20 billion at which Orrin raised $1 billion in a Series C led by Accel in March.";
    const rounds = roundSummaries(text, "2026-06-10");
    expect(rounds.map((r) => [r.series, r.valuation])).toEqual([
      ["Series D", 50000000000],
      ["Series C", 20000000000],
    ]);
  });

  it("prices it in 'the $3 billion X was valued at when it raised $400 million in a Series B'", () => {
    const text =
      "Orrin Labs is in talks to raise about $1 billion at a valuation of at least $12 billion, people familiar said. That would be four times the roughly $3 billion Orrin was valued at when it raised $400 million in a Series B led by Khosla Ventures last year.";
    const rounds = roundSummaries(text, "2026-06-10");
    expect(rounds.map((r) => [r.series, r.valuation])).toEqual([
      [null, 12000000000],
      ["Series B", 3000000000],
    ]);
  });
});
