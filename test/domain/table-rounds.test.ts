import { catalog } from "../bundled-catalog";
import { roundComparison } from "../../src/domain/tables/table-rounds";

const FOOTNOTE =
  'Source: "New financing lifts valuation of facial recognition startup to $4.5 billion", 10 Apr 2018. AI Deals dataset v1.0.0.';

describe("roundComparison", () => {
  const model = roundComparison(catalog);
  const shown = (m = model) => m.rows.map((row) => row.map((cell) => cell.display));

  it("returns every round oldest first, missing facts as Not reported, when no company is chosen", () => {
    expect(model.columns.map((c) => c.title)).toEqual([
      "Company",
      "Round",
      "Announced",
      "Amount (USD)",
      "Lead investors",
      "Other investors",
      "Post-money valuation",
    ]);
    expect(shown()).toEqual([
      [
        "SenseTime",
        "Jul 2017 round",
        "Jul 2017",
        "$410.0M",
        "CDH Investments; Sailing Capital",
        "Not reported",
        "Not reported",
      ],
      [
        "Megvii",
        "Series C",
        "Oct 2017",
        "$460.0M",
        "Not reported",
        "Ant Financial; others not named",
        "Not reported",
      ],
      [
        "SenseTime",
        "Series C",
        "9 Apr 2018",
        "$600.0M",
        "Alibaba",
        "Temasek; Suning Commerce; others not named",
        "> $4.50B",
      ],
    ]);
    expect(model.columns.map((c) => c.kind)).toEqual([
      "text",
      "text",
      "date",
      "money",
      "text",
      "text",
      "money",
    ]);
    expect(model.footnote).toBe(FOOTNOTE);
  });

  it("returns values with their precision and bound", () => {
    const [july, , seriesC] = model.rows;
    expect(july[2].value).toEqual({ type: "date", iso: "2017-07", precision: "month" });
    expect(seriesC[2].value).toEqual({ type: "date", iso: "2018-04-09", precision: "day" });
    expect(seriesC[6].value).toEqual({
      type: "money",
      amount: 4.5e9,
      currency: "USD",
      bound: "atLeast",
    });
    expect(july[2].inferred).toMatch(/July 2017/);
  });

  it("returns the DEALS formula of each fact cell and none for labels or missing facts", () => {
    const formulas = model.rows.map((row) => row.map((cell) => cell.formula ?? null));
    const airound = (company: string, round: string, field: string) => ({
      name: "AIROUND",
      args: [company, round, field],
    });
    expect(formulas[0]).toEqual([
      null,
      airound("SenseTime", "2017-07", "round"),
      airound("SenseTime", "2017-07", "date"),
      airound("SenseTime", "2017-07", "amount"),
      airound("SenseTime", "2017-07", "lead"),
      null,
      null,
    ]);
    expect(formulas[2]).toEqual([
      null,
      airound("SenseTime", "C", "round"),
      airound("SenseTime", "C", "date"),
      airound("SenseTime", "C", "amount"),
      airound("SenseTime", "C", "lead"),
      airound("SenseTime", "C", "other"),
      { name: "VALUATION", args: ["SenseTime", "C"] },
    ]);
    expect(model.rows[1][4].passages).toBeUndefined();
  });

  it("returns the distinct quotes behind the cells, in reading order", () => {
    expect(model.quotes).toHaveLength(5);
    expect(model.quotes[0]).toMatch(
      /^The move came after the AI startup completed a \$410 million/,
    );
    expect(new Set(model.quotes).size).toBe(model.quotes.length);
  });

  it("returns only the chosen companies' rounds when companies are given", () => {
    expect(shown(roundComparison(catalog, ["megvii"])).map((row) => row[0])).toEqual(["Megvii"]);
    expect(roundComparison(catalog, ["nobody"]).rows).toEqual([]);
  });
});
