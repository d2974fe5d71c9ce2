import { extractRounds } from "../../src/extract";
import { datelineEnd } from "../../src/extract/company";
import { findMoney } from "../../src/extract/money";
import { findSeries } from "../../src/extract/series";
import { moneyRole, roundSummaries } from "./round-summary";

/**
 * Phrasings of real outlets the rules first missed on a later batch of unseen articles: a
 * markdown digest, a founder's post with emojis, a release with a state in its dateline and a
 * round in tranches, a scoop in talks, a Chinese outlet's "Series B-1".
 */
describe("a markdown digest", () => {
  const digest = [
    "# The Week in Funding",
    "",
    "Here are the rounds that caught our eye this week.",
    "",
    "- **Orvel** (Porto, fintech) — €9M Series A led by Atomico; Seedcamp and Speedinvest also in.",
    "- **Brackley** (Leeds, proptech) — £2.1m seed. Investors: Episode 1 (lead), Fuel Ventures.",
  ].join("\n");

  it("reads a name in bold as the name, and quotes it as typed", () => {
    const { rounds } = extractRounds({ text: digest, published: "2026-08-14" });
    expect(rounds.map((r) => [r.company, r.series, r.amount?.value, r.amount?.currency])).toEqual([
      ["Orvel", "Series A", 9_000_000, "EUR"],
      ["Brackley", "Seed", 2_100_000, "GBP"],
    ]);
    expect(rounds[0].quotes.company).toContain("**Orvel**");
    for (const r of rounds)
      for (const quote of Object.values(r.quotes)) expect(digest).toContain(quote);
  });

  it("reads 'X and Y also in' as joining, and dates items by 'the rounds … this week'", () => {
    const [orvel, brackley] = roundSummaries(digest, "2026-08-14");
    expect([orvel.leads, orvel.participants]).toEqual([["Atomico"], ["Seedcamp", "Speedinvest"]]);
    expect([orvel.announced, brackley.announced]).toEqual(["2026-08", "2026-08"]);
  });

  it("does not date an item by an introduction without a time", () => {
    const undated = digest.replace(" this week", "");
    expect(roundSummaries(undated, "2026-08-14").map((r) => r.announced)).toEqual([null, null]);
  });

  it("keeps a bracketed '~$10M' as the dollar figure of a yen amount", () => {
    const [m] = findMoney("Sorami (Tokyo) — ¥1.5bn (~$10M) Series A", "JPY");
    expect([m.value, m.currency, m.usd, m.qualifier]).toEqual([
      1_500_000_000,
      "JPY",
      10_000_000,
      null,
    ]);
  });
});

describe("round names", () => {
  it.each([
    ["a Series B-1 financing round worth nearly RMB 1 billion", "Series B1"],
    ["its Series C-2 round", "Series C2"],
    ["The company's original seed, C$5 million, closed in 2025.", "Seed"],
  ])("reads %j as %s", (text, label) => {
    expect(findSeries(text).map((s) => s.label)).toEqual([label]);
  });

  it("does not read a seed fund or a seed stage as a round", () => {
    expect(findSeries("The seed, which farmers plant in May, costs more.")).toEqual([]);
  });
});

describe("a founder's post", () => {
  it("reads past 'Big news:' after an emoji to the company", () => {
    const text = "🚀 Big news: Tindle Labs has raised US$3M in our Pre-Series A! 🚀";
    expect(roundSummaries(text, "2026-07-08").map((r) => [r.company, r.series])).toEqual([
      ["Tindle Labs", "Pre-A"],
    ]);
  });

  it("ends an investor's name at an emoji", () => {
    const text =
      "Tindle Labs raised US$3M. Today we closed our pre-Series A round, co-led by Jungle Ventures and East Ventures 🙏 with participation from Antler 🇸🇬 and Iterative.";
    const [round] = roundSummaries(text, "2026-07-08");
    expect([round.leads, round.participants]).toEqual([
      ["Jungle Ventures", "East Ventures"],
      ["Antler", "Iterative"],
    ]);
  });
});

describe("a release with a state in its dateline and a round in tranches", () => {
  const release =
    "CAMBRIDGE, Mass., Sept. 15, 2026 (GLOBE NEWSWIRE) -- Orrin Bio, Inc., a biotechnology company, today announced the closing of a $68 million Series B financing led by OrbiMed. The Series B was structured in two tranches: a first tranche of $40 million, which was funded at closing, and a second tranche of $28 million that will be funded upon a clinical milestone. The financing also includes the conversion of $12 million of convertible notes issued in March 2026.";

  it("reads the dateline as the story's, not the company", () => {
    const clause = "CAMBRIDGE, Mass., Sept. 15, 2026 (GLOBE NEWSWIRE) -- Orrin Bio raised";
    expect(clause.slice(datelineEnd(clause))).toBe("Orrin Bio raised");
  });

  it("reports the whole round once: a tranche and converted notes are parts of it", () => {
    expect(
      roundSummaries(release, "2026-09-15").map((r) => [r.company, r.series, r.amount, r.leads]),
    ).toEqual([["Orrin Bio, Inc.", "Series B", 68_000_000, ["OrbiMed"]]]);
  });

  it("keeps a tranche as the round when the text gives no whole", () => {
    const text = "Orrin Bio closed a first tranche of $40 million of its Series B, led by OrbiMed.";
    expect(roundSummaries(text, "2026-09-15").map((r) => r.amount)).toEqual([40_000_000]);
  });

  it.each([
    ["The financing includes the conversion of $12 million of convertible notes.", "share"],
    ["It includes $12 million in convertible notes that converted into the Series B.", "share"],
    [
      "Venture funding for US fintech startups rose 18% in the fourth quarter from a year earlier to $7.3 billion.",
      "trap:market",
    ],
    ["Orrin Bio raised $12 million in convertible notes from Lux Capital.", "round"],
  ])("%s → %s", (clause, role) => {
    expect(moneyRole(clause)).toBe(role);
  });
});

describe("a scoop of a round in talks", () => {
  it("reads 'is in discussions to lead' and 'also expected to participate'", () => {
    const text =
      "Pallaton Inc. is in talks to raise as much as $150 million, according to people familiar with the matter. Coatue Management is in discussions to lead the round, with existing investor Ribbit Capital also expected to participate, the people said.";
    const [round] = roundSummaries(text, "2026-03-04");
    expect([round.leads, round.participants]).toEqual([["Coatue Management"], ["Ribbit Capital"]]);
  });
});

describe("a post-money valuation told after the earlier rounds", () => {
  const text = (tail: string) =>
    `Xinhe Compute has completed a Series B round of RMB 900 million led by Legend Capital. It makes inference chips. Its chips run in three clouds. It was founded in 2021. It has 300 staff. In June 2025, it closed a Series A+ round of RMB 300 million led by Sinovation Ventures. Before that, it raised an angel round from Matrix Partners China. ${tail}`;

  it("prices the round the article reports", () => {
    const rounds = roundSummaries(
      text("People close to the deal said the post-money valuation is above RMB 6 billion."),
      "2026-11-24",
    );
    expect(rounds.map((r) => [r.series, r.valuation])).toEqual([
      ["Series B", 6_000_000_000],
      ["Series A+", null],
      ["Angel", null],
    ]);
  });

  it("leaves a valuation with no basis to the earlier round it follows", () => {
    const rounds = roundSummaries(text("The valuation was RMB 2 billion."), "2026-11-24");
    expect(rounds.find((r) => r.series === "Series B")?.valuation).toBeNull();
  });
});
