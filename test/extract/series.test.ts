import { findSeries } from "../../src/extract/series";

const labels = (text: string) => findSeries(text).map((s) => s.label);

describe("findSeries", () => {
  it.each([
    ["in its Series C round", "Series C"],
    ["a Series B+ round", "Series B+"],
    ["a Series A+ financing", "Series A+"],
    ["a Series A1 round", "Series A1"],
    ["in a B round led by", "Series B"],
    ["completed a B+ round of financing", "Series B+"],
    ["a pre-Series A round", "Pre-A"],
    ["a pre-A round of financing", "Pre-A"],
    ["an angel round", "Angel"],
    ["in angel financing", "Angel"],
    ["an undisclosed seed round", "Seed"],
    ["in seed funding", "Seed"],
    ["a $500,000 pre-seed round", "Pre-seed"],
    ["a strategic investment of RMB 200 million", "Strategic"],
    ["a strategic financing round", "Strategic"],
    ["a pre-IPO round", "Pre-IPO"],
    ["an angel-plus round of financing", "Angel+"],
    ["a seed+ round", "Seed+"],
    ["Fernhill Bio (Cambridge, UK) - £6.5m seed, led by Ahren", "Seed"],
    ["we just closed our $4M seed!", "Seed"],
    ["to issue new shares of Class C preferred stock through a third-party allotment", "Series C"],
  ])("reads %j as %s", (text, label) => {
    expect(labels(text)).toEqual([label]);
  });

  it("does not read words that only look like round names", () => {
    expect(
      labels("A round of applause for angel investor Naval Ravikant and seed-stage ideas"),
    ).toEqual([]);
    expect(labels("Northlight closed a $150 million seed fund for climate startups")).toEqual([]);
    expect(labels("It raised $2m. Seed investors were paid back")).toEqual([]);
    expect(labels("with participation from Ireland Strategic Investment Fund")).toEqual([]);
    expect(labels("holders of its Class A common stock")).toEqual([]);
    expect(labels("Acme Closes Strategic Investment From Toyota")).toEqual(["Strategic"]);
  });
});
