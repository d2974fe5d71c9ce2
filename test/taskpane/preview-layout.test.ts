import { catalog } from "../bundled-catalog";
import { companyComparison } from "../../src/domain/tables/table-companies";
import { investorMap } from "../../src/domain/tables/table-investors";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import { cardRoles, NO_COMPANY_MESSAGE, previewContent } from "../../src/taskpane/preview-layout";

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
