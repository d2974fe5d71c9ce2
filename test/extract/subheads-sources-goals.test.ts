import { extractRounds } from "../../src/extract";
import { moneyRole, roundSummaries } from "./round-summary";

describe("figures that are not a round", () => {
  it.each([
    [
      "Insight Partners has raised through a series of funds more than $90 billion in regulatory assets under management.",
      "trap:financials",
    ],
    ["It has raised $2 billion in AUM since 2015.", "trap:financials"],
    [
      "The program provides up to 500 million won in R&D funding to selected startups.",
      "trap:financials",
    ],
    [
      "With the latest funding, Boxmile's cumulative investment has reached 31 billion won.",
      "trap:cumulative",
    ],
    ["The deck set a goal of raising $18 million; the round was later upsized.", "trap:potential"],
  ])("%s → %s", (clause, role) => {
    expect(moneyRole(clause)).toBe(role);
  });

  it("keeps the round beside a goal it beat", () => {
    const text =
      "Counselry has raised $24 million in Series A funding led by Redpoint Ventures. The deck it used in the spring set a goal of raising $18 million.";
    expect(roundSummaries(text, "2025-09-03").map((r) => r.amount)).toEqual([24_000_000]);
  });
});

describe("a subject that describes the company or cites a source", () => {
  const text = (body: string) =>
    `Ledgerlight makes accounting software. Ledgerlight has 60 staff. ${body}`;

  it.each([
    "The San Jose-based designer of inference chips for data centers raised a $250 million Series C.",
    "The Fresno, California-based maker of orchard robots raised a $250 million Series C.",
  ])("%s is the article's company, not the place", (body) => {
    expect(roundSummaries(text(body), "2025-10-24").map((r) => r.company)).toEqual(["Ledgerlight"]);
  });

  it("reads 'People close to the company said' as a source, not a company", () => {
    const rounds = roundSummaries(
      "Yinhe Pay raised a RMB 500 million Series C led by CITIC Capital on Tuesday. People close to the company said the Series C was priced at a post-money valuation of about RMB 4 billion.",
      "2025-10-14",
    );
    expect(rounds.map((r) => [r.company, r.series, r.amount, r.valuation])).toEqual([
      ["Yinhe Pay", "Series C", 500_000_000, 4_000_000_000],
    ]);
  });
});

describe("a round-up with a sub-heading per deal", () => {
  const roundup = [
    "The Week's Biggest Funding Rounds",
    "",
    "Jane Doe",
    "",
    "Here are the biggest rounds announced by U.S.-based startups this week.",
    "",
    "Tessellate AI",
    "",
    "The San Jose-based designer of inference chips raised a $250 million Series C led by Fidelity. The round values the company at $2.1 billion.",
    "",
    "Maven Women's Health",
    "",
    "Maven Women's Health, which runs virtual clinics, landed $65 million in Series B funding. Oak HC/FT led the round.",
    "",
    "Cropline",
    "",
    "The Fresno, California-based maker of orchard robots raised $48 million in a Series B led by Lowercarbon Capital.",
  ].join("\n");

  it("gives each paragraph the company of the sub-heading above it, dated by the introduction", () => {
    expect(
      roundSummaries(roundup, "2025-10-24").map((r) => [
        r.company,
        r.series,
        r.amount,
        r.announced,
        r.leads,
        r.valuation,
      ]),
    ).toEqual([
      ["Tessellate AI", "Series C", 250_000_000, "2025-10", ["Fidelity"], 2_100_000_000],
      ["Maven Women's Health", "Series B", 65_000_000, "2025-10", ["Oak HC/FT"], null],
      ["Cropline", "Series B", 48_000_000, "2025-10", ["Lowercarbon Capital"], null],
    ]);
  });

  it("quotes the sub-heading for the company", () => {
    const [first] = extractRounds({ text: roundup, published: "2025-10-24" }).rounds;
    expect(first.quotes.company).toBe("Tessellate AI");
  });

  it("does not read a byline above the first paragraph as a company", () => {
    const text =
      "Ledgerlight raises $31M\n\nKyle Wiggers\n\nThe company announced on Tuesday that it has raised $31 million.";
    expect(roundSummaries(text, "2025-09-16").map((r) => r.company)).not.toContain("Kyle Wiggers");
  });
});

describe("new investors named as such", () => {
  it("reads 'X came in as a new investor' as joining the round", () => {
    const [round] = roundSummaries(
      "Yinhe Pay raised a RMB 500 million Series C led by CITIC Capital. Existing shareholder Qiming Venture Partners followed on, while Hillhouse Investment came in as a new investor.",
      "2025-10-14",
    );
    expect(round.participants).toEqual(["Qiming Venture Partners", "Hillhouse Investment"]);
  });

  it("reads 'with X and Y joining as new investors'", () => {
    const [round] = roundSummaries(
      "Boxmile said Tuesday that it has raised 12 billion won in a Series B bridge round. The round was led by KB Investment, with Shinhan Venture Investment and Kakao Ventures joining as new investors.",
      "2025-11-25",
    );
    expect([round.leads, round.participants]).toEqual([
      ["KB Investment"],
      ["Shinhan Venture Investment", "Kakao Ventures"],
    ]);
  });
});

describe("the lead named only in the closing paragraph", () => {
  const filler = "Customers like the product. The team has grown. Rivals are many. Prices fell.";
  const story = (rival: string) =>
    [
      "Ledgerlight announced on Tuesday that it has raised $31 million in a Series B round.",
      filler,
      rival,
      filler,
      "Bessemer Venture Partners led the new round. Existing investors Emergence Capital and Y Combinator also participated.",
    ].join(" ");

  it("joins the investors to the round the article reports, after a rival's older round", () => {
    const rounds = roundSummaries(
      story("Closewise, a rival, raised $28 million in June."),
      "2025-09-16",
    );
    expect(rounds.map((r) => [r.company, r.leads, r.participants])).toEqual([
      ["Ledgerlight", ["Bessemer Venture Partners"], ["Emergence Capital", "Y Combinator"]],
      ["Closewise", [], []],
    ]);
  });

  it("joins no one when the article reports two companies' rounds", () => {
    const rounds = roundSummaries(
      story("Closewise, a rival, said on Monday it raised $28 million."),
      "2025-09-16",
    );
    expect(rounds.flatMap((r) => [...r.leads, ...r.participants])).toEqual([]);
  });
});

describe("a round and an acquisition by the same company", () => {
  it("reads 'the acquisition is X's third since its $60 million Series B' as X's earlier round", () => {
    const rounds = roundSummaries(
      "Fleetwise today announced it has raised $85 million in Series C funding. Fleetwise said it has acquired Dispatchly for $40 million in cash. Dispatchly had raised $12 million in a Series A in 2023. The acquisition is Fleetwise's third since its $60 million Series B in 2023.",
      "2025-06-10",
    );
    expect(
      rounds.map((r) => [r.company, r.series, r.amount, r.announced, r.isCurrentRound]),
    ).toEqual([
      ["Fleetwise", "Series C", 85_000_000, "2025-06-10", true],
      ["Dispatchly", "Series A", 12_000_000, "2023", false],
      ["Fleetwise", "Series B", 60_000_000, "2023", false],
    ]);
  });

  it("still refuses the price of an acquisition", () => {
    expect(moneyRole("The acquisition is its third since it bought Rover for $60 million.")).toBe(
      "trap:acquisition",
    );
  });
});

it("reads 'instead X led, joined by Y' as a lead and a participant", () => {
  const [round] = roundSummaries(
    "Cropline raised $48 million in a Series B. Tiger Global was not involved this time; instead Lowercarbon Capital led, joined by Pontifax AgTech.",
    "2025-10-24",
  );
  expect([round.leads, round.participants]).toEqual([["Lowercarbon Capital"], ["Pontifax AgTech"]]);
});

it("reads 'X came in as lead investor, and Y signed on as a new backer'", () => {
  const [round] = roundSummaries(
    "Lumio has raised $8 million in seed funding. Index Ventures came in as lead investor, and Seedcamp signed on as a new backer.",
    "2025-06-10",
  );
  expect([round.leads, round.participants]).toEqual([["Index Ventures"], ["Seedcamp"]]);
});

describe("a release's company described between commas", () => {
  it.each([
    "Quantive Labs, the leader in AI-powered revenue forecasting, today announced the close of a $30 million Series B financing round led by Sapphire Ventures.",
    "Quantive Labs, a leader in revenue forecasting, today announced the close of a $30 million Series B led by Sapphire Ventures.",
  ])("%s", (text) => {
    expect(
      roundSummaries(text, "2025-10-14").map((r) => [r.company, r.amount, r.announced, r.leads]),
    ).toEqual([["Quantive Labs", 30_000_000, "2025-10-14", ["Sapphire Ventures"]]]);
  });

  it("keeps a valuation stated after 'the startup is valued at'", () => {
    expect(
      moneyRole(
        "Based on our estimates, the startup is valued at around Rs 1,650 crore post-allotment.",
      ),
    ).toBe("valuation");
  });
});

describe("openings that name no company", () => {
  it("reads 'Weeks later, it closed …' as the same company's next round", () => {
    const rounds = roundSummaries(
      "Huayun completed a Series B+ round worth hundreds of millions of yuan, led by Sequoia China. Weeks later, it closed a Series C round of 800 million yuan led by Hillhouse.",
      "2025-10-14",
    );
    expect(rounds.map((r) => [r.company, r.series, r.amount])).toEqual([
      ["Huayun", "Series B+", null],
      ["Huayun", "Series C", 800_000_000],
    ]);
  });

  it.each(["seen by", "reviewed by", "shared with"])(
    "reads 'In a pitch deck %s Business Insider, X said' as X's round",
    (how) => {
      const rounds = roundSummaries(
        `In a pitch deck ${how} Business Insider, Tallyfox said it raised $20 million at a $120 million valuation.`,
        "2025-09-03",
      );
      expect(rounds.map((r) => r.company)).toEqual(["Tallyfox"]);
    },
  );
});

it("reads an investor written as a lower-case numeronym ('led by a16z')", () => {
  const [round] = roundSummaries(
    "Skyfold has landed $12 million in seed funding.\n\nThe round was led by a16z, and included participation from Box Group.",
    "2025-06-10",
  );
  expect([round.leads, round.participants]).toEqual([["a16z"], ["Box Group"]]);
});
