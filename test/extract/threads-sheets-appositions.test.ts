import { findDates } from "../../src/extract/dates";
import { moneyRole, roundSummaries } from "./round-summary";

/**
 * Phrasings the rules first missed on a later batch of unseen articles: a founder's thread on X,
 * a sheet pasted with tabs, a round with a secondary part, a lead described as another's arm, a
 * shutdown story's failed raise.
 */
describe("a founder's thread", () => {
  const thread = [
    "1/ Some personal news: today Lommi is announcing our SEK 80M (~$7.6M) seed round 🧵",
    "",
    "2/ The round was led by @Creandum, with @Inventure joining.",
    "",
    "3/ We started in a garage in 2024 and raised a small pre-seed from @Antler_Nordic last spring.",
  ].join("\n");

  it("reads past a post's number and label to the company, and a handle as the investor", () => {
    const rounds = roundSummaries(thread, "2026-09-29");
    expect(rounds.map((r) => [r.company, r.series, r.leads, r.participants])).toEqual([
      ["Lommi", "Seed", ["Creandum"], ["Inventure"]],
      ["Lommi", "Pre-seed", [], ["Antler Nordic"]],
    ]);
  });

  it("dates a round by its own words, not the year of the verb before 'and raised'", () => {
    const rounds = roundSummaries(thread, "2026-09-29");
    expect(rounds.map((r) => r.announced)).toEqual(["2026-09-29", "2026"]);
  });

  it("keeps the year before 'and raised' when the round has no date of its own", () => {
    const text = "Lommi was set up in a garage in 2024 and raised a $2 million pre-seed round.";
    expect(roundSummaries(text, "2026-09-29").map((r) => r.announced)).toEqual(["2024"]);
  });

  it("reads an e-mail address as no investor", () => {
    const text = "Lommi raised a $2 million seed round led by Creandum. Write to jobs@Lommi.io.";
    expect(roundSummaries(text, "2026-09-29")[0].leads).toEqual(["Creandum"]);
  });
});

describe("a sheet pasted with tabs", () => {
  it("reads a date column written YYYY-MM-DD", () => {
    const sheet = [
      "Company\tStage\tAmount\tLead investor(s)\tAnnounced",
      "Heliotrope\tSeries B\t$62M\tEnergy Impact Partners\t2026-07-14",
      "Saltwick\tSeed\t€4.5M\tExtantia Capital\t2026-08-02",
    ].join("\n");
    expect(roundSummaries(sheet, "2026-10-09").map((r) => [r.company, r.announced])).toEqual([
      ["Heliotrope", "2026-07-14"],
      ["Saltwick", "2026-08-02"],
    ]);
  });

  it.each([
    ["2026-07-14", ["2026-07-14"]],
    ["2026-02-30", []],
    ["2027-01-05", []],
  ])("reads %s as %j when published 2026-10-09", (text, isos) => {
    expect(findDates(text, "2026-10-09").map((d) => d.iso)).toEqual(isos);
  });
});

describe("parts and descriptions of a round", () => {
  it("reads a secondary component as a part of the round", () => {
    expect(
      moneyRole("The round included a secondary component of about $15 million for employees."),
    ).toBe("share");
    const text =
      "Veilor has completed an $85 million Series C led by Greylock Partners. Existing investors Cyberstarts and Index Ventures also took part in the round, which included a secondary component of about $15 million for early employees.";
    expect(roundSummaries(text, "2026-10-19").map((r) => [r.amount, r.participants])).toEqual([
      [85_000_000, ["Cyberstarts", "Index Ventures"]],
    ]);
  });

  it("leaves out the owner of a lead described as its arm", () => {
    const text =
      "Tamrin has raised $45 million in a Series B round led by Sanabil Investments, the venture arm of Saudi Arabia's Public Investment Fund.";
    expect(roundSummaries(text, "2026-11-04")[0].leads).toEqual(["Sanabil Investments"]);
  });

  it("keeps a co-lead named as another's arm after 'and'", () => {
    const text =
      "Corvex raised CHF25 million in a Series A round co-led by Swisscom Ventures and the venture arm of Zürcher Kantonalbank.";
    expect(roundSummaries(text, "2026-10-13")[0].leads).toEqual([
      "Swisscom Ventures",
      "Zürcher Kantonalbank",
    ]);
  });

  it("reads 'trying to raise a Series C' as no round", () => {
    const text =
      "Halbrook had raised a $60 million Series B led by Eclipse in 2023. The company spent much of the past year trying to raise a Series C.";
    expect(roundSummaries(text, "2026-05-21").map((r) => r.series)).toEqual(["Series B"]);
  });
});
