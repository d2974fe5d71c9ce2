import { roundComparison } from "../../src/domain/tables/table-rounds";
import { TEXT_FORMAT } from "../../src/domain/presentation/number-format";
import { footnoteLines, MAX_CELL_TEXT, tableBlock } from "../../src/taskpane/table-block";
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

describe("footnoteLines", () => {
  const source = (n: number) =>
    `"Funding round-up ${n}: four companies raise new money", 15 Jan 2026`;
  const sources = Array.from({ length: 500 }, (_, i) => source(i + 1));
  const footnote = `Sources: ${sources.join("; ")}. AI Deals dataset v1.0.0.`;

  it("keeps a footnote that fits one cell whole", () => {
    expect(footnoteLines('Source: "A", 1 Jan 2026. AI Deals dataset v1.0.0.')).toEqual([
      'Source: "A", 1 Jan 2026. AI Deals dataset v1.0.0.',
    ]);
  });

  it("lists 500 sources over rows that each fit an Excel cell, cut between two sources", () => {
    expect(footnote.length).toBeGreaterThan(MAX_CELL_TEXT);
    const lines = footnoteLines(footnote);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(lines[0]).toMatch(/", 15 Jan 2026;$/);
    expect(lines[1]).toMatch(/^"Funding round-up \d+/);
    expect(lines.join(" ")).toBe(footnote);
  });

  it("gives the table block a row per line, the table above them", () => {
    const model = roundComparison(catalogInYuan());
    const block = tableBlock({ ...model, footnote }, "values");
    expect(block.footnoteRows).toBe(2);
    expect(block.height).toBe(model.rows.length + 3);
    expect(block.cells.slice(-2).map((row) => row[0])).toEqual(footnoteLines(footnote));
    expect(block.numberFormats.at(-1)?.[0]).toBe(TEXT_FORMAT);
  });
});
