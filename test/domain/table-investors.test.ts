import { catalog } from "../bundled-catalog";
import { investorMap } from "../../src/domain/tables/table-investors";

describe("investorMap", () => {
  const model = investorMap(catalog);

  it("returns each investor's role per company in the functions' words, in the source's order, unnamed as Not reported", () => {
    expect(model.columns.map((c) => c.title)).toEqual(["Investor", "SenseTime", "Megvii"]);
    // Every company has a round whose list of investors is partial: an investor it does not name
    // may still have invested, so no cell reads "—" (no relation).
    expect(model.rows.map((row) => row.map((cell) => cell.display))).toEqual([
      ["CDH Investments", "lead", "Not reported"],
      ["Sailing Capital", "lead", "Not reported"],
      ["Alibaba", "lead", "participant (via Ant Financial)"],
      ["Ant Financial (Alibaba's financial arm)", "Not reported", "participant"],
      ["Temasek", "participant", "Not reported"],
      ["Suning Commerce", "participant", "Not reported"],
    ]);
    expect(model.columns.map((c) => c.kind)).toEqual(["text", "text", "text"]);
  });

  it("returns the quote behind each relation and no formula (no single cell reproduces one)", () => {
    const [, , alibaba] = model.rows;
    expect(alibaba[2].passages?.[0]).toMatch(/^In October, Alibaba's financial arm Ant Financial/);
    expect(alibaba[1].value).toEqual({ type: "text", text: "lead" });
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
