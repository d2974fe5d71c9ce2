import { combineScores, scoreArticle, type ExpectedRound } from "../../src/extract/score";
import type { ExtractedRound } from "../../src/extract/types";

const text =
  "Acme Robotics raised $5 million in a Series A led by Foo Ventures, with Bar Capital joining.";
const expected: ExpectedRound = {
  company: "Acme Robotics",
  companyAliases: ["Acme"],
  series: "Series A",
  amount: { value: 5e6, currency: "USD", qualifier: null },
  announced: null,
  leads: ["Foo Ventures|Foo"],
  participants: ["Bar Capital"],
  valuation: null,
  isCurrentRound: true,
};
const perfect: ExtractedRound = {
  company: "Acme",
  series: "Series A",
  amount: { value: 5e6, currency: "USD", qualifier: null },
  amountUsd: null,
  announced: null,
  leads: ["Foo"],
  participants: ["Bar Capital"],
  valuation: null,
  isCurrentRound: true,
  quotes: { company: text, series: text, amount: text, leads: text, participants: text },
};

describe("scoreArticle", () => {
  it("scores a perfect extraction 1, accepting aliases and alternative names", () => {
    const s = scoreArticle([perfect], [expected], text);
    expect(s.total).toEqual({ tp: 5, fp: 0, fn: 0 });
    expect(s.f1).toBe(1);
    expect(s.quotes).toEqual({ verbatim: 5, total: 5 });
    expect(s.current).toEqual({ correct: 1, total: 1 });
  });

  it("counts a wrong value as both a false positive and a false negative", () => {
    const wrong = {
      ...perfect,
      amount: { value: 5e6, currency: "USD", qualifier: "about" as const },
    };
    const s = scoreArticle([wrong], [expected], text);
    expect(s.byField.amount).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.precision).toBeCloseTo(4 / 5);
    expect(s.recall).toBeCloseTo(4 / 5);
  });

  it("counts every field of an invented round as false positives and of a missed one as false negatives", () => {
    const invented = { ...perfect, company: "Other Co" };
    const s = scoreArticle([invented], [expected], text);
    expect(s.total).toEqual({ tp: 0, fp: 5, fn: 5 });
    expect(s.f1).toBe(0);
  });

  it("scores an extra investor as a false positive and a missing one as a false negative", () => {
    const s = scoreArticle(
      [{ ...perfect, leads: ["Foo", "Baz Partners"], participants: [] }],
      [expected],
      text,
    );
    expect(s.byField.lead).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.byField.participant).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it("counts a quote that is not in the text as not verbatim", () => {
    const s = scoreArticle(
      [{ ...perfect, quotes: { ...perfect.quotes, amount: "raised five million" } }],
      [expected],
      text,
    );
    expect(s.quotes).toEqual({ verbatim: 4, total: 5 });
  });

  it("pairs rounds of the same company by series and amount", () => {
    const seriesB: ExpectedRound = {
      ...expected,
      series: "Series B",
      amount: { value: 9e6, currency: "USD", qualifier: null },
    };
    const gotB = {
      ...perfect,
      series: "Series B",
      amount: { value: 9e6, currency: "USD", qualifier: null },
    };
    const s = scoreArticle([gotB, perfect], [expected, seriesB], text);
    expect(s.total.fp).toBe(0);
    expect(s.total.fn).toBe(0);
  });
});

describe("combineScores", () => {
  it("pools the counts of every article", () => {
    const a = scoreArticle([perfect], [expected], text);
    const b = scoreArticle([], [expected], text);
    const c = combineScores([a, b]);
    expect(c.total).toEqual({ tp: 5, fp: 0, fn: 5 });
    expect(c.precision).toBe(1);
    expect(c.recall).toBe(0.5);
    expect(c.f1).toBeCloseTo(2 / 3);
  });
});
