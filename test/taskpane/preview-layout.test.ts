import { catalog } from "../bundled-catalog";
import { companyComparison } from "../../src/domain/tables/table-companies";
import { investorMap } from "../../src/domain/tables/table-investors";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import {
  cardRoles,
  NO_COMPANY_MESSAGE,
  PREVIEW_COLUMNS,
  PREVIEW_ROWS,
  previewContent,
} from "../../src/taskpane/preview-layout";

describe("previewContent", () => {
  it("returns the table when a company is ticked and the table has rows", () => {
    const model = roundComparison(catalog);
    expect(previewContent(model, 2)).toEqual({ kind: "table", model });
  });

  it("returns what to do when no company is ticked, for every table", () => {
    for (const model of [
      roundComparison(catalog, []),
      companyComparison(catalog, []),
      investorMap(catalog, []),
    ]) {
      expect(previewContent(model, 0)).toEqual({ kind: "empty", message: NO_COMPANY_MESSAGE });
    }
  });

  it("returns that the sources report nothing when the ticked companies have no row", () => {
    const model = { ...roundComparison(catalog), rows: [] };
    expect(previewContent(model, 1)).toEqual({
      kind: "empty",
      message: "The sources report no round for the ticked companies.",
    });
  });
});

describe("previewContent of a table larger than the preview draws", () => {
  // A round comparison of 10,000 rounds, and a company comparison of 2,000 companies.
  const rounds = roundComparison(catalog);
  const tall = {
    ...rounds,
    rows: Array.from({ length: 10_000 }, (_, i) => rounds.rows[i % 3]),
    // As if the rows past the first 50 quoted passages of their own.
    quotes: [...rounds.quotes, ...Array.from({ length: 10_000 }, (_, i) => `passage ${i}`)],
  };
  const companies = companyComparison(catalog);
  const wide = {
    ...companies,
    columns: [companies.columns[0], ...Array.from({ length: 2_000 }, () => companies.columns[1])],
    rows: companies.rows.map((row) => [row[0], ...Array.from({ length: 2_000 }, () => row[1])]),
  };

  it("draws the first rows and says how many Insert table writes", () => {
    const content = previewContent(tall, 2);
    if (content.kind !== "table") throw new Error("no table");
    expect(content.model.rows).toHaveLength(PREVIEW_ROWS);
    expect(content.model.rows[0]).toEqual(tall.rows[0]);
    expect(content.model.footnote).toBe(tall.footnote);
    // The passages listed are those behind the rows drawn.
    expect(content.model.quotes).toEqual(rounds.quotes);
    expect(content.cut).toBe(
      "The preview shows the first 50 of 10,000 rows; Insert table writes them all.",
    );
  });

  it("draws the first columns of a table with a column per company", () => {
    const content = previewContent(wide, 2000);
    if (content.kind !== "table") throw new Error("no table");
    expect(content.model.columns).toHaveLength(PREVIEW_COLUMNS);
    expect(content.model.rows.every((row) => row.length === PREVIEW_COLUMNS)).toBe(true);
    expect(content.cut).toBe(
      "The preview shows the first 12 of 2,001 columns; Insert table writes them all.",
    );
  });

  it("leaves a table that fits whole, with nothing to say", () => {
    expect(previewContent(rounds, 2)).toEqual({ kind: "table", model: rounds });
  });
});

describe("cardRoles", () => {
  it("returns company and round as a round's title and its money columns as key figures", () => {
    expect(cardRoles(roundComparison(catalog))).toEqual([
      "title",
      "title",
      "detail",
      "key",
      "detail",
      "detail",
      "key",
    ]);
  });

  it("returns the first column as the title of a fact or investor row", () => {
    expect(cardRoles(companyComparison(catalog))).toEqual(["title", "detail", "detail"]);
    expect(cardRoles(investorMap(catalog))).toEqual(["title", "detail", "detail"]);
  });
});
