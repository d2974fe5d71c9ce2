import { articleSubject, datelineEnd } from "../../src/extract/company";
import { findInvestors } from "../../src/extract/investors";
import { findSeries } from "../../src/extract/series";
import { splitSentences } from "../../src/extract/sentences";
import { moneyRole, roundSummaries } from "./round-summary";

/**
 * Phrasings of real outlets the rules first missed on a later batch of unseen articles:
 * interviews, founders' social posts, correction notes, closes in several steps, fund
 * announcements that list deals, Southeast Asian and British currency styles.
 */
const published = "2025-06-20";
const rounds = (text: string, date = published) => roundSummaries(text, date);

describe("an interview", () => {
  const interview = [
    "Verdant, a Mexico City-based startup, installs rooftop solar panels on shops.",
    "We spoke with its CEO about the new funding.",
    "How much did you raise, and from whom?",
    "Ruiz: We closed a $16 million Series A in May.",
    "It was led by QED Investors, and Kaszek and Y Combinator came back in.",
    "We also brought in IFC as a new investor.",
    "How do the economics work?",
    "Ruiz: Our seed was $3.5 million in 2022, led by Kaszek.",
  ].join("\n\n");

  it("takes the company introduced in apposition as the subject, never a question word", () => {
    expect(articleSubject(splitSentences(interview))?.name).toBe("Verdant");
  });

  it("reads the answers' rounds as the company's, with returning and new investors", () => {
    expect(rounds(interview)).toMatchObject([
      {
        company: "Verdant",
        series: "Series A",
        amount: 16_000_000,
        announced: "2025-05",
        leads: ["QED Investors"],
        participants: ["Kaszek", "Y Combinator", "IFC"],
      },
      {
        company: "Verdant",
        series: "Seed",
        amount: 3_500_000,
        announced: "2022",
        leads: ["Kaszek"],
        participants: [],
      },
    ]);
  });
});

describe("investors who return or join as new backers", () => {
  it.each([
    ["Kaszek and Y Combinator came back in.", ["Kaszek", "Y Combinator"]],
    ["Tyson Ventures joined as a new backer.", ["Tyson Ventures"]],
    ["We also brought in IFC as a new investor.", ["IFC"]],
  ])("%s", (clause, participants) => {
    expect(findInvestors(clause, true).participants).toEqual(participants);
  });

  it("ends a lead list before investors who came back", () => {
    expect(
      findInvestors("It was led by QED Investors, and Kaszek and Y Combinator came back in.", true)
        .leads,
    ).toEqual(["QED Investors"]);
  });
});

it("names a seed round by the word alone as the subject ('Our seed was $3.5 million')", () => {
  expect(findSeries("Our seed was $3.5 million in 2022.").map((s) => s.label)).toEqual(["Seed"]);
});

it("ignores a correction note's wrong figure", () => {
  const text =
    "Farmhand has raised $24 million in a Series B round led by S2G Ventures.\n\n" +
    "Correction: An earlier version of this story misstated the size of the round as $42 million. " +
    "It is $24 million.";
  expect(rounds(text).map((r) => r.amount)).toEqual([24_000_000]);
});

describe("a founder's social post", () => {
  const post = [
    "Today, I'm beyond proud to share that Lumora has raised a €4.2M Seed round! 🚀",
    "",
    "👉 Led by Point Nine",
    "👉 With Kima Ventures and Fly Ventures joining",
    "",
    "Last year, Jonas and I raised a €600K pre-seed from Antler with a slide deck.",
  ].join("\n");

  it("reads a bullet 'With X and Y joining' and takes 'Jonas and I' as the post's company", () => {
    expect(rounds(post, "2025-02-11")).toMatchObject([
      {
        company: "Lumora",
        series: "Seed",
        amount: 4_200_000,
        announced: "2025-02-11",
        leads: ["Point Nine"],
        participants: ["Kima Ventures", "Fly Ventures"],
      },
      {
        company: "Lumora",
        series: "Pre-seed",
        amount: 600_000,
        announced: "2024",
        leads: [],
        participants: ["Antler"],
      },
    ]);
  });
});

it("folds a round's closes into the total the final close gives", () => {
  const text =
    "Gridnest said Tuesday it has held the final close of its Series A at $45 million. " +
    "The company announced a first close of $30 million in February, led by Energize Capital. " +
    "The final close added $15 million from new investors Shell Ventures and Clean Energy Ventures, " +
    "while existing backer Congruent Ventures increased its commitment.";
  expect(rounds(text, "2025-07-16")).toMatchObject([
    {
      company: "Gridnest",
      series: "Series A",
      amount: 45_000_000,
      announced: "2025-07-15",
      leads: ["Energize Capital"],
      participants: ["Shell Ventures", "Clean Energy Ventures", "Congruent Ventures"],
    },
  ]);
});

it("keeps a first close as the round when no total is given", () => {
  expect(
    rounds(
      "Gridnest announced a first close of $30 million for its Series A, led by Energize Capital.",
    ).map((r) => r.amount),
  ).toEqual([30_000_000]);
});

describe("a venture firm's fund announcement that lists its deals", () => {
  const text = [
    "Indico Capital Partners closes €120M third fund to back Iberian startups from seed to Series A",
    "",
    "Indico Capital Partners, one of Portugal's most active venture capital firms, has held the final close of its third fund at €120M, above its €100M target.",
    "In March, it led a €2.5M pre-seed round in Porto-based logistics software startup Cargofy, and in May it co-led the €6M seed round of Madrid's Claimbot, an insurance claims automation company, with Seaya Ventures.",
    "Earlier this month, Indico also backed Barcelona-based Nuvo, which raised €1.5M in a pre-seed round led by Kibo Ventures.",
  ].join("\n");

  it("reads the deals, not the fund, with the firm as 'it' and the co-lead after 'with'", () => {
    expect(rounds(text, "2025-06-24")).toMatchObject([
      {
        company: "Cargofy",
        series: "Pre-seed",
        amount: 2_500_000,
        announced: "2025-03",
        leads: ["Indico Capital Partners"],
        participants: [],
      },
      {
        company: "Claimbot",
        series: "Seed",
        amount: 6_000_000,
        announced: "2025-05",
        leads: ["Indico Capital Partners", "Seaya Ventures"],
        participants: [],
      },
      {
        company: "Nuvo",
        series: "Pre-seed",
        amount: 1_500_000,
        announced: "2025-06",
        leads: ["Kibo Ventures"],
        participants: ["Indico"],
      },
    ]);
  });

  it("reads a fund named after its figure as the fund's size", () => {
    const clause = "Acme Ventures closes $300 million debut fund";
    expect(moneyRole(clause)).toBe("trap:fund");
  });
});

describe("figures that are not the round", () => {
  it.each([
    ["The UK's proptech sector raised £1.1bn last year, according to Dealroom.", "trap:market"],
    [
      "The provincial guidance fund was set up in 2022 with a target size of RMB 200 billion.",
      "trap:fund",
    ],
    [
      "Tanira has also secured a debt facility, bringing the total capital it announced this week to Rp 750 billion.",
      "trap:cumulative",
    ],
    [
      "Tanira, an Indonesian startup that lends to farmers and buys back their harvests, has raised Rp 450 billion in a Series B round.",
      "round",
    ],
  ])("%s", (clause, role) => {
    expect(moneyRole(clause)).toBe(role);
  });

  it("reads no company 'Alongside' in 'Alongside the equity round, X has also secured …'", () => {
    const text =
      "Tanira has raised Rp 450 billion (US$28.5 million) in a Series B round led by East Ventures. " +
      "Alongside the equity round, Tanira has also secured a Rp 300 billion debt facility, " +
      "bringing the total capital it announced this week to Rp 750 billion.";
    expect(rounds(text, "2024-05-17").map((r) => [r.company, r.amount])).toEqual([
      ["Tanira", 450_000_000_000],
    ]);
  });
});

it("dates a round from 'saying the round closed in September'", () => {
  const text =
    "Keyloft has raised a £12mn Series A round led by Balderton Capital, Sifted can reveal. " +
    "Its chief exec confirmed the raise, saying the round closed in September.";
  expect(rounds(text, "2024-10-09")[0].announced).toBe("2024-09");
});

describe("an exclusive about talks", () => {
  const text =
    "NEW YORK, Sept 24 (Reuters) - Ledgerline is raising about $150 million in a new funding round that would value it at between $1.5 billion and $2 billion, three sources told Reuters.\n\n" +
    "General Catalyst is expected to lead the round, two of the sources said, adding that existing investors Ribbit Capital and Index Ventures planned to invest as well.";

  it("takes no round date from the dateline", () => {
    expect(datelineEnd(text)).toBe("NEW YORK, Sept 24 (Reuters) - ".length);
    expect(rounds(text, "2025-09-24")[0].announced).toBeNull();
  });

  it("reads 'is expected to lead' as the lead and 'planned to invest as well' as joining", () => {
    expect(rounds(text, "2025-09-24")[0]).toMatchObject({
      leads: ["General Catalyst"],
      participants: ["Ribbit Capital", "Index Ventures"],
    });
  });
});

it("reads an accelerator's standard investment as no round", () => {
  const clause = "Every company in the cohort received Forge's standard $150K investment.";
  expect(moneyRole(clause)).toBe("trap:fund");
});

it("still dates a completed round by its wire dateline", () => {
  const text =
    "BEIJING, June 15 (Reuters) - Chinese chipmaker Xinchip has raised $50 million in a Series B round led by Sequoia China.";
  expect(rounds(text, "2025-06-16")[0].announced).toBe("2025-06-15");
});

describe("variants of the same phrasings", () => {
  it("skips an 'updated to reflect' note", () => {
    const text =
      "Acme has raised $12 million in a Series A round led by Accel.\n\n" +
      "Correction: This article has been updated to reflect that the round was $12 million, not $21 million.";
    expect(rounds(text).map((r) => r.amount)).toEqual([12_000_000]);
  });

  it.each([
    ["Sofinnova Partners has closed its new €300 million crossover fund.", "trap:fund"],
    ["Acme raised $5 million from Founders Fund.", "round"],
    ["Acme raised $5 million in seed funding.", "round"],
  ])("%s", (clause, role) => {
    expect(moneyRole(clause)).toBe(role);
  });

  it("reads 'It led …' at a sentence's start as the firm the article opened on", () => {
    const text =
      "Sofinnova Partners, a Paris-based life sciences investor, has closed its new €300 million crossover fund. " +
      "It led a €40 million Series B in Lyon-based Cellis in January.";
    expect(rounds(text, "2025-03-05")).toMatchObject([
      { company: "Cellis", amount: 40_000_000, leads: ["Sofinnova Partners"] },
    ]);
  });
});
