import { extractRounds } from "../../src/extract";
import { findDates } from "../../src/extract/dates";
import { findInvestors, listAt } from "../../src/extract/investors";
import { mentionsListing } from "../../src/extract/ipo-context";
import { datelineEnd } from "../../src/extract/lead-in";
import { findMoney } from "../../src/extract/money";
import { relatedLinks, splitSentences } from "../../src/extract/sentences";
import { moneyRole, roundSummaries } from "./round-summary";

/**
 * Phrasings the rules first missed in the most common pastes: a Korean round raised ahead of a
 * listing, wire datelines with no city, investors named with "Corp." before "joining", a
 * valuation that "exceeds" a figure, an earlier round told after the valuation it set, a
 * page's "Read Next" links under a blank line, angels described by their day jobs, a list that
 * runs into "…, the CEO told Inc42", a round "in the spring", and a dateline's date that a later
 * "the firm announced yesterday" corrects.
 */
describe("a round raised ahead of a listing", () => {
  it.each([
    "raised 80 billion won in a Series C funding round as it prepares for a listing on the Kosdaq market in 2027",
    "raised $40 million ahead of a planned IPO next year",
    "closed a $25 million round in preparation for its initial public offering",
  ])("%j is a round, not the listing", (clause) => {
    expect(mentionsListing(clause)).toBe(false);
    expect(moneyRole(clause)).toBe("round");
  });

  it.each([
    "priced its IPO at $18 per share, raising $300 million",
    "raised $200 million in its listing on the Nasdaq",
  ])("%j is still the listing", (clause) => {
    expect(mentionsListing(clause)).toBe(true);
  });

  it("keeps the won amount and its dollar figure", () => {
    const [round] = roundSummaries(
      "NeuroLink Semiconductor Inc. has raised 80 billion won ($57 million) in a Series C funding round as it prepares for a listing on the Kosdaq market in the second half of 2027, the company said on Monday.",
      "2026-12-14",
    );
    expect(round).toMatchObject({
      company: "NeuroLink Semiconductor Inc.",
      series: "Series C",
      amount: 80_000_000_000,
      announced: "2026-12-14",
    });
  });
});

describe("a dateline with no city", () => {
  it.each([
    ["Dec 4 (Reuters) - Tessellate is in talks", "Dec 4 (Reuters) - "],
    ["(Yicai) Dec. 9 -- Shanghai Xinzhi has completed", "(Yicai) Dec. 9 -- "],
    ["December 10, 2026 (Wire) -- Acme raised", "December 10, 2026 (Wire) -- "],
  ])("%j opens with %j", (clause, dateline) => {
    expect(clause.slice(0, datelineEnd(clause))).toBe(dateline);
  });

  it("is not a company's name and a number", () => {
    expect(datelineEnd("Mayfield 5 (the fund) - a note")).toBe(0);
  });

  it("dates a round by 'the firm announced yesterday' rather than by the dateline", () => {
    const [round] = roundSummaries(
      "(Yicai) Dec. 9 -- Shanghai Xinzhi Robotics Technology has completed a Series B financing round worth nearly CNY1 billion (USD138 million), led by the Shanghai AI Industry Fund.\n\nOther investors in the round include Lenovo Capital, the Shanghai-based firm announced yesterday.",
      "2026-12-09",
    );
    expect(round).toMatchObject({
      amount: 1e9,
      announced: "2026-12-08",
      participants: ["Lenovo Capital"],
    });
  });

  it("keeps the dateline's date when nothing later dates the round", () => {
    const [round] = roundSummaries(
      "(Yicai) Dec. 9 -- Shanghai Xinzhi Robotics Technology has completed a Series B financing round worth CNY1 billion.",
      "2026-12-09",
    );
    expect(round.announced).toBe("2026-12-09");
  });

  it("does not date a round still in talks", () => {
    const [round] = roundSummaries(
      "Dec 4 (Reuters) - Tessellate is in talks to raise about $500 million in a funding round led by Thrive Capital, three people familiar with the matter said.",
      "2026-12-04",
    );
    expect(round).toMatchObject({ company: "Tessellate", amount: 500_000_000, announced: null });
  });
});

describe("investors named with a company suffix", () => {
  it("reads every name of 'with A Corp., B Corp. and C joining as new investors'", () => {
    const clause =
      "The round was led by Korea Development Bank, with Samsung Venture Investment Corp., KT Corp. and Mirae Asset Venture Investment joining as new investors.";
    expect(findInvestors(clause, true)).toEqual({
      leads: ["Korea Development Bank"],
      participants: [
        "Samsung Venture Investment Corp.",
        "KT Corp.",
        "Mirae Asset Venture Investment",
      ],
    });
  });
});

describe("a valuation that exceeds a figure", () => {
  it.each([
    ["Its valuation after the round exceeds CNY8 billion", 8e9],
    ["a valuation that surpassed $2 billion", 2e9],
  ])("%j is more than the figure", (clause, value) => {
    expect(findMoney(clause)[0]).toMatchObject({ value, qualifier: "more than" });
  });
});

describe("an earlier round told after the valuation it set", () => {
  it("reads 'four times the $1.5 billion X was valued at in March, when it raised' as that round's value", () => {
    const clause =
      "The valuation would be four times the $1.5 billion Tessellate was valued at in March, when it raised $120 million in a round led by Andreessen Horowitz.";
    expect(moneyRole(clause, 0)).toBe("valuation");
    expect(moneyRole(clause, 1)).toBe("round");
    expect(moneyRole("The valuation would be four times the $1.5 billion it had in 2024.")).toBe(
      "trap:change",
    );
    const rounds = roundSummaries(
      `Tessellate is in talks to raise about $500 million in a round led by Thrive Capital. ${clause}`,
      "2026-12-04",
    );
    expect(rounds.map((r) => [r.amount, r.announced, r.valuation, r.isCurrentRound])).toEqual([
      [500_000_000, null, null, true],
      [120_000_000, "2026-03", 1_500_000_000, false],
    ]);
  });

  it("gives an earlier round read elsewhere 'the pre-money valuation it received in its Series B'", () => {
    const rounds = extractRounds({
      text: "NeuroLink raised 80 billion won in a Series C. It raised a Series B in 2025 led by KDB. That is more than double the 300 billion won pre-money valuation it received in its Series B round.",
      published: "2026-12-14",
    }).rounds;
    expect(rounds[1]).toMatchObject({
      series: "Series B",
      valuation: { value: 300_000_000_000, currency: "KRW", basis: "pre-money" },
    });
  });

  it("makes the earlier raise a round of its own, dated", () => {
    const rounds = roundSummaries(
      "Tessellate is in talks to raise about $500 million in a round led by Thrive Capital. Tessellate was valued at $1.5 billion in March, when it raised $120 million in a round led by Andreessen Horowitz.",
      "2026-12-04",
    );
    expect(rounds).toContainEqual(
      expect.objectContaining({
        amount: 120_000_000,
        announced: "2026-03",
        leads: ["Andreessen Horowitz"],
        valuation: 1_500_000_000,
        isCurrentRound: false,
      }),
    );
  });
});

describe("a page's links to other stories", () => {
  it("reads the headlines under 'Read Next' past the blank line after it", () => {
    const text =
      "Shipwave raised $60 million.\n\nRead Next\n\nQuickcart raises $450 million ahead of planned IPO, sources say\nOlvio files draft papers";
    expect(relatedLinks(splitSentences(text), text)).toEqual([false, true, true, true]);
    expect(roundSummaries(text, "2025-11-20").map((r) => r.company)).toEqual(["Shipwave"]);
  });
});

describe("angels and their day jobs", () => {
  it("keeps the people, not the companies they run", () => {
    expect(
      listAt(
        "Thomas Wolf, cofounder of Hugging Face, Olivier Pomel, CEO of Datadog, and Charles Gorintin, co-founder and CEO of Alan.",
      ),
    ).toEqual(["Thomas Wolf", "Olivier Pomel", "Charles Gorintin"]);
  });

  it("reads 'French VC Elaia' as Elaia", () => {
    expect(
      findInvestors("an €18m seed round led by French VC Elaia, Sifted can reveal.", true),
    ).toEqual({ leads: ["Elaia"], participants: [] });
  });
});

describe("a list that runs into who told the outlet", () => {
  it("ends before '…, Kvachit cofounder and CEO Rohan Mehra told Inc42'", () => {
    expect(
      listAt(
        "existing investor Blume Ventures and angel investor Kunal Shah, Kvachit cofounder and CEO Rohan Mehra told Inc42.",
      ),
    ).toEqual(["Blume Ventures", "Kunal Shah"]);
  });
});

describe("a round in a season", () => {
  it.each([
    ["closed a $30 million round in the spring", "2026-12-08", "2026"],
    ["closed a round this summer", "2026-07-02", "2026"],
    ["closed a round in the fall", "2026-03-02", "2025"],
  ])("%j published %s is dated %s", (clause, published, year) => {
    expect(findDates(clause, published)).toEqual([
      expect.objectContaining({ iso: year, precision: "year" }),
    ]);
  });

  it("does not take the date of a sentence's other round", () => {
    const rounds = roundSummaries(
      "Earlier this month, rival Claimsight raised $20 million from Bessemer Venture Partners, and Sixfold closed a $30 million round in the spring.",
      "2026-12-08",
    );
    expect(rounds.map((r) => [r.company, r.announced])).toEqual([
      ["Claimsight", "2026-12"],
      ["Sixfold", "2026"],
    ]);
  });
});
