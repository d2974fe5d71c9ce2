/**
 * The deal extractor's part of `npm run bench`: field-level precision, recall and F1 on the
 * labelled corpus in test/extract/corpus (all articles, the tuning set and the held-out set), the
 * share of verbatim quotes, and throughput in KB of article text per millisecond, beside a
 * baseline pass that only normalises and splits the same text into sentences; and one paste at
 * the pane's cap (1 MB of the corpus's articles run together, a digest of hundreds of rounds).
 */
const { register } = require("tsx/cjs/api");
const { msPerRun } = require("./measure");

const round3 = (x) => Math.round(x * 1000) / 1000;

/** Scores and throughput of the extractor on the corpus. */
function benchExtract() {
  const unregister = register();
  try {
    const { extractRounds } = require("../src/extract/index.ts");
    const { scoreArticle, combineScores } = require("../src/extract/score.ts");
    const { normalizeText } = require("../src/extract/normalize-text.ts");
    const { splitSentences } = require("../src/extract/sentences.ts");
    const articles = require("../test/extract/corpus.ts").loadCorpus();
    const run = (a) =>
      extractRounds({ text: a.text, published: a.published, headline: a.headline });
    const score = (subset) =>
      combineScores(subset.map((a) => scoreArticle(run(a).rounds, a.rounds, a.text)));
    const all = score(articles);
    const tuning = score(articles.filter((a) => !a.heldOut));
    const heldOut = score(articles.filter((a) => a.heldOut));
    const kb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1024;
    articles.forEach(run);
    const ms = msPerRun(() => articles.forEach(run), 15);
    const baselineMs = msPerRun(
      () => articles.forEach((a) => splitSentences(normalizeText(a.text).text)),
      15,
    );
    let paste = "";
    for (let i = 0; paste.length < 1_000_000; i++)
      paste += `${articles[i % articles.length].text}\n\n`;
    paste = paste.slice(0, 1_000_000);
    const pasteMs = msPerRun(() => extractRounds({ text: paste, published: "2024-05-01" }), 3);
    const figures = (s) => ({
      f1: round3(s.f1),
      precision: round3(s.precision),
      recall: round3(s.recall),
    });
    return {
      ...figures(all),
      kbPerMs: round3(kb / ms),
      articles: articles.length,
      corpusKb: round3(kb),
      quotesVerbatim: round3(all.quotes.total ? all.quotes.verbatim / all.quotes.total : 1),
      tuning: {
        articles: articles.length - articles.filter((a) => a.heldOut).length,
        ...figures(tuning),
      },
      heldOut: { articles: articles.filter((a) => a.heldOut).length, ...figures(heldOut) },
      msPerCorpus: round3(ms),
      splitOnlyMsPerCorpus: round3(baselineMs),
      overSplitOnly: round3(ms / baselineMs),
      oneMbPasteMs: round3(pasteMs),
    };
  } finally {
    unregister();
  }
}

/** Report rows in run-bench's [name, value, budget] form. */
function extractRows(x) {
  return [
    [
      "extract F1 / P / R (all)",
      `${x.f1} / ${x.precision} / ${x.recall} on ${x.articles} articles`,
      "F1 ≥ 0.9, P ≥ 0.95",
    ],
    [
      "extract held-out F1 / P / R",
      `${x.heldOut.f1} / ${x.heldOut.precision} / ${x.heldOut.recall} on ${x.heldOut.articles}`,
      "",
    ],
    ["extract verbatim quotes", `${(x.quotesVerbatim * 100).toFixed(1)}%`, "100%"],
    ["extract a 1 MB paste (the pane's cap)", `${(x.oneMbPasteMs / 1000).toFixed(1)} s`, ""],
    [
      "extract throughput",
      `${x.kbPerMs} KB/ms (${x.msPerCorpus} ms per ${x.corpusKb} KB, ${x.overSplitOnly}× normalise + split only)`,
      "",
    ],
  ];
}

module.exports = { benchExtract, extractRows };

if (require.main === module) {
  const results = benchExtract();
  for (const [name, value] of extractRows(results)) console.log(`  ${name.padEnd(28)}  ${value}`);
  if (process.argv.includes("--json")) console.log(JSON.stringify({ extract: results }));
}
