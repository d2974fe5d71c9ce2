import { rawDataset } from "../../src/data/dataset";
import { loadDataset } from "../../src/data/load-dataset";
import { normalizeWhitespace, validateDataset } from "../../src/data/validate-dataset";
import { articleText } from "./source-article";

const dataset = loadDataset();
const [source] = dataset.sources;
const article = normalizeWhitespace(articleText);

/** Every `quote` in the dataset with where it stands. */
function allQuotes(node: unknown, path = ""): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((child, i) => allQuotes(child, `${path}[${i}]`));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "quote" && typeof value === "string"
      ? [[`${path}.quote`, value] as [string, string]]
      : allQuotes(value, `${path}.${key}`),
  );
}

describe("the bundled dataset", () => {
  it("passes its schema and reference checks", () => {
    expect(validateDataset(rawDataset)).toMatchObject({ ok: true });
  });

  it("carries the article text verbatim", () => {
    expect(article).toContain(normalizeWhitespace(source.text));
    expect(article).toContain(source.headline);
    expect(articleText).toContain(`date ${source.date}`);
  });

  it("has quotes, each a passage of the article", () => {
    const quotes = allQuotes(dataset);
    expect(quotes.length).toBeGreaterThan(30);
    for (const [path, quote] of quotes) {
      expect({ path, found: article.includes(normalizeWhitespace(quote)) }).toEqual({
        path,
        found: true,
      });
    }
  });

  it("has a version", () => {
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
