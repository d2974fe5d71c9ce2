import { extractRounds } from "../../src/extract";
import { articleSubject } from "../../src/extract/company";
import { introducedName } from "../../src/extract/introduced-company";

const run = (text: string, published = "2026-11-27") => extractRounds({ text, published });

/** Sentences as the extractor splits them, for articleSubject. */
function spans(sentences: string[]) {
  let start = 0;
  return sentences.map((text) => {
    const span = { start, end: start + text.length, text };
    start = span.end + 1;
    return span;
  });
}

describe("a company introduced in apposition owns the next sentence's 'it'", () => {
  it("reads the name a sentence opens on before an apposition and a verb", () => {
    expect(introducedName("Fernlight, a legal-drafting assistant, let go of 40 people.")).toBe(
      "Fernlight",
    );
    expect(introducedName("Parcelwise, which sells AI agents to shops, cut 60 jobs.")).toBe(
      "Parcelwise",
    );
    expect(introducedName("Fernlight let go of 40 people.")).toBeNull();
    expect(introducedName("In March, Fernlight, a legal app, let go of staff.")).toBeNull();
  });

  it("gives each company of a walk-through its own earlier round", () => {
    const text = [
      "Quillbase, the AI note-taking app, laid off 35% of its staff. The company was valued at $1.8 billion when it raised a $200 million Series C led by Tiger Global in January 2024.",
      "Fernlight, a legal-drafting assistant, let go of 40 people. Its $40 million Series A in March 2024 was led by Andreessen Horowitz.",
      "Scribepath, an AI sales-email startup, is shutting down. Scribepath, a San Francisco startup, had raised $22 million in total.",
    ].join("\n\n");
    const rounds = run(text).rounds.map((r) => [r.company, r.series]);
    expect(rounds).toEqual([
      ["Quillbase", "Series C"],
      ["Fernlight", "Series A"],
    ]);
  });
});

describe("subsidies, vouchers and rebates are not rounds", () => {
  it.each([
    "Eligible companies can receive subsidies of up to RMB 10 million a year, the ministry said.",
    "Small firms will get compute vouchers worth up to $2 million each.",
    "Buyers can claim rebates of $7,500 per vehicle.",
  ])("%s", (sentence) => {
    expect(run(`Policy update\n\n${sentence}`).rounds).toEqual([]);
  });

  it("still reads a round beside a subsidy programme", () => {
    const text =
      "Lumen Robotics raised $30 million in a Series A led by Accel on Monday. It also won state subsidies for its factory.";
    expect(run(text).rounds.map((r) => r.amount?.value)).toEqual([30000000]);
  });
});

describe("a short name counts for the longer names it opens", () => {
  it("makes the company the article's subject when its openings are split between two names", () => {
    const subject = articleSubject(
      spans([
        "Korvo Labs launches Meridian 2.",
        "Korvo Labs on Tuesday released a model.",
        "Korvo is training its next model.",
        "Korvo plans to release a speech model.",
      ]),
    );
    expect(subject?.name).toBe("Korvo");
  });

  it("reads 'the startup, which raised … last year' as that company's earlier round", () => {
    const text = [
      "Korvo Labs launches Meridian 2, a reasoning model",
      "Korvo Labs on Tuesday released Meridian 2, a family of models.",
      "The startup, which raised $300 million last year in a round led by Lightspeed Venture Partners, has about 140 employees.",
      "Korvo is training its next model. Korvo plans to release a speech model.",
    ].join("\n\n");
    const [round, ...rest] = run(text, "2026-11-18").rounds;
    expect(rest).toEqual([]);
    expect(round?.company).toBe("Korvo");
    expect(round?.announced).toBe("2025");
    expect(round?.isCurrentRound).toBe(false);
  });
});
