import { extractRounds } from "../../src/extract";
import { companyCue } from "../../src/extract/company";
import { findDates } from "../../src/extract/dates";
import { findInvestors, listAt } from "../../src/extract/investors";
import { findMoney } from "../../src/extract/money";
import { moneyRole, roundSummaries } from "./round-summary";

/**
 * Phrasings of real outlets the rules first missed on articles written after them: press
 * releases, reported talks, a round in the third paragraph, Chinese-English briefs, emoji
 * digests, extensions, German-English wire copy, equity-plus-debt packages, pasted pages.
 */
const cueAt = (clause: string, marker = "$") => companyCue(clause, clause.indexOf(marker));
const roleOf = (clause: string) => moneyRole(clause);
const published = "2025-05-08";
const rounds = (text: string, date = published) => roundSummaries(text, date);

describe("the company of a round", () => {
  it.each([
    [
      "36Kr has learned that Lingxi Dynamics, a Shenzhen-based developer of robotic hands, recently completed an A+ round of $30 million",
      "Lingxi Dynamics",
    ],
    [
      "Stackyard went through Y Combinator's Winter 2021 batch and raised a $3 million seed round",
      "Stackyard",
    ],
    [
      "Brightnest, the Amsterdam proptech, cut 20% of its staff on Tuesday, three months after announcing a €35M Series B",
      "Brightnest",
    ],
    [
      "Munich, 21.11.2024 - Voltwerk, a Munich-based developer, has collected 20 million euros",
      "Voltwerk",
    ],
    ["🌾 Krishiyantra - Bengaluru, agri-robotics - ₹60 crore ($7.2M) Series A.", "Krishiyantra"],
    ["Zolve (fintech): $15M Series A led by Accel.", "Zolve"],
  ])("%j is raised by %j", (clause, name) => {
    expect(cueAt(clause, /[$€₹]|20 million/.exec(clause)?.[0])).toEqual({ kind: "name", name });
  });

  it.each([
    ["Bengaluru-based Kiranaworks mops up $10 Mn in Series A round", "Kiranaworks"],
    ["Lumen Labs nets $5M seed round led by Precursor Ventures.", "Lumen Labs"],
    ["Hauler, a freight app, hauled in $30 million in Series B funding", "Hauler"],
    ["Quanta scored $12 million in seed funding from Lux Capital", "Quanta"],
    ["Skyward Robotics grabbed $7 million in seed money", "Skyward Robotics"],
    ["Voxa, the voice AI startup, has banked $18 million in new funding", "Voxa"],
  ])("reads the outlets' verbs for raising: %j", (clause, name) => {
    expect(cueAt(clause)).toEqual({ kind: "name", name });
  });

  it("reads no company from a section label without a sector in brackets", () => {
    expect(cueAt("Health: $5M for nobody.").kind).not.toBe("name");
  });

  it("takes the name in apposition to 'the company'", () => {
    expect(cueAt("The San Francisco company, Anysphere, closed a $60 million Series A")).toEqual({
      kind: "name",
      name: "Anysphere",
    });
  });

  it("reads a sentence adverb as no name: 'Now, the startup …' refers back", () => {
    expect(cueAt("Now, the San Francisco-based startup has raised a $28 million Series B")).toEqual(
      { kind: "anaphora" },
    );
    expect(cueAt("Previously, the startup raised $1.5 Mn in a seed round")).toEqual({
      kind: "anaphora",
    });
  });

  it("refers 'the startup' to the company the sentences are about when no round named it", () => {
    const text =
      "Stackyard wants to fix the lumber yard. Stackyard thinks it can. Now, the startup has raised a $28 million Series B led by Sands Capital.";
    expect(rounds(text).map((r) => [r.company, r.amount])).toEqual([["Stackyard", 28_000_000]]);
    // No name stands out: the round stays unassigned rather than guessed.
    const unclear = "Acme builds tools. Birch sells them. The startup has raised $5 million.";
    expect(rounds(unclear)).toEqual([]);
  });
});

describe("investors", () => {
  it("keeps 'and' inside an agency's or a company's name", () => {
    expect(listAt("Shanghai Science and Technology Venture Capital and Legend Capital.")).toEqual([
      "Shanghai Science and Technology Venture Capital",
      "Legend Capital",
    ]);
    expect(findInvestors("The extension was led by Eli Lilly and Company.", true).leads).toEqual([
      "Eli Lilly and Company",
    ]);
  });

  it.each([
    [
      "Eurazeo led, with Bpifrance and Expansion Ventures chipping in.",
      ["Eurazeo"],
      ["Bpifrance", "Expansion Ventures"],
    ],
    [
      "The round was led by Legend Capital, with old shareholders Qiming Venture Partners and Shunwei Capital continuing to increase their holdings.",
      ["Legend Capital"],
      ["Qiming Venture Partners", "Shunwei Capital"],
    ],
    [
      "It was led by Eli Lilly, with new investors Alexandria Venture Investments and Samsara BioCapital joining alongside existing backers Sofinnova Partners and 5AM Ventures.",
      ["Eli Lilly"],
      [
        "Alexandria Venture Investments",
        "Samsara BioCapital",
        "Sofinnova Partners",
        "5AM Ventures",
      ],
    ],
    [
      "Also participating in the equity round were Breakthrough Energy Ventures and prior investors Congruent Ventures and Energize Capital.",
      [],
      ["Breakthrough Energy Ventures", "Congruent Ventures", "Energize Capital"],
    ],
    [
      "Investors: Hoxton Ventures (lead), Seedcamp, Portage.",
      ["Hoxton Ventures"],
      ["Seedcamp", "Portage"],
    ],
    ["Lead: Stellaris Venture Partners.", ["Stellaris Venture Partners"], []],
    ["Also in: Omnivore, Better Capital.", [], ["Omnivore", "Better Capital"]],
    [
      "The EIC Fund of the European Commission and UVC Partners also took part in the round.",
      [],
      ["EIC Fund", "UVC Partners"],
    ],
    [
      "Accel also invested, as did Y Combinator and Initialized Capital.",
      [],
      ["Accel", "Y Combinator", "Initialized Capital"],
    ],
  ])("%j", (clause, leads, participants) => {
    expect(findInvestors(clause, true)).toEqual({ leads, participants });
  });

  it("reads 'X and Y were among the investors' and a participant later named lead", () => {
    const among =
      "Kula Bio raised $50 million in Series A funding. Thiel Capital and Cavallo Ventures were among the investors.";
    expect(rounds(among)[0].participants).toEqual(["Thiel Capital", "Cavallo Ventures"]);
    const promoted =
      "Ordway raised $11 million from Vertex Ventures and Stripe. Stripe led the round.";
    expect(rounds(promoted)[0]).toEqual(
      expect.objectContaining({ leads: ["Stripe"], participants: ["Vertex Ventures"] }),
    );
  });

  it.each([
    [
      "Sequoia Capital has led a $30 million Series B in Nova Credit, the firm said.",
      ["Sequoia Capital"],
      [],
    ],
    [
      "a Series B round co-led by existing investors Andreessen Horowitz (a16z) and former GitHub CEO Nat Friedman and entrepreneur Daniel Gross.",
      ["Andreessen Horowitz", "Nat Friedman", "Daniel Gross"],
      [],
    ],
  ])("%j", (clause, leads, participants) => {
    expect(findInvestors(clause, true)).toEqual({ leads, participants });
  });

  it("counts 'X, which led the Series A, also participated' in the new round, not as a new round", () => {
    const text =
      "Stackyard has raised a $28 million Series B led by Sands Capital. Felicis, which led the company's Series A, also participated, as did Y Combinator.";
    expect(rounds(text)).toEqual([
      expect.objectContaining({
        series: "Series B",
        leads: ["Sands Capital"],
        participants: ["Felicis", "Y Combinator"],
      }),
    ]);
  });

  it("reads the earlier round inside the aside and the new investor around it", () => {
    const text =
      "Koala Robotics has raised A$40 million in a Series B led by Blackbird Ventures. Airtree Ventures, which led Koala's A$9 million Series A in 2020, also invested.";
    expect(rounds(text, "2022-07-27")).toEqual([
      expect.objectContaining({ series: "Series B", participants: ["Airtree Ventures"] }),
      expect.objectContaining({
        series: "Series A",
        leads: ["Airtree Ventures"],
        announced: "2020",
      }),
    ]);
  });
});

describe("links to other stories", () => {
  it("skips headlines under 'More TechCrunch', 'Latest' or 'Up next', and another company's round in a link that names this one", () => {
    const text =
      "Acme has raised $5 million in a seed round led by Accel, it said on Monday.\n\nMore TechCrunch\nSierra raises $175M at a $4.5B valuation\nAcme rival Birch lands $20M Series A\nAcme's $2 million pre-seed (2022)\n\nLatest\nOpenAI closes $6.6 billion round";
    expect(rounds(text).map((r) => [r.company, r.amount])).toEqual([
      ["Acme", 5_000_000],
      ["Acme", 2_000_000],
    ]);
  });
});

describe("ranges", () => {
  it("keeps a range as 'at least' its lower figure, never as a second figure", () => {
    const text =
      "Perplexity is raising $250 million at a valuation of $2.5 billion to $3 billion, Bloomberg reported.";
    expect(rounds(text)).toEqual([
      expect.objectContaining({ amount: 250_000_000, valuation: 2_500_000_000 }),
    ]);
    expect(extractRounds({ text, published }).rounds[0].valuation?.qualifier).toBe("more than");
    expect(findMoney("raising between $20m and $25m").map((m) => [m.value, m.qualifier])).toEqual([
      [20_000_000, "more than"],
    ]);
  });

  it("keeps both figures of a change", () => {
    expect(findMoney("lifting its valuation by $2 billion to $6 billion")).toHaveLength(2);
    expect(findMoney("valuation rose from $1bn to $3bn")).toHaveLength(2);
  });
});

describe("money that is not a round", () => {
  it("reads a 'buy-now-pay-later company' as no acquisition", () => {
    expect(roleOf("Buy-now-pay-later company Klarna raised $800 million in a round.")).toBe(
      "round",
    );
  });

  it.each([
    [
      "Startups applying artificial intelligence to drug discovery raised more than $5.6 billion in the first five months of this year.",
      "trap:market",
    ],
    [
      "Elsewhere, the sector drew $2.3 billion in venture funding in the first quarter.",
      "trap:market",
    ],
    ["Investors poured $2.5 billion into grid-edge startups last year.", "trap:market"],
    ["Gridmint has raised $120 million in a mix of equity and debt.", "trap:financials"],
    [
      "A start-up had to file for insolvency after a planned financing round of more than 100 million euros fell through.",
      "trap:potential",
    ],
    [
      "It has now raised more than $170 million in equity since its 2019 founding.",
      "trap:cumulative",
    ],
    [
      "Tessl raised $125 million across seed and Series A rounds led by Index Ventures.",
      "trap:cumulative",
    ],
    ["Tiger Global said it has raised $6 billion for its new fund this week.", "trap:fund"],
  ])("%j is %s", (clause, role) => {
    expect(roleOf(clause)).toBe(role);
  });

  it("still reads a corporate's investment in one company as that company's round", () => {
    expect(roleOf("Investors invested $20 million in Acme Robotics in a Series A.")).toBe("round");
    expect(roleOf("Acme raised $5M in a Founders Fund-led round.")).toBe("round");
  });

  it("reads 'collected 20 million euros in fresh capital' and 'raked in $20 million' as rounds", () => {
    expect(roleOf("Voltwerk has collected 20 million euros in fresh capital.")).toBe("round");
    expect(roleOf("Rivo has raked in $20 million, it said.")).toBe("round");
  });
});

describe("rounds, dates and references", () => {
  it("opens no round for a round name used as a reference point or a failed raise", () => {
    const text =
      "Acme raised $28 million in a Series B. Its chief said the valuation was up from the Series A. Rival Birch shut down after failing to raise a Series B.";
    expect(rounds(text).map((r) => r.series)).toEqual(["Series B"]);
  });

  it("makes a round 'N months after' another event an earlier one, not dated by that event", () => {
    const text =
      "Brightnest, the Amsterdam proptech, cut 20% of its staff on Tuesday, three months after announcing a €35M Series B led by Northzone.";
    expect(rounds(text)).toEqual([
      expect.objectContaining({ company: "Brightnest", announced: null, isCurrentRound: false }),
    ]);
  });

  it("keeps a round the text gives only by its valuation", () => {
    const text =
      "Helixa is in talks to raise $250 million. The Boston-based company was valued at $650 million in a 2023 funding round led by Index Ventures.";
    expect(rounds(text, "2025-06-18")[1]).toEqual(
      expect.objectContaining({
        company: "Helixa",
        amount: null,
        valuation: 650_000_000,
        announced: "2023",
        leads: ["Index Ventures"],
        isCurrentRound: false,
      }),
    );
  });

  it("dates a round from an aside about it and from 'announced the deal Thursday'", () => {
    const aside =
      "Corvane raised a $42 million Series B today. It follows the Company's $15 million Series A, which was led by Lux Capital in 2022, and brings its total to $61 million.";
    expect(rounds(aside, "2025-03-12")[1]).toEqual(
      expect.objectContaining({ series: "Series A", announced: "2022", leads: ["Lux Capital"] }),
    );
    // An aside about something else still dates nothing.
    const other = "Acme raised $50 million, which doubled its valuation from 2021, in a Series C.";
    expect(rounds(other, "2024-01-10")[0].announced).toBeNull();
    const deal =
      "Gridmint has raised $85 million of Series C equity led by Generation Investment Management. The Denver-based company announced the deal Thursday.";
    expect(rounds(deal, "2024-03-14")[0].announced).toBe("2024-03-14");
  });

  it("dates a round-up's numbered items by the week its introduction names", () => {
    const text =
      "Here's our list of the largest venture rounds announced in the U.S. this week.\n\n1. Voltaic Silicon, $220M, semiconductors: Voltaic Silicon raised a $220 million Series C.\n\n2. Sentry Forge, $150M, defense: Sentry Forge closed a $150 million Series B.";
    expect(rounds(text, "2024-03-15").map((r) => [r.company, r.announced])).toEqual([
      ["Voltaic Silicon", "2024-03"],
      ["Sentry Forge", "2024-03"],
    ]);
  });

  it("reads 'the firm' in an investor's place as the investor the article is about", () => {
    const text =
      "Sequoia Capital India has been busy this summer. The firm led a $20 million Series A round in Bengaluru-based startup Shipmate in July.";
    expect(rounds(text, "2021-08-20")).toEqual([
      expect.objectContaining({ company: "Shipmate", leads: ["Sequoia Capital India"] }),
    ]);
    // Not in a sentence about another company's round.
    const other =
      "Sequoia Capital has been busy. Acme raised $20 million in a Series A. The firm also invested in Birch last year.";
    expect(rounds(other)[0].participants).toEqual([]);
  });

  it("reads 'later that year' as the year named before it", () => {
    expect(
      findDates(
        "went through the Winter 2021 batch and raised a seed round later that year.",
        "2024-09-10",
      ).map((d) => d.iso),
    ).toEqual(["2021"]);
  });
});
