import { extractRounds } from "../../src/extract";
import { articleSubject } from "../../src/extract/company";
import { findInvestors } from "../../src/extract/investors";
import { findSeries } from "../../src/extract/series";
import { splitSentences } from "../../src/extract/sentences";

/**
 * Phrasings of real outlets the rules first missed on a later batch of unseen articles:
 * interviews, founders' social posts, correction notes, closes in several steps, fund
 * announcements that list deals, Southeast Asian and British currency styles.
 */
const published = "2025-06-20";
const rounds = (text: string, date = published) =>
  extractRounds({ text, published: date }).rounds.map((r) => ({
    company: r.company,
    series: r.series,
    amount: r.amount?.value ?? null,
    announced: r.announced,
    leads: r.leads,
    participants: r.participants,
  }));

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
    expect(rounds(interview)).toEqual([
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
