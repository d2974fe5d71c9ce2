/** @jest-environment jsdom */
import { catalog } from "../../bundled-catalog";
import { roundComparison } from "../../../src/domain/tables/table-rounds";
import { decodeValueCells, encodeValueCells } from "../../../src/excel/audit/value-cell-store";
import { writeAtSelection, writeOnNewSheet } from "../../../src/taskpane/excel-writer";
import { mockWorkbook } from "../../taskpane/excel-mock";

const rounds = roundComparison(catalog);
const ROWS = rounds.rows.length + 2;
const COLUMNS = rounds.columns.length;

describe("trace: the record of an inserted values table", () => {
  it("is queued with the table at the selection, in the same two syncs", async () => {
    const { context, calls, sync } = mockWorkbook(ROWS, COLUMNS);
    await writeAtSelection(context, rounds, {
      mode: "values",
      placement: "selection",
      chart: false,
    });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(calls.namesAdded).toHaveLength(1);
    const [name, range] = calls.namesAdded[0];
    expect(name).toMatch(/^DealsValues_[a-z0-9]{10}$/);
    expect(range).toBe(context.workbook.origin.target);
    expect(calls.xmlParts).toHaveLength(1);
    const record = decodeValueCells(calls.xmlParts[0]);
    expect(record?.id).toBe(String(name).slice("DealsValues_".length));
    expect(record?.table).toBe("Round comparison");
    // Row 3 of the block is SenseTime's Series C: its amount (column 3) and valuation (column 6).
    expect(record?.cells).toContainEqual({
      row: 3,
      column: 3,
      formula: '=DEALS.AIROUND("SenseTime","C","amount")',
      value: 600000000,
    });
    expect(record?.cells).toContainEqual({
      row: 3,
      column: 6,
      formula: '=DEALS.VALUATION("SenseTime","C")',
      value: 4500000000,
    });
    // Labels and "Not reported" cells have no fact, so no entry.
    expect(record?.cells.some((c) => c.column === 0)).toBe(false);
  });

  it("is queued on a new sheet without an extra sync, and not at all for live formulas", async () => {
    const values = mockWorkbook(ROWS, COLUMNS);
    await writeOnNewSheet(values.context, rounds, {
      mode: "values",
      placement: "newSheet",
      chart: false,
    });
    expect(values.sync).toHaveBeenCalledTimes(1);
    expect(values.calls.xmlParts).toHaveLength(1);
    const live = mockWorkbook(ROWS, COLUMNS);
    await writeAtSelection(live.context, rounds, {
      mode: "formulas",
      placement: "selection",
      chart: false,
    });
    expect([live.calls.xmlParts, live.calls.namesAdded]).toEqual([[], []]);
  });

  it("reads back what it wrote, escaping markup, and skips parts that are not records", () => {
    const record = {
      id: "abcd1234",
      table: "A <b>&</b> table",
      cells: [{ row: 1, column: 2, formula: '=DEALS.AIROUND("A&B","C")', value: "<x>" }],
    };
    const xml = encodeValueCells(record);
    expect(xml).not.toContain("<b>");
    expect(decodeValueCells(xml)).toEqual(record);
    expect(decodeValueCells("<valueCells>{}</valueCells>")).toBeUndefined();
    expect(decodeValueCells(xml.replace('"row":1', '"row":"one"'))).toBeUndefined();
    expect(decodeValueCells("not xml")).toBeUndefined();
  });
});
