import { extractRounds } from "../../src/extract";
import { normalizeText } from "../../src/extract/normalize-text";
import { roundSummaries } from "./round-summary";

/**
 * Pastes that carry their source's layout: text copied out of a PDF (hard line breaks, words
 * hyphenated across lines, footnote markers), an e-mail's quoted reply, a post's "Thrilled to
 * announce that …", typographic hyphens.
 */
describe("text copied out of a PDF", () => {
  const pdf = [
    "Brenna Thermal, a Bergen-based maker of heat storage for",
    "factories, closed a €20 million Series A in March 2024.¹",
    "The round was led by Norrsken VC, with partici-",
    "pation from Alliance Ventures and Kvanted",
    "Partners. Existing investor Aker Horizons also joined,",
    "and the money values the company at €80 mil-",
    "lion post-money.² Brenna will build a plant with the",
    "proceeds of the round and its fund-",
    "raising from grants.",
    "",
    "It raised a €4 million seed round in",
    "2021 led by Voima Ventures.[3] Sales rose sharply in",
    "2023, the company said.",
  ].join("\n");

  it("reads a name wrapped across two lines and a word hyphenated across them", () => {
    const [round] = roundSummaries(pdf, "2024-04-10");
    expect(round.leads).toEqual(["Norrsken VC"]);
    expect(round.participants).toEqual(["Alliance Ventures", "Kvanted Partners", "Aker Horizons"]);
  });

  it("reads a figure hyphenated across lines, past a footnote marker", () => {
    const [round] = extractRounds({ text: pdf, published: "2024-04-10" }).rounds;
    expect(round.valuation).toEqual({
      value: 80_000_000,
      currency: "EUR",
      qualifier: null,
      basis: "post-money",
    });
    expect(pdf).toContain(round.quotes.valuation);
  });

  it("dates an earlier round whose year opens the next line, past a bracketed footnote", () => {
    const rounds = roundSummaries(pdf, "2024-04-10");
    expect(rounds[1]).toMatchObject({
      series: "Seed",
      announced: "2021",
      leads: ["Voima Ventures"],
    });
  });

  it("keeps the line breaks of text that is not wrapped", () => {
    const list = "Deals this week\nAcme raised $5 million\nBirch raised $3 million";
    expect(normalizeText(list).text).toBe(list);
  });

  it("keeps a hyphen that joins words across a line break", () => {
    expect(normalizeText("a pre-\nmoney valuation").text).toBe("a pre-\nmoney valuation");
    expect(normalizeText("its fund-\nraising").text).toBe("its fundraising");
  });
});

describe("an e-mail with a quoted reply", () => {
  const email = [
    "Team - see below. Can someone add it to the tracker?",
    "",
    "On Mon, Oct 7, 2024 at 6:02 PM Ana Ruiz <ana@example.com> wrote:",
    "> Hi all,",
    ">",
    "> Happy to share that Tollgate has signed a term sheet for a $9 million Series A led by",
    "> Foundry Group. Uncork Capital is also participating, and we expect to close by the end",
    "> of the month.",
  ].join("\n");

  it("reads the quoted lines without their quote marks, as the wrapped sentences they are", () => {
    const [round] = roundSummaries(email, "2024-10-08");
    expect(round).toMatchObject({
      company: "Tollgate",
      series: "Series A",
      amount: 9_000_000,
      leads: ["Foundry Group"],
    });
  });

  it("reads every name before 'are also participating'", () => {
    const text =
      "Tollgate raised $9 million. Uncork Capital and Hustle Fund are also participating.";
    expect(roundSummaries(text, "2024-10-08")[0].participants).toEqual([
      "Uncork Capital",
      "Hustle Fund",
    ]);
  });

  it("keeps a lone '>' that means 'more than'", () => {
    expect(normalizeText("> $5M rounds\n> $10M rounds").text).toBe("> $5M rounds\n> $10M rounds");
  });
});

describe("a founder's post", () => {
  it("takes the company after 'Thrilled to announce that', not the feeling", () => {
    const post = "🚀 Thrilled to announce that Lumen Grid has raised $4M in seed funding! 🎉";
    expect(roundSummaries(post, "2025-06-03")[0].company).toBe("Lumen Grid");
  });

  it("reads a non-breaking hyphen in 'post‑money'", () => {
    const text = "Acme raised $5 million at a $30\u00A0million post\u2011money valuation.";
    expect(extractRounds({ text, published: "2025-06-03" }).rounds[0].valuation?.basis).toBe(
      "post-money",
    );
  });
});

describe("a financing history copied from a database profile", () => {
  const page = [
    "Corvane Therapeutics",
    "Biotechnology | Boston, MA",
    "Financing history (2 deals)",
    "",
    "Deal Type\tDeal Date\tDeal Size\tLead Investor(s)\tOther Investors",
    "Series A\t10-Jan-2025\t$30M\tThird Rock Ventures\tF-Prime Capital, GV",
    "Seed\t04-Jun-2022\t$6M\tF-Prime Capital\t",
  ].join("\n");

  it("gives its rows the company named above the table", () => {
    const rounds = roundSummaries(page, "2025-02-01");
    expect(rounds.map((r) => [r.company, r.series, r.amount, r.announced, r.leads])).toEqual([
      ["Corvane Therapeutics", "Series A", 30_000_000, "2025-01-10", ["Third Rock Ventures"]],
      ["Corvane Therapeutics", "Seed", 6_000_000, "2022-06-04", ["F-Prime Capital"]],
    ]);
    expect(rounds[0].participants).toEqual(["F-Prime Capital", "GV"]);
  });

  it("reports only the latest row as the news", () => {
    expect(roundSummaries(page, "2025-02-01").map((r) => r.isCurrentRound)).toEqual([true, false]);
  });

  it("reads no rows when no line above names a company", () => {
    const bare = page.split("\n").slice(3).join("\n");
    expect(roundSummaries(bare, "2025-02-01")).toEqual([]);
  });
});

describe("a chat thread", () => {
  const thread = [
    "#deals",
    "",
    "Maya Cohen  10:02 AM",
    "did you see Tessel's raise?",
    "",
    "Omar Said  10:04 AM",
    "$12M Series A, Accel leading. Point Nine also in it per the press release",
  ].join("\n");

  it("reads an answer's round as the company asked about, past the speakers' names", () => {
    const [round] = roundSummaries(thread, "2025-11-04");
    expect(round).toMatchObject({ company: "Tessel", series: "Series A", amount: 12_000_000 });
  });

  it("reads 'X leading' as the lead and 'Y also in it' as joining", () => {
    const [round] = roundSummaries(thread, "2025-11-04");
    expect([round.leads, round.participants]).toEqual([["Accel"], ["Point Nine"]]);
  });

  it("reads 'their seed back in 2023 ($3M from YC + angels)' as a seed round from YC", () => {
    const text = "Tessel raised $12M. We passed on their seed back in 2023 ($3M from YC + angels).";
    expect(roundSummaries(text, "2025-11-04")[1]).toMatchObject({
      series: "Seed",
      amount: 3_000_000,
      announced: "2023",
      participants: ["YC"],
    });
  });

  it("leaves out speaker lines only in a chat, where two or more of them head messages", () => {
    expect(normalizeText("Omar Said  10:04 AM\nhello").text).toBe("Omar Said 10:04 AM\nhello");
    expect(normalizeText(thread).text).not.toContain("Omar Said");
  });
});
