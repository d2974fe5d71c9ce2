import { extractRounds } from "../../src/extract";
import { findInvestors } from "../../src/extract/investors";
import { moneyRole, roundSummaries } from "./round-summary";

/**
 * The most common forms of funding news, first missed on articles written after the rules: a
 * partner's quote between the round and its other investors, a round named only as it sets the
 * valuation, named angels, an aside between dashes, a release's "About" total, a sector's total
 * told after its figure.
 */
const published = "2026-11-24";

describe("investors of common forms", () => {
  it.each([
    [
      "Existing investors Kleiner Perkins and Conviction also put money into the round, as did new backer Salesforce Ventures, the people said.",
      ["Kleiner Perkins", "Conviction", "Salesforce Ventures"],
    ],
    [
      "A roster of angel investors also took part, including Zendesk cofounder Mikkel Svane, former Maersk chief digital officer Ibrahim Gokcen, and Pleo founders Jeppe Rindom and Niccolo Perra.",
      ["Mikkel Svane", "Ibrahim Gokcen", "Jeppe Rindom", "Niccolo Perra"],
    ],
    [
      "Existing shareholder Sequoia China - now known as HongShan - also invested.",
      ["Sequoia China"],
    ],
  ])("%j joins %j", (clause, names) => {
    expect(findInvestors(clause, true)).toEqual({ leads: [], participants: names });
  });
});

describe("figures that are no round", () => {
  it.each([
    "Founded in 2022, the company has raised more than $60 million from leading healthcare investors.",
  ])("%j", (clause) => {
    expect(moneyRole(clause)).toMatch(/^trap:/);
  });
});

it("reads a sector's total told after its figure as no round", () => {
  const text =
    "Tidewise has raised a €4.2m seed round led by Project A. Startups in the category raised €310m last year, according to Dealroom data — still small next to the €1.1bn that went into aviation-fuel startups.";
  expect(roundSummaries(text, published).map((r) => r.amount)).toEqual([4.2e6]);
});

describe("a round told over several sentences", () => {
  it("takes its name from the sentence on the valuation it set", () => {
    const [round] = roundSummaries(
      "Vellum, an insurance startup, has raised $140 million in a round led by Greylock. The Series B values the company at $1.2 billion after the new money, up from about $300 million when it raised its Series A last year.",
      published,
    );
    expect(round).toMatchObject({ company: "Vellum", series: "Series B", valuation: 1.2e9 });
  });

  it("joins the investors of 'the round' after a partner's quote", () => {
    const [round] = roundSummaries(
      [
        "Vellum, an insurance startup, has raised $140 million in a round led by Greylock, the company confirmed on Monday.",
        "The Series B values the company at $1.2 billion after the new money, up from about $300 million when it raised its Series A last year.",
        '"We think claims is the first place where agents will replace entire workflows, not just tasks," said Dana Whitfield, a partner at Greylock who will join Vellum\'s board. "Vellum\'s team has shipped faster than anyone we met in the category."',
        "Existing investors Kleiner Perkins and Conviction also put money into the round.",
      ].join("\n\n"),
      published,
    );
    expect(round.participants).toEqual(["Kleiner Perkins", "Conviction"]);
  });
});

describe("a total of equity and loans", () => {
  const text = [
    "TOKYO -- Kotoba Labs said Wednesday that it has raised 8 billion yen ($53 million) in a Series B round.",
    "The funding comes through a third-party allotment of new shares to investors including SoftBank Vision Fund 2 and Nissay Capital, as well as loans from Mizuho Bank and Sumitomo Mitsui Banking Corp. Of the total, 6.5 billion yen is equity and the rest debt. JAFCO Group led the equity portion.",
  ].join("\n\n");

  it("is a round of its equity part, with its investors and not its lenders", () => {
    expect(roundSummaries(text, "2026-11-25")).toEqual([
      {
        company: "Kotoba Labs",
        series: "Series B",
        amount: 6.5e9,
        announced: "2026-11-25",
        leads: ["JAFCO Group"],
        participants: ["SoftBank Vision Fund 2", "Nissay Capital"],
        valuation: null,
        isCurrentRound: true,
      },
    ]);
  });

  it("keeps no dollar figure of the whole", () => {
    const [round] = extractRounds({ text, published: "2026-11-25" }).rounds;
    expect(round.amountUsd).toBeNull();
    expect(text).toContain(round.quotes.amount);
  });
});

describe("earlier rounds told in passing", () => {
  it("keeps a named round whose undisclosed amount is told before its name", () => {
    const text =
      "Kunpeng Dynamics has completed a Series C funding round of 1.5 billion yuan, the company said on Thursday. Kunpeng raised 500 million yuan in a Series B round led by HongShan in January, and an undisclosed amount in a Series A in 2023.";
    expect(
      roundSummaries(text, "2026-11-20").map((r) => [r.series, r.amount, r.announced]),
    ).toEqual([
      ["Series C", 1.5e9, "2026-11-19"],
      ["Series B", 5e8, "2026-01"],
      ["Series A", null, "2023"],
    ]);
  });

  it("dates a round by 'which closed in' after the investors that led it", () => {
    const text =
      "Lumora Health today announced an $18 million extension of its Series A financing led by Define Ventures. The extension follows the company's $35 million Series A, led by General Catalyst with participation from Lux Capital and 8VC, which closed in February 2026, and brings the total Series A to $53 million.";
    const earlier = roundSummaries(text, "2026-11-17").find((r) => r.amount === 35e6);
    expect(earlier).toMatchObject({ announced: "2026-02", leads: ["General Catalyst"] });
  });
});

describe("an earlier round's valuation told beside the new one", () => {
  it.each([
    [
      "Vellum has raised $140 million in a Series B at a $1.2 billion valuation, up from about $300 million when it raised its Series A last year. Vellum raised a $28 million Series A led by Kleiner Perkins in March 2025.",
      "Series A",
      3e8,
    ],
    [
      "Quillstack has raised $45 million in a Series C at a post-money valuation of $600 million, less than half the $1.4 billion it was valued at in its $120 million Series B in 2021, the company said Wednesday.",
      "Series B",
      1.4e9,
    ],
  ])("%j", (text, series, valuation) => {
    const rounds = roundSummaries(text, "2026-11-24");
    expect(rounds.find((r) => r.series === series)?.valuation).toBe(valuation);
    expect(rounds.find((r) => r.isCurrentRound)?.valuation).not.toBe(valuation);
  });
});
