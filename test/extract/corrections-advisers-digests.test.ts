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
