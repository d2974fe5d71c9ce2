import { extractRounds } from "../../src/extract";
import { CompanyRegistry } from "../../src/extract/company";
import { findInvestors } from "../../src/extract/investors";
import { findSeries } from "../../src/extract/series";
import { roundSummaries } from "./round-summary";

/**
 * Phrasings the rules first missed on a batch of unseen articles written after the rules had been
 * read: a wire's appended correction, a law firm's note on a client's round, a yuan round under a
 * registered Chinese name, a column's raise in talks, a digest of dash bullets.
 */
describe("a wire with its correction", () => {
  it("reads the correction note as no part of the story", () => {
    const text = [
      "(Corrects paragraph 2 to show the round was led by Accel, not Index Ventures)",
      "",
      "Dec 2 (Reuters) - Parcelwise said on Tuesday it had raised $30 million in a Series B.",
      "",
      "The round was led by Accel, with participation from Index Ventures.",
    ].join("\n");
    const rounds = roundSummaries(text, "2026-12-02");
    expect(rounds.map((r) => [r.leads, r.participants, r.announced, r.isCurrentRound])).toEqual([
      [["Accel"], ["Index Ventures"], "2026-12-01", true],
    ]);
  });

  it('drops the name after "not" from a list', () => {
    expect(findInvestors("a round led by Accel, not Index Ventures.", true).leads).toEqual([
      "Accel",
    ]);
  });
});

describe("a law firm's note on a client's round", () => {
  const text = [
    "Latham Advises Brightmoor on $45 Million Series C Financing",
    "",
    "Latham advised Brightmoor, a maker of grid batteries, on its $45 million Series C financing. The round was led by Energy Impact Partners.",
    "",
    "The Latham team was led by partners Ana Ruiz and Ben Cole and included associate Dev Shah.",
  ].join("\n");

  it("gives the round to the client, not the adviser, and its team to no round", () => {
    const rounds = roundSummaries(text, "2026-12-03");
    expect(rounds.map((r) => [r.company, r.amount, r.leads, r.participants])).toEqual([
      ["Brightmoor", 45e6, ["Energy Impact Partners"], []],
    ]);
  });
});

describe("investors in talks and in a possessive", () => {
  it('reads "is understood to be leading" and "expected to take up its pro-rata allocation"', () => {
    const found = findInvestors(
      "Square Peg Capital is understood to be leading the round, with existing backer Blackbird Ventures expected to take up its pro-rata allocation.",
      true,
    );
    expect(found).toEqual({ leads: ["Square Peg Capital"], participants: ["Blackbird Ventures"] });
  });

  it("reads a lead of a round named by a company's two-word possessive", () => {
    const found = findInvestors("Fieldstone is leading Harbor Loop's $14 million Series A.", true);
    expect(found.leads).toEqual(["Fieldstone"]);
  });
});

describe("a registered Chinese name", () => {
  it("is one company with the name it goes by", () => {
    const registry = new CompanyRegistry();
    const short = registry.add("Qingneng");
    const full = registry.add("Shenzhen Qingneng New Energy Technology Co. Ltd.");
    expect(full).toBe(short);
    expect(full.name).toBe("Shenzhen Qingneng New Energy Technology Co. Ltd.");
    expect(registry.find("Qingneng")).toBe(full);
  });

  it("does not join two companies of one city", () => {
    const registry = new CompanyRegistry();
    const one = registry.add("Shenzhen Qingneng New Energy Technology Co. Ltd.");
    expect(registry.add("Shenzhen Capital Group")).not.toBe(one);
  });
});

describe("a digest of dash bullets", () => {
  const digest = [
    "Deal count was up this week, and so were the hedges in the rounds below.",
    "",
    "— Quillery raised CHF 7m (Seed) from Lakestar, Wingman Ventures",
    "— Mossline raised about €30m (Series B) from Eurazeo",
  ].join("\n");

  it("dates each item by the week the introduction names, and reads '(Seed)' as the round", () => {
    const rounds = roundSummaries(digest, "2026-12-04");
    expect(rounds.map((r) => [r.company, r.series, r.announced, r.participants])).toEqual([
      ["Quillery", "Seed", "2026-12", ["Lakestar", "Wingman Ventures"]],
      ["Mossline", "Series B", "2026-12", ["Eurazeo"]],
    ]);
  });

  it('reads "(Seed)" only after a figure', () => {
    expect(findSeries("raised CHF 7m (Seed) from")[0]?.label).toBe("Seed");
    expect(findSeries("the accelerator (Seed) programme")).toEqual([]);
  });
});

describe("a venture firm's own post", () => {
  const post = [
    "Today we're thrilled to announce that Larchwood is leading Pinecrest's $9 million Series A, alongside Precursor Ventures.",
    "",
    "We first met the founders in 2023, when Pinecrest was two people.",
    "",
    "We backed them at pre-seed that summer, writing a $1 million check.",
  ].join("\n");

  it("names the firm for 'we', dates 'that summer' by the year before, and reads the cheque as its part", () => {
    const rounds = roundSummaries(post, "2026-12-01");
    expect(
      rounds.map((r) => [
        r.series,
        r.amount,
        r.announced,
        r.leads,
        r.participants,
        r.isCurrentRound,
      ]),
    ).toEqual([
      ["Series A", 9e6, "2026-12-01", ["Larchwood"], ["Precursor Ventures"], true],
      ["Pre-seed", null, "2023", [], ["Larchwood"], false],
    ]);
  });

  it("quotes 'we' with the sentence that names the firm", () => {
    const round = extractRounds({ text: post, published: "2026-12-01" }).rounds[1];
    expect(round.quotes.participants).toContain("Larchwood is leading");
    expect(post).toContain(round.quotes.participants);
  });
});

describe("a year counted from the sentence before", () => {
  it("dates 'two years earlier' and 'a year later' from the year last named", () => {
    const text =
      "Halden raised a $40 million Series B led by Eclipse in 2023. Lux Capital led its $15 million Series A two years earlier.";
    expect(roundSummaries(text, "2026-10-01").map((r) => [r.series, r.announced])).toEqual([
      ["Series B", "2023"],
      ["Series A", "2021"],
    ]);
    const later =
      "Halden raised a $15 million Series A in 2021. A year later, it closed a $40 million Series B.";
    expect(roundSummaries(later, "2026-10-01").map((r) => [r.series, r.announced])).toEqual([
      ["Series A", "2021"],
      ["Series B", "2022"],
    ]);
  });
});

describe("a programme of a handle", () => {
  it("reads '@Firm' Scout programme' as the firm", () => {
    const found = findInvestors(
      "The round was led by @Creandum, with @Inventure, @LuminarVentures' Scout programme and angels joining.",
      true,
    );
    expect(found.participants).toEqual(["Inventure", "LuminarVentures"]);
  });
});
