import { catalog } from "../bundled-catalog";
import { investorMap } from "../../src/domain/tables/table-investors";

describe("investorMap", () => {
  const model = investorMap(catalog);

  it("returns each investor's role per company, affiliates marked, no relation as a dash", () => {
    expect(model.columns.map((c) => c.title)).toEqual(["Investor", "SenseTime", "Megvii"]);
    expect(model.rows.map((row) => row.map((cell) => cell.display))).toEqual([
      ["CDH Investments", "Lead", "—"],
      ["Sailing Capital", "Lead", "—"],
      ["Alibaba", "Lead", "Participant via Ant Financial"],
      ["Ant Financial (Alibaba's financial arm)", "—", "Participant"],
      ["Suning Commerce", "Participant", "—"],
      ["Temasek", "Participant", "—"],
    ]);
    expect(model.columns.map((c) => c.kind)).toEqual(["text", "text", "text"]);
  });

  it("returns the quote behind each relation and no formula (no single cell reproduces one)", () => {
    const [, , alibaba] = model.rows;
    expect(alibaba[2].passages?.[0]).toMatch(/^In October, Alibaba's financial arm Ant Financial/);
    expect(alibaba[1].value).toEqual({ type: "text", text: "Lead" });
    expect(alibaba[0].passages).toBeUndefined();
    expect(model.rows.flat().some((cell) => cell.formula)).toBe(false);
    expect(model.quotes).toHaveLength(4);
  });

  it("returns only investors of the chosen companies when companies are given", () => {
    expect(investorMap(catalog, ["megvii"]).rows.map((row) => row[0].display)).toEqual([
      "Alibaba",
      "Ant Financial (Alibaba's financial arm)",
    ]);
  });
});
