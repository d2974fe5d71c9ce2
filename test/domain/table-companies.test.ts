import { catalog } from "../bundled-catalog";
import { companyComparison } from "../../src/domain/tables/table-companies";

describe("companyComparison", () => {
  const model = companyComparison(catalog);

  it("returns one column per company and one row per fact", () => {
    expect(model.columns.map((c) => c.title)).toEqual(["Company", "SenseTime", "Megvii"]);
    expect(model.rows.map((row) => row.map((cell) => cell.display))).toEqual([
      ["Founded", "2014", "Not reported"],
      ["CEO", "Xu Li", "Not reported"],
      ["Rounds in source", "2", "1"],
      ["Raised in reported rounds", "$1.01B", "$460.0M"],
      ["Latest valuation", "> $4.50B", "Not reported"],
      ["Partners", "> 400", "Not reported"],
      [
        "Partnership sectors",
        "security; fintech; automobile; retail; smartphone; mobile internet; robotics; smart city development",
        "Not reported",
      ],
    ]);
    expect(model.columns.map((c) => c.kind)).toEqual(["text", "mixed", "mixed"]);
    expect(model.footnote).toMatch(
      /^Source: "New financing .*", 10 Apr 2018\. AI Deals dataset v1\.0\.0\.$/,
    );
  });

  it("returns lower bounds as bounds, never as exact values", () => {
    expect(model.rows[5][1].value).toEqual({ type: "count", count: 400, bound: "atLeast" });
    expect(model.rows[4][1].value).toMatchObject({ amount: 4.5e9, bound: "atLeast" });
  });

  it("returns the DEALS formula of each sourced fact", () => {
    const senseTime = model.rows.map((row) => row[1].formula ?? null);
    expect(senseTime).toEqual([
      { name: "COMPANY", args: ["SenseTime", "founded"] },
      { name: "COMPANY", args: ["SenseTime", "ceo"] },
      { name: "COMPANY", args: ["SenseTime", "rounds"] },
      { name: "TOTALRAISED", args: ["SenseTime"] },
      { name: "VALUATION", args: ["SenseTime"] },
      { name: "COMPANY", args: ["SenseTime", "partners"] },
      { name: "COMPANY", args: ["SenseTime", "sectors"] },
    ]);
    expect(model.rows.map((row) => row[2].formula?.name ?? null)).toEqual([
      null,
      null,
      "COMPANY",
      "TOTALRAISED",
      null,
      null,
      null,
    ]);
  });

  it("returns only the chosen companies when companies are given", () => {
    expect(companyComparison(catalog, ["megvii"]).columns.map((c) => c.title)).toEqual([
      "Company",
      "Megvii",
    ]);
  });
});
