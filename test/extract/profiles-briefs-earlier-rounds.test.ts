import { extractRounds } from "../../src/extract";
import { findMoney } from "../../src/extract/money";
import { findSeries } from "../../src/extract/series";
import { moneyRole, roundSummaries } from "./round-summary";

/**
 * Phrasings the rules first missed on a batch of unseen articles: a funding database's profile
 * pasted with its tables, a wrap of one-line headlines, an analysis listing three rounds in one
 * sentence, an acquisition story telling the buyer's earlier round, a round in reais.
 */
describe("a company profile pasted from a funding database", () => {
  const profile = [
    "Total Funding Amount: $38M",
    "",
    "Announced Date | Transaction Name | Number of Investors | Money Raised | Lead Investors",
    "Sep 3, 2026 | Series A - Brindle Labs | 2 | $30M | Greenoaks",
    "May 12, 2024 | Pre Seed Round - Brindle Labs | 2 | $8M | —",
    "",
    "Investor Name | Lead Investor | Funding Round | Partners",
    "Greenoaks | Yes | Series A - Brindle Labs | Ada Lin",
    "Pear VC | No | Series A - Brindle Labs | —",
    "Pear VC | No | Pre Seed Round - Brindle Labs | —",
    "Hustle Fund | No | Pre Seed Round - Brindle Labs | —",
  ].join("\n");

  it("reads each round from its transaction cell, and its investors from the investor table", () => {
    const rounds = roundSummaries(profile, "2026-10-01");
    expect(
      rounds.map((r) => [r.company, r.series, r.amount, r.announced, r.leads, r.participants]),
    ).toEqual([
      ["Brindle Labs", "Series A", 30e6, "2026-09-03", ["Greenoaks"], ["Pear VC"]],
      ["Brindle Labs", "Pre-seed", 8e6, "2024-05-12", [], ["Pear VC", "Hustle Fund"]],
    ]);
  });

  it("quotes the investors with a passage of the text", () => {
    const round = extractRounds({ text: profile, published: "2026-10-01" }).rounds[0];
    expect(profile).toContain(round.quotes.participants);
    expect(round.quotes.participants).toContain("Pear VC | No | Series A - Brindle Labs");
  });

  it("reads the profile's total as no round", () => {
    expect(moneyRole("Total Funding Amount: $38M")).toBe("trap:cumulative");
  });

  it('reads "Pre Seed Round" as a pre-seed', () => {
    expect(findSeries("a Pre Seed Round")[0]?.label).toBe("Pre-seed");
  });
});

describe("a wrap of one-line headlines", () => {
  it("reads investors told in a headline's present tense", () => {
    const wrap = [
      "Quillby lands £2m pre-seed; Kindred Capital leads",
      "Mossgrove nets ₹25 crore in Series A led by Elevation Capital, Better Capital joins",
      "Tarnwell pockets €6M as Speedinvest leads round",
      "Hollis Bio raises $30 million Series B; Atlas Venture participates",
    ].join("\n");
    const rounds = roundSummaries(wrap, "2026-11-19");
    expect(rounds.map((r) => [r.company, r.amount, r.leads, r.participants])).toEqual([
      ["Quillby", 2e6, ["Kindred Capital"], []],
      ["Mossgrove", 25e7, ["Elevation Capital"], ["Better Capital"]],
      ["Tarnwell", 6e6, ["Speedinvest"], []],
      ["Hollis Bio", 30e6, [], ["Atlas Venture"]],
    ]);
  });

  it("reads a round's name used as a modifier as no round", () => {
    const text =
      "Hollis Bio raises $30 million Series B. Most read: what founders get asked in a Series A partner meeting.";
    expect(roundSummaries(text, "2026-11-19").map((r) => r.series)).toEqual(["Series B"]);
  });
});

describe("three rounds in one sentence", () => {
  const text =
    "In September alone, Lyon-based Corvane raised €90mn in a round led by Accel; Dublin's Tessfield secured £20mn from Frontline Ventures in a Series A; and Oslo-based Nyvik closed a $70mn Series B led by Northzone. At least three other start-ups are in talks to raise rounds of more than $50mn.";

  it("dates every round by the sentence's opening date", () => {
    const rounds = roundSummaries(text, "2026-10-20");
    expect(rounds.map((r) => [r.company, r.announced])).toEqual([
      ["Corvane", "2026-09"],
      ["Tessfield", "2026-09"],
      ["Nyvik", "2026-09"],
    ]);
  });

  it("keeps a clause's own date over the opening one", () => {
    const own = "In September, Corvane raised €90mn; and Nyvik closed a $70mn Series B in August.";
    expect(roundSummaries(own, "2026-10-20").map((r) => r.announced)).toEqual([
      "2026-09",
      "2026-08",
    ]);
  });

  it('reads "rounds of more than $50mn" as no round', () => {
    expect(moneyRole("other start-ups are in talks to raise rounds of more than $50mn")).toBe(
      "trap:market",
    );
  });

  it("gives a round in apposition to a possessive to its owner", () => {
    const earlier =
      "Nyvik closed a $70mn Series B. Corvane's previous fundraising, a €25mn seed round in 2024, was the largest of its year.";
    const rounds = roundSummaries(earlier, "2026-10-20");
    expect(rounds.map((r) => [r.company, r.series, r.isCurrentRound])).toEqual([
      ["Nyvik", "Series B", true],
      ["Corvane", "Seed", false],
    ]);
  });
});

describe("an earlier round told in passing", () => {
  it("reads the round after 'since it raised' as the company's earlier round", () => {
    const text =
      "The deal is Pagaleve's third acquisition since it raised R$ 150 million in a Series B led by Monashees in March. Valor Capital Group also took part in that round, which valued Pagaleve at R$ 900 million.";
    const rounds = roundSummaries(text, "2026-11-10");
    expect(rounds).toEqual([
      {
        company: "Pagaleve",
        series: "Series B",
        amount: 150e6,
        announced: "2026-03",
        leads: ["Monashees"],
        participants: ["Valor Capital Group"],
        valuation: 900e6,
        isCurrentRound: false,
      },
    ]);
  });

  it("reads a dollar sign with a country's letters and a space", () => {
    expect(findMoney("R$ 150 million").map((m) => [m.value, m.currency])).toEqual([[150e6, "BRL"]]);
    expect(findMoney("US$ 12 million").map((m) => [m.value, m.currency])).toEqual([[12e6, "USD"]]);
  });

  it("reads 'had raised' as an earlier round, but not in reported speech", () => {
    const past =
      "Kiranakart raised Rs 500 crore. In its Series B, Kiranakart had raised Rs 120 crore.";
    expect(roundSummaries(past, "2026-11-24").map((r) => r.isCurrentRound)).toEqual([true, false]);
    const said = "Kiranakart said on Monday it had raised Rs 120 crore in a Series B.";
    expect(roundSummaries(said, "2026-11-24").map((r) => r.isCurrentRound)).toEqual([true]);
  });

  it("dates and values the earlier round from 'up from … when it raised its Series B in …'", () => {
    const text =
      "Kiranakart has raised Rs 500 crore in a Series C. The round valued the company at $600 million, up from $250 million when it raised its Series B in June 2025. In its Series B, Kiranakart had raised Rs 120 crore.";
    const old = roundSummaries(text, "2026-11-24").find((r) => r.series === "Series B");
    expect([old?.announced, old?.valuation, old?.isCurrentRound]).toEqual([
      "2025-06",
      250e6,
      false,
    ]);
  });
});
