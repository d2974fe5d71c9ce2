/** @jest-environment jsdom */
import { catalog } from "../../bundled-catalog";
import { valueCellsOf } from "../../../src/domain/audit/value-cells";
import { roundComparison } from "../../../src/domain/tables/table-rounds";
import { readTrace, type RecordCache } from "../../../src/excel/audit/read-trace";
import { encodeValueCells } from "../../../src/excel/audit/value-cell-store";
import { FakeWorkbook } from "./fake-workbook";

const emptyCache = (): RecordCache => ({ records: new Map() });

describe("trace: reading the selected cell from Excel", () => {
  it("traces a plain DEALS formula in one sync", async () => {
    const book = new FakeWorkbook(
      [
        {
          name: "Sheet1",
          cells: { B2: { formula: '=DEALS.AIROUND("SenseTime","C")', value: 6e8 } },
        },
      ],
      { active: "Sheet1!B2" },
    );
    const trace = await readTrace(book.context, emptyCache(), catalog);
    expect(book.syncs).toBe(1);
    expect(trace).toMatchObject({
      kind: "traced",
      address: "B2",
      value: 6e8,
      origin: "formula",
      computed: false,
      calls: [{ kind: "fact", reading: "SenseTime · Series C · amount" }],
    });
  });

  it("reads a referenced argument cell in a second batch for a formula inside an expression", async () => {
    const book = new FakeWorkbook(
      [
        {
          name: "Model",
          cells: {
            A1: "SenseTime",
            B2: { formula: '=DEALS.AIROUND(A1,"C","date")+0*C9', value: 43199 },
          },
        },
      ],
      { active: "Model!B2" },
    );
    const trace = await readTrace(book.context, emptyCache(), catalog);
    expect(book.syncs).toBe(2);
    expect(trace).toMatchObject({
      kind: "traced",
      computed: true,
      calls: [
        {
          kind: "fact",
          call: 'DEALS.AIROUND("SenseTime","C","date")',
          reading: "SenseTime · Series C · date",
          fact: { value: { type: "date", iso: "2018-04-09", precision: "day" } },
        },
      ],
    });
  });

  it("traces a cell inside a spill through its spill parent, in one sync", async () => {
    const book = new FakeWorkbook(
      [
        {
          name: "Sheet1",
          cells: { A5: { formula: '=DEALS.AIROUNDS("SenseTime")', value: "Round" }, C7: 6e8 },
          spills: { A5: "A5:F7" },
        },
      ],
      { active: "Sheet1!C7" },
    );
    const trace = await readTrace(book.context, emptyCache(), catalog);
    expect(book.syncs).toBe(1);
    expect(trace).toMatchObject({
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
  });

  it("traces a cell of a values table through the record kept in the workbook", async () => {
    const record = valueCellsOf(roundComparison(catalog), "abcd1234", "Round comparison");
    const book = new FakeWorkbook(
      [
        {
          name: "Sheet1",
          cells: { I5: 4.5e9 },
          names: [{ name: "DealsValues_abcd1234", formula: "=Sheet1!$C$2:$I$6" }],
        },
      ],
      { active: "Sheet1!I5" },
    );
    book.parts.push(encodeValueCells(record));
    const cache = emptyCache();
    const trace = await readTrace(book.context, cache, catalog);
    expect(trace).toMatchObject({
      kind: "traced",
      origin: "valueTable",
      formula: '=DEALS.VALUATION("SenseTime","C")',
      calls: [
        {
          kind: "fact",
          reading: "SenseTime · Series C · valuation",
          fact: { value: { amount: 4.5e9, bound: "atLeast" } },
        },
      ],
    });
    // The first trace loaded the records (two more syncs); the next one needs one sync.
    expect(book.syncs).toBe(3);
    await readTrace(book.context, cache, catalog);
    expect(book.syncs).toBe(4);
  });

  it("says plainly when the cell holds no DEALS fact", async () => {
    const book = new FakeWorkbook(
      [{ name: "Sheet1", cells: { B2: { formula: "=SUM(A1:A3)", value: 6 } } }],
      { active: "Sheet1!B2" },
    );
    expect(await readTrace(book.context, emptyCache(), catalog)).toEqual({
      kind: "noFact",
      address: "B2",
      reason: "B2 holds no DEALS fact: it has a formula that calls no DEALS function: =SUM(A1:A3)",
    });
    expect(book.syncs).toBe(1);
  });
});
