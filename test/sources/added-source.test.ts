/**
 * An article through the whole pure path: extracted, reviewed, turned into a source document,
 * validated and added to a catalog store; the functions' formulas then answer from it.
 */
import fs from "fs";
import path from "path";
import { rawDataset } from "../../src/data/dataset";
import { validateSource } from "../../src/data/validate-source";
import { createCheckingCatalogStore } from "../../src/domain/catalog/checking-store";
import { airound, aisource, evaluateFormula } from "../../src/domain/formulas/formulas";
import { extractRounds } from "../../src/extract";
import { knownRounds } from "../../src/sources/known-rounds";
import { editReaders } from "../../src/sources/review/edit-readers";
import { editRound, startReview, type ReviewRound } from "../../src/sources/review/review-round";
import { DATED_BY_PUBLICATION, reviewedRound } from "../../src/sources/review/reviewed-round";
import { sourceId, toSourceDocument } from "../../src/sources/to-source-document";

const text = fs.readFileSync(
  path.join(__dirname, "../fixtures/articles/lumen-robotics.txt"),
  "utf8",
);
const article = {
  text,
  headline: "Lumen Robotics raises $40 million to build picking arms",
  published: "2026-11-24",
  url: "https://news.example/lumen",
};

function review(edit: (rounds: ReviewRound[]) => ReviewRound[] = (r) => r) {
  const rounds = edit(startReview(extractRounds(article).rounds));
  return rounds.filter((r) => r.ticked).map((r) => reviewedRound(r, editReaders).round);
}

describe("toSourceDocument", () => {
  it("makes a valid source whose every found fact quotes the article", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const known = knownRounds(store.current());
    const result = toSourceDocument(article, review(), known.companyNamed);
    if (!result.ok) throw new Error(result.message);
    const check = validateSource(result.value);
    expect(check.ok && check.quarantined).toEqual([]);
    expect(result.value.rounds.map((r) => [r.id, r.series?.letter, r.amount.amount])).toEqual([
      ["lumen-robotics-series-b", "B", 40e6],
      ["lumen-robotics-series-a", "A", 12e6],
    ]);
    const [seriesB] = result.value.rounds;
    expect(seriesB?.announced).toMatchObject({ iso: "2026-11-23", inferred: expect.any(String) });
    expect(seriesB?.postMoneyValuation).toMatchObject({ amount: 300e6, bound: "atLeast" });
    expect(result.value.id).toBe(sourceId(article));
  });

  it("keeps a round reported as news without a date, dated to the publication month", () => {
    const news = {
      text: "Acme Robotics has raised $25 million in a Series A round led by Sequoia Capital, the company said.",
      headline: "Acme Robotics raises $25 million",
      published: "2026-11-20",
    };
    const rounds = startReview(extractRounds(news).rounds).map(
      (r) => reviewedRound(r, editReaders, news.published).round,
    );
    const result = toSourceDocument(news, rounds, () => undefined);
    if (!result.ok) throw new Error(result.message);
    expect(validateSource(result.value).ok).toBe(true);
    expect(result.value.rounds[0]?.announced).toEqual({
      iso: "2026-11",
      precision: "month",
      quote: expect.stringContaining("has raised $25 million"),
      inferred: DATED_BY_PUBLICATION,
    });
  });

  it("answers DEALS formulas from the source once it is added, and cites it", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const seen: number[] = [];
    store.subscribe((catalog) => seen.push(catalog.sources.length));
    const result = toSourceDocument(article, review(), knownRounds(store.current()).companyNamed);
    if (!result.ok) throw new Error(result.message);
    expect(airound(store.current(), "Lumen Robotics", "B").kind).toBe("notFound");
    expect(store.addSource(result.value).ok).toBe(true);
    expect(seen).toEqual([2]);
    expect(airound(store.current(), "Lumen Robotics", "B")).toEqual({ kind: "ok", value: 40e6 });
    const cited = aisource(store.current(), "Lumen Robotics", "B", "amount");
    expect(cited.kind === "ok" && cited.value).toContain(article.headline);
    expect(evaluateFormula(store.current(), "VALUATION", ["Lumen Robotics"])).toEqual({
      kind: "ok",
      value: 300e6,
    });
    expect(store.removeSource(result.value.id)).toBe(true);
    expect(airound(store.current(), "Lumen Robotics", "B").kind).toBe("notFound");
  });

  it("keeps a corrected amount as the analyst's entry, with no passage", () => {
    const rounds = review((r) =>
      r.map((round, i) => (i === 0 ? editRound(round, "amount", "$45 million") : round)),
    );
    const result = toSourceDocument(article, rounds, () => undefined);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.rounds[0]?.amount).toEqual({
      amount: 45e6,
      currency: "USD",
      bound: "exact",
      enteredByAnalyst: true,
    });
    expect(validateSource(result.value).ok).toBe(true);
  });

  it("merges a company corrected to an existing one, and flags a round already there", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const known = knownRounds(store.current());
    const rounds = review((r) =>
      r.map((round) => editRound(round, "company", "SenseTime Group Ltd")),
    );
    const result = toSourceDocument(article, rounds, known.companyNamed);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.companies.map((c) => c.name)).toEqual(["SenseTime"]);
    store.addSource(result.value);
    const rows = airound(store.current(), "SenseTime", "B");
    expect(rows).toEqual({ kind: "ok", value: 40e6 });
    const again = knownRounds(store.current());
    expect(rounds[0] && again.duplicateOf(rounds[0])).toBe(
      `SenseTime Series B, 23 Nov 2026 (${article.headline})`,
    );
  });

  it("refuses a hedged or foreign amount it cannot keep truthfully, saying what to do", () => {
    const rounds = review((r) =>
      r.map((round, i) =>
        i === 0
          ? editRound(editRound(round, "amount", "about $40 million"), "series", "Seed")
          : round,
      ),
    );
    const hedged = toSourceDocument(article, rounds, () => undefined);
    expect(hedged).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Round 1 \(Lumen Robotics, Seed\): The amount is “about USD 40,000,000”; the catalog keeps exact figures and lower bounds only/,
      ),
    });
    const euros = review((r) => r.map((round) => editRound(round, "amount", "€20mn")));
    expect(toSourceDocument(article, euros, () => undefined)).toEqual({
      ok: false,
      message: expect.stringContaining("is in EUR, and the article gives no US dollar figure"),
    });
  });
});

describe("extracting an article with no round", () => {
  it("finds none", () => {
    const news = fs.readFileSync(
      path.join(__dirname, "../fixtures/articles/harbor-news.txt"),
      "utf8",
    );
    expect(extractRounds({ text: news, published: "2026-11-24" }).rounds).toEqual([]);
  });
});

describe("a round an article names with a '+' or by its stage", () => {
  const plusArticle = {
    text: "Acme Vision, a Shanghai-based computer vision startup, said on Tuesday it had raised $50 million in a Series B+ round led by Foo Capital.",
    headline: "Acme Vision raises $50 million",
    published: "2026-11-24",
    url: "https://news.example/acme",
  };

  it("is found by that name through the functions' formulas, never as another round", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const rounds = startReview(extractRounds(plusArticle).rounds)
      .filter((r) => r.ticked)
      .map((r) => reviewedRound(r, editReaders).round);
    const result = toSourceDocument(plusArticle, rounds, knownRounds(store.current()).companyNamed);
    if (!result.ok) throw new Error(result.message);
    expect(store.addSource(result.value).ok).toBe(true);
    expect(airound(store.current(), "Acme Vision", "B+")).toEqual({ kind: "ok", value: 50e6 });
    expect(airound(store.current(), "Acme Vision", "Series B+ round")).toEqual({
      kind: "ok",
      value: 50e6,
    });
    expect(airound(store.current(), "Acme Vision", "B")).toMatchObject({ kind: "notFound" });
    for (const field of ["round", "series"]) {
      expect(airound(store.current(), "Acme Vision", "B+", field)).toEqual({
        kind: "ok",
        value: "Series B+",
      });
    }
    const cited = aisource(store.current(), "Acme Vision", "B+", "series");
    expect(cited.kind === "ok" && cited.value).toContain("in a Series B+ round");
  });
});
