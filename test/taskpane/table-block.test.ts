import { roundComparison } from "../../src/domain/tables/table-rounds";
import { TEXT_FORMAT } from "../../src/domain/presentation/number-format";
import { tableBlock } from "../../src/taskpane/table-block";
import { catalogInYuan } from "../catalog-in-yuan";

describe("tableBlock", () => {
  const model = roundComparison(catalogInYuan());
  const row =
    model.rows.findIndex(
      (cells) => cells[0].display === "SenseTime" && cells[1].display === "Series C",
    ) + 1;
  const amount = model.columns.findIndex((c) => c.title === "Amount (USD)");
  const valuation = model.columns.findIndex((c) => c.title === "Post-money valuation");

  it("writes a figure in yuan out as text, so the USD columns and their chart hold dollars only", () => {
    const block = tableBlock(model, "values");
    expect(block.cells[row][amount]).toBe("CNY 600M");
    expect(block.numberFormats[row][amount]).toBe(TEXT_FORMAT);
    expect(block.cells[row][valuation]).toBe("more than CNY 4.5B");
    // The other rounds are in dollars: numbers with the money format.
    expect(block.cells[1][amount]).toBe(410e6);
    expect(block.numberFormats[1][amount]).toBe('$#,##0.0,,"M"');
  });

  it("gives a live formula that answers text the General format, not a yuan number format", () => {
    const block = tableBlock(model, "formulas");
    expect(block.cells[row][amount]).toMatch(/^=DEALS\.AIROUND\(/);
    expect(block.numberFormats[row][amount]).toBe("General");
    expect(block.numberFormats[1][amount]).toBe('$#,##0.0,,"M"');
  });
});
