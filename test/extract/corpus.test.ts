import { extractRounds } from "../../src/extract";
import { combineScores, scoreArticle } from "../../src/extract/score";
import { loadCorpus } from "./corpus";

/**
 * Golden files: every corpus article's text beside its hand labels (the .json), scored field by
 * field. Tuning articles must match their labels; held-out articles were never tuned on, so only
 * the pooled figure and the no-invention rules below apply to them.
 */
const corpus = loadCorpus();
const run = (a: (typeof corpus)[number]) =>
  extractRounds({ text: a.text, published: a.published, headline: a.headline });

describe("the labelled corpus", () => {
  it("has at least 40 articles in every style, ten of them held out", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((a) => a.heldOut).length).toBeGreaterThanOrEqual(10);
    const styles = new Set(corpus.map((a) => a.style));
    for (const style of [
      "wire",
      "trade",
      "chinese-english",
      "roundup",
      "no-deal",
      "trap",
      "non-usd",
      "pasted",
    ])
      expect(styles).toContain(style);
  });

  describe.each(corpus.map((a) => [a.id, a] as const))("%s", (_id, article) => {
    const result = run(article);
    const score = scoreArticle(result.rounds, article.rounds, article.text);

    it("quotes every filled field verbatim", () => {
      expect(score.quotes.verbatim).toBe(score.quotes.total);
    });

    if (!article.heldOut) {
      it("finds every labelled round and field, and invents none", () => {
        const { byField } = score;
        expect({ id: article.id, missed: score.total.fn }).toEqual({ id: article.id, missed: 0 });
        const wrongFacts = ["company", "series", "amount", "announced", "valuation"] as const;
        expect(wrongFacts.map((f) => [f, byField[f].fp])).toEqual(wrongFacts.map((f) => [f, 0]));
        // One extra investor name is tolerated ("State Development" cut from a name with "and").
        expect(byField.lead.fp + byField.participant.fp).toBeLessThanOrEqual(1);
      });
    }
  });

  it("scores F1 ≥ 0.9 with precision ≥ 0.95 on the tuning articles and F1 ≥ 0.8 on the held-out ones", () => {
    const tuning = combineScores(
      corpus.filter((a) => !a.heldOut).map((a) => scoreArticle(run(a).rounds, a.rounds, a.text)),
    );
    const heldOut = combineScores(
      corpus.filter((a) => a.heldOut).map((a) => scoreArticle(run(a).rounds, a.rounds, a.text)),
    );
    expect(tuning.f1).toBeGreaterThanOrEqual(0.9);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.f1).toBeGreaterThanOrEqual(0.8);
  });
});
