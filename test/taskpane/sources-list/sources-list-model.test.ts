import {
  removalNote,
  sourcesListModel,
} from "../../../src/taskpane/sources-list/sources-list-model";

const bundled = {
  id: "article-2018-04-10",
  headline: "New financing lifts valuation of facial recognition startup to $4.5 billion",
  date: "2018-04-10",
  rounds: 3,
  bundled: true,
};
const added = {
  id: "2026-11-24-lumen",
  headline: "Lumen Robotics raises $40 million",
  date: "2026-11-24",
  publisher: "Example Wire",
  url: "https://news.example/lumen",
  rounds: 1,
  bundled: false,
};

describe("sourcesListModel", () => {
  it("lists bundled sources first, then added ones with where they are kept", () => {
    expect(sourcesListModel([added, bundled], "workbook")).toEqual([
      {
        id: bundled.id,
        headline: bundled.headline,
        details: "10 Apr 2018 · 3 rounds",
        origin: "Bundled with the add-in",
        removable: false,
      },
      {
        id: added.id,
        headline: added.headline,
        details: "24 Nov 2026 · Example Wire · 1 round",
        link: "https://news.example/lumen",
        origin: "Kept in this workbook",
        removable: true,
      },
    ]);
    expect(sourcesListModel([added], "session")[0]?.origin).toBe("Kept for this page session only");
  });

  it("never offers a link that is not https", () => {
    const [row] = sourcesListModel([{ ...added, url: "javascript:alert(1)" }], "session");
    expect(row && "link" in row).toBe(false);
  });
});

describe("removalNote", () => {
  it("names the cells whose DEALS formulas name the source's companies", () => {
    expect(
      removalNote("Lumen raises $40M", ["Lumen Robotics"], {
        naming: ["Sheet1!B2", "Model!C7"],
        others: 1,
      }),
    ).toBe(
      "Remove “Lumen raises $40M”? Answers about Lumen Robotics will change in Sheet1!B2, Model!C7. 1 other DEALS cell may change too (they take the name from another cell).",
    );
  });

  it("says when no cell names them, and what changes outside Excel", () => {
    expect(removalNote("H", ["A", "B"], { naming: [], others: 0 })).toBe(
      "Remove “H”? Answers about A, B will change; no cell's DEALS formula names them.",
    );
    expect(removalNote("H", ["A"], undefined)).toBe(
      "Remove “H”? Answers about A will change in previews, the formula builder and the playground.",
    );
  });

  it("lists at most twelve cells and counts the rest", () => {
    const naming = Array.from({ length: 15 }, (_, i) => `Sheet1!A${i + 1}`);
    expect(removalNote("H", ["A"], { naming, others: 0 })).toMatch(/A12 and 3 more cells\.$/);
  });
});
