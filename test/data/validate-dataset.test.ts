import { rawDataset } from "../../src/data/dataset";
import { loadDataset } from "../../src/data/load-dataset";
import { validateDataset } from "../../src/data/validate-dataset";

/** A deep copy of the bundled data with one change applied to its article. */
function broken(change: (source: any) => void): unknown {
  const copy = structuredClone(rawDataset) as { sources: unknown[] };
  change(copy.sources[0]);
  return copy;
}

function issuesOf(raw: unknown): string[] {
  const result = validateDataset(raw);
  return result.ok ? [] : result.issues;
}

describe("validateDataset", () => {
  it("returns the typed dataset when every record is valid", () => {
    const result = validateDataset(rawDataset);
    expect(result.ok && result.value.sources[0].rounds.map((r) => r.id)).toEqual([
      "sensetime-2017-07",
      "sensetime-c",
      "megvii-c",
    ]);
  });

  it.each([
    [
      "a missing quote",
      (d: any) => delete d.rounds[1].amount.quote,
      "rounds[1] (sensetime-c).amount.quote",
    ],
    [
      "a negative amount",
      (d: any) => (d.rounds[0].amount.amount = -410e6),
      "rounds[0] (sensetime-2017-07).amount.amount: must be more than 0",
    ],
    [
      "an unknown currency",
      (d: any) => (d.rounds[2].amount.currency = "EUR"),
      "rounds[2] (megvii-c).amount.currency: must be one of: USD, CNY",
    ],
    [
      "a date with the wrong precision",
      (d: any) => (d.rounds[0].announced.precision = "day"),
      "rounds[0] (sensetime-2017-07).announced.iso",
    ],
    [
      "a quote that is not in the article",
      (d: any) => (d.rounds[1].amount.quote = "SenseTime raised $700 million"),
      "rounds[1] (sensetime-c).amount.quote",
    ],
    [
      "a round of an unknown company",
      (d: any) => (d.rounds[2].company = "megvi"),
      "rounds[2] (megvii-c).company: unknown company 'megvi'",
    ],
    [
      "a lead that is not an investor",
      (d: any) => (d.rounds[1].leads.investors = ["alibab"]),
      "rounds[1] (sensetime-c).leads: unknown investor 'alibab'",
    ],
    [
      "a duplicate id",
      (d: any) => (d.investors[1].id = "alibaba"),
      "investors[1] (alibaba).id: duplicates the id of investors[0]",
    ],
    [
      "a partner count that is no whole number",
      (d: any) => (d.companies[0].partnerCount.count = 400.5),
      "companies[0] (sensetime).partnerCount.count: must be a whole number",
    ],
    [
      "a partner count of 0",
      (d: any) => (d.companies[0].partnerCount.count = 0),
      "companies[0] (sensetime).partnerCount.count: must be more than 0",
    ],
    [
      "a target year that is no whole number",
      (d: any) => (d.macro[0].year = 2030.5),
      "macro[0] (china-ai-2030).year: must be a whole number",
    ],
    [
      "a target year past what a number holds exactly",
      (d: any) => (d.macro[0].year = 2 ** 60),
      "macro[0] (china-ai-2030).year: must be a whole number",
    ],
    [
      "an analyst's entry flagged other than true",
      (d: any) => {
        delete d.rounds[1].amount.quote;
        d.rounds[1].amount.enteredByAnalyst = "yes";
      },
      "rounds[1] (sensetime-c).amount.enteredByAnalyst: must be true",
    ],
    [
      "an unknown bound",
      (d: any) => (d.rounds[1].postMoneyValuation.bound = "about"),
      "rounds[1] (sensetime-c).postMoneyValuation.bound: must be one of: exact, atLeast",
    ],
    [
      "an unknown date precision",
      (d: any) => (d.rounds[0].announced.precision = "week"),
      "rounds[0] (sensetime-2017-07).announced.precision: must be one of: year, month, day",
    ],
    [
      "a list's completeness given as text",
      (d: any) => (d.rounds[1].leads.complete = "yes"),
      "rounds[1] (sensetime-c).leads.complete: must be true or false",
    ],
    [
      "a round with an empty list of leads",
      (d: any) => (d.rounds[1].leads.investors = []),
      "rounds[1] (sensetime-c).leads.investors: needs at least 1 item(s)",
    ],
    [
      "a company whose name is only spaces",
      (d: any) => (d.companies[1].name = "   "),
      "companies[1] (megvii).name: is empty",
    ],
    [
      "a series that is no letter",
      (d: any) => (d.rounds[1].series.letter = "Series C"),
      'rounds[1] (sensetime-c).series.letter: a series is a letter, maybe with a number: "C", "C1"',
    ],
  ])("rejects %s, naming the record and field and what is wrong", (_, change, where) => {
    const issues = issuesOf(broken(change));
    expect(issues).toContainEqual(expect.stringContaining(where));
  });

  it("rejects data that is not a dataset at all", () => {
    expect(issuesOf(null)).toEqual([expect.stringMatching(/^dataset: /)]);
  });
});

describe("loadDataset", () => {
  it("throws with every issue listed when a record is broken", () => {
    const raw = broken((d) => (d.rounds[0].amount.amount = 0));
    expect(() => loadDataset(raw)).toThrow(/rounds\[0\] \(sensetime-2017-07\)\.amount\.amount/);
  });
});
