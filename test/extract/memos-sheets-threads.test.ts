import { extractRounds } from "../../src/extract";
import { normalizeText } from "../../src/extract/normalize-text";
import { roundSummaries } from "./round-summary";

/**
 * Pastes from a word processor's memo (labelled bullets), a deal tracker's rows (names split by
 * ";", a "Post-Money" column), a numbered thread ("1/5 ") and a news terminal's flash headlines
 * ("10:02 *PELLUCID RAISES …").
 */
describe("a memo's labelled bullets", () => {
  it("reads 'Amount: €14M' as the round's amount", () => {
    const text = [
      "Tavrin Systems closed its Series A on 3 June 2024.",
      "",
      "• Round: Series A",
      "• Amount: €14M",
      "• Lead: Northzone",
    ].join("\n");
    const [round] = roundSummaries(text, "2024-06-05");
    expect(round.company).toBe("Tavrin Systems");
    expect(round.amount).toBe(14_000_000);
    expect(round.leads).toEqual(["Northzone"]);
  });
});

describe("rows pasted from a deal tracker", () => {
  const sheet = [
    "Company\tRound\tAmount ($M)\tLead Investor(s)\tOther Investors\tPost-Money ($M)",
    "Orlena Labs\tSeed\t4\tHustle Fund\tPioneer Fund; Liquid 2 Ventures\t20",
  ].join("\n");

  it("splits a cell's names at ';'", () => {
    const [round] = roundSummaries(sheet, "2024-11-08");
    expect(round.participants).toEqual(["Pioneer Fund", "Liquid 2 Ventures"]);
  });

  it("reads a 'Post-Money' column as a post-money valuation", () => {
    const [round] = extractRounds({ text: sheet, published: "2024-11-08" }).rounds;
    expect(round.valuation).toEqual({
      value: 20_000_000,
      currency: "USD",
      qualifier: null,
      basis: "post-money",
    });
  });
});

describe("a numbered thread", () => {
  const thread = [
    "1/3 Cobalt Finch just raised a $12M Series A.",
    "",
    "2/3 The round was led by Amplify Partners.",
    "",
    "3/3 Congrats to the team!",
  ].join("\n");

  it("leaves the post counters out of the text", () => {
    expect(normalizeText(thread).text.startsWith("Cobalt Finch just raised")).toBe(true);
  });

  it("names the company, not the counter", () => {
    const [round] = roundSummaries(thread, "2025-01-10");
    expect(round.company).toBe("Cobalt Finch");
    expect(round.leads).toEqual(["Amplify Partners"]);
  });

  it("keeps a lone fraction of prose", () => {
    expect(normalizeText("1/3 of the round came from Foo.").text).toBe(
      "1/3 of the round came from Foo.",
    );
  });
});

describe("a terminal's flash headlines in capitals", () => {
  const flashes = [
    "09:02 *PELLUCID MARINE RAISES $30M IN SERIES A",
    "09:04 *OIL RISES 1% AFTER INVENTORY DRAW",
  ].join("\n");

  it("reads each headline as a sentence, without its time and asterisk, in prose case", () => {
    const [first, second] = normalizeText(flashes).text.trim().split("\n");
    expect(first).toBe("Pellucid Marine raises $30M in Series A.");
    // A word of three capitals or fewer may be an acronym ("GV", "CPI"): it stays as it is.
    expect(second).toBe("OIL Rises 1% after Inventory Draw");
  });

  it("reads 'round values co. at $200M' as the round's valuation", () => {
    const text = `${flashes}\n09:05 *PELLUCID MARINE SAYS ROUND VALUES CO. AT $200M`;
    const rounds = roundSummaries(text, "2025-05-20");
    expect(rounds).toHaveLength(1);
    expect(rounds[0].valuation).toBe(200_000_000);
  });

  it("finds the round and quotes the original capitals", () => {
    const [round] = extractRounds({ text: flashes, published: "2025-05-20" }).rounds;
    expect(round.company).toBe("Pellucid Marine");
    expect(round.amount?.value).toBe(30_000_000);
    expect(round.quotes.company).toContain("PELLUCID MARINE");
  });
});

describe("a deal's key facts, one to a line", () => {
  const card = [
    "Hollowpine",
    "Seed",
    "€6M",
    "Lead: Seedcamp",
    "Also: Kindred Capital, Firstminute Capital",
    "Announced March 4, 2025",
  ].join("\n");

  it("reads the lines as one round", () => {
    expect(roundSummaries(card, "2025-03-05")).toEqual([
      {
        company: "Hollowpine",
        series: "Seed",
        amount: 6_000_000,
        announced: "2025-03-04",
        leads: ["Seedcamp"],
        participants: ["Kindred Capital", "Firstminute Capital"],
        valuation: null,
        isCurrentRound: true,
      },
    ]);
  });

  it("reads no card in lines of prose", () => {
    const prose = "Hollowpine makes tiles.\nIt sells in Spain.\nSales rose 40% to €6M.";
    expect(roundSummaries(prose, "2025-03-05")).toEqual([]);
  });
});

describe("a post's lead-in and labelled list", () => {
  it("reads the company after a long 'Big news in …:' label", () => {
    const [round] = roundSummaries(
      "Big news in climate software: Tessary just raised a $9M seed.",
      "2025-03-05",
    );
    expect(round.company).toBe("Tessary");
  });

  it("reads 'Also in the round: X and Y' as participants", () => {
    const text =
      "Tessary just raised a $9M seed led by Pale Blue Dot. Also in the round: Voima Ventures and Inventure.";
    const [round] = roundSummaries(text, "2025-03-05");
    expect(round.participants).toEqual(["Voima Ventures", "Inventure"]);
  });
});

describe("a machine-translated Chinese post", () => {
  it("reads 'RMB50 million yuan A+ round financing' as a Series A+", () => {
    const [round] = roundSummaries(
      "Recently, Qingmu Robotics announced to complete RMB50 million yuan A+ round financing.",
      "2024-04-18",
    );
    expect(round.series).toBe("Series A+");
  });
});

describe("an investor's letter to its limited partners", () => {
  it("reads a first close of the investor's next fund as no round", () => {
    const text =
      "Dear Limited Partners, Tessary raised a $9M seed in May. We held a first close of Fund V at $180 million in June.";
    const rounds = roundSummaries(text, "2025-07-10");
    expect(rounds.map((r) => r.amount)).toEqual([9_000_000]);
  });
});

describe("a memo's history items", () => {
  const memo = [
    "Tavrin Systems closed its Series B on 3 June 2024.",
    "",
    "– Series A (2022): €8M, led by Northzone",
    "– Seed (2020): €2M",
  ].join("\n");

  it("reads '– Seed (2020): €2M' as the company's seed, not a company named Seed", () => {
    const seed = roundSummaries(memo, "2024-06-05").find((r) => r.amount === 2_000_000);
    expect(seed?.company).toBe("Tavrin Systems");
    expect(seed?.series).toBe("Seed");
  });

  it("keeps a company whose name starts with Seed", () => {
    const [round] = roundSummaries("Seed Harbor raised a $12M Series A.", "2024-06-05");
    expect(round.company).toBe("Seed Harbor");
  });
});
