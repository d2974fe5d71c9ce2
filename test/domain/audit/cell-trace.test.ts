import { traceCell, type CellSnapshot } from "../../../src/domain/audit/cell-trace";
import { valueCellsOf } from "../../../src/domain/audit/value-cells";
import { roundComparison } from "../../../src/domain/tables/table-rounds";
import { tableBlock } from "../../../src/taskpane/table-block";
import { catalog } from "../../bundled-catalog";
import { catalogInYuan } from "../../catalog-in-yuan";

const cell = (fields: Partial<CellSnapshot>): CellSnapshot => ({
  sheet: "Sheet1",
  address: "B2",
  formula: "",
  value: "",
  text: "",
  ...fields,
});

describe("trace: the facts behind a cell", () => {
  it("reads a plain DEALS formula: reading, hedged value and passage", () => {
    const trace = traceCell(
      catalog,
      cell({ formula: '=DEALS.VALUATION("SenseTime","C")', value: 4.5e9, text: "4500000000" }),
    );
    expect(trace).toMatchObject({
      kind: "traced",
      origin: "formula",
      computed: false,
      calls: [
        {
          kind: "fact",
          reading: "SenseTime · Series C · valuation",
          fact: { value: { type: "money", amount: 4.5e9, bound: "atLeast" } },
        },
      ],
    });
    if (trace.kind !== "traced" || trace.calls[0].kind !== "fact") throw new Error("no fact");
    expect(trace.calls[0].fact.quote).toContain("exceeding $4.5 billion");
  });

  it("says the value is computed when the call sits inside a larger expression", () => {
    const trace = traceCell(
      catalog,
      cell({ formula: '=ROUND(DEALS.AIROUND("SenseTime","C")/1000000,0)', value: 600 }),
    );
    expect(trace).toMatchObject({
      kind: "traced",
      computed: true,
      calls: [{ kind: "fact", reading: "SenseTime · Series C · amount" }],
    });
  });

  it("traces a spilled cell by its offset from the anchor", () => {
    const spill = { address: "A1", formula: '=DEALS.AIROUNDS("SenseTime")', row: 2, column: 2 };
    expect(traceCell(catalog, cell({ spill, value: 6e8 }))).toMatchObject({
      kind: "traced",
      origin: "spill",
      calls: [
        {
          kind: "fact",
          reading: "SenseTime · Series C · amount",
          fact: { value: { amount: 6e8 } },
        },
      ],
    });
    expect(traceCell(catalog, cell({ spill: { ...spill, row: 0 } }))).toMatchObject({
      calls: [{ kind: "label", reading: "column header", text: "Amount (USD)" }],
    });
    expect(traceCell(catalog, cell({ spill: { ...spill, row: 1, column: 5 } }))).toMatchObject({
      calls: [
        {
          kind: "failure",
          error: "#N/A",
          reading: "SenseTime · Jul 2017 round · post-money valuation",
        },
      ],
    });
  });

  it("traces a cell of an inserted values table through its recorded formula", () => {
    const recorded = {
      formula: '=DEALS.AIROUND("Megvii","C","date")',
      value: 43009,
      table: "Round comparison",
    };
    expect(traceCell(catalog, cell({ formula: 43009, value: 43009, recorded }))).toMatchObject({
      kind: "traced",
      origin: "valueTable",
      calls: [
        {
          kind: "fact",
          reading: "Megvii · Series C · date",
          fact: { value: { precision: "month" } },
        },
      ],
    });
    expect(traceCell(catalog, cell({ formula: 7, value: 7, recorded }))).toEqual({
      kind: "noFact",
      address: "B2",
      reason:
        'B2 holds no DEALS fact: it was inserted by the pane in a Round comparison table from DEALS.AIROUND("Megvii","C","date"), but it has been changed since: it no longer holds that fact.',
    });
  });

  it("traces a values table's yuan cell, written as text, as the fact it was inserted from", () => {
    const inYuan = catalogInYuan();
    const model = roundComparison(inYuan);
    const block = tableBlock(model, "values");
    const record = valueCellsOf(model, "abcd1234", model.title);
    const yuan = record.cells.find((c) => block.cells[c.row][c.column] === "CNY 600M");
    if (!yuan) throw new Error("no yuan cell recorded as written");
    const recorded = { formula: yuan.formula, value: yuan.value, table: model.title };
    const written = block.cells[yuan.row][yuan.column];
    expect(traceCell(inYuan, cell({ formula: written, value: written, recorded }))).toMatchObject({
      kind: "traced",
      origin: "valueTable",
    });
  });

  it("says plainly when a cell holds no DEALS fact", () => {
    expect(traceCell(catalog, cell({ formula: "=SUM(A1:A3)", value: 6 }))).toMatchObject({
      kind: "noFact",
      reason: "B2 holds no DEALS fact: it has a formula that calls no DEALS function: =SUM(A1:A3)",
    });
    expect(traceCell(catalog, cell({ formula: 42, value: 42 }))).toMatchObject({
      reason:
        "B2 holds no DEALS fact: it holds a value typed or pasted into it, not a DEALS formula.",
    });
    expect(traceCell(catalog, cell({}))).toMatchObject({
      reason: "B2 holds no DEALS fact: it is empty.",
    });
  });

  it("shows the error and its reason when the call answers one", () => {
    expect(
      traceCell(catalog, cell({ formula: '=DEALS.VALUATION("Megvii")', value: "#N/A" })),
    ).toMatchObject({
      calls: [{ kind: "failure", error: "#N/A", message: expect.stringContaining("Not reported") }],
    });
  });
});
