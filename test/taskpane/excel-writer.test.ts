import { catalog } from "../bundled-catalog";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import { companyComparison } from "../../src/domain/tables/table-companies";
import { investorMap } from "../../src/domain/tables/table-investors";
import { labelCell, type TableModel } from "../../src/domain/tables/table-model";
import {
  insertTable,
  writeAtSelection,
  writeOnNewSheet,
  type InsertOptions,
} from "../../src/taskpane/excel-writer";
import { mockWorkbook, type Calls } from "./excel-mock";
import {
  MAX_SYNC_BYTES,
  planInsertion,
  rowPayloadBytes,
} from "../../src/domain/tables/insertion-plan";
import { footnoteLines, tableBlock } from "../../src/taskpane/table-block";

const rounds = roundComparison(catalog);
const ROWS = rounds.rows.length + 2;
const COLUMNS = rounds.columns.length;
const values: InsertOptions = { mode: "values", placement: "selection", chart: false };
const formulas: InsertOptions = { ...values, mode: "formulas" };

describe("writeAtSelection", () => {
  it("writes values, number formats and a named, styled table in two syncs", async () => {
    const { context, calls, sync } = mockWorkbook(ROWS, COLUMNS);
    const outcome = await writeAtSelection(context, rounds, values);
    const { target } = context.workbook.origin;
    expect(outcome).toEqual({
      ok: true,
      message: "Inserted Round comparison as table DealsRounds in Sheet1!C2:I6 (values).",
    });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(target.values[0]).toEqual(rounds.columns.map((c) => c.title));
    expect(target.values[3]).toEqual([
      "SenseTime",
      "Series C",
      43199,
      600e6,
      "Alibaba",
      "Temasek; Suning Commerce; others not named",
      4.5e9,
    ]);
    expect(target.values[2][4]).toBe("Not reported");
    expect(target.values[4]).toEqual([rounds.footnote, "", "", "", "", "", ""]);
    expect(target.numberFormat[1].slice(2, 4)).toEqual(["mmm yyyy", '$#,##0.0,,"M"']);
    expect(target.numberFormat[3].slice(2)).toEqual([
      "d mmm yyyy",
      '$#,##0.0,,"M"',
      "@",
      "@",
      '"> "$#,##0.00,,,"B"',
    ]);
    expect(calls.tablesAdded).toEqual([[context.workbook.origin.tableRange, true]]);
    expect(calls.resized).toContainEqual([ROWS - 2, COLUMNS - 1]);
    const { table } = context.workbook.sheet;
    expect(table.name).toBe("DealsRounds");
    expect(table.style).toBe("TableStyleMedium2");
    expect(table.header.format.font.bold).toBe(true);
    expect(context.workbook.origin.tableRange.format.autofitted).toBe(true);
    expect(context.workbook.origin.cell.format.font.italic).toBe(true);
  });

  it("writes DEALS formulas in live mode and keeps the other cells as values", async () => {
    const { context } = mockWorkbook(ROWS, COLUMNS);
    await writeAtSelection(context, rounds, formulas);
    const { target } = context.workbook.origin;
    expect(target.formulas[3]).toEqual([
      "SenseTime",
      '=DEALS.AIROUND("SenseTime","C","round")',
      '=DEALS.AIROUND("SenseTime","C","date")',
      '=DEALS.AIROUND("SenseTime","C","amount")',
      '=DEALS.AIROUND("SenseTime","C","lead")',
      '=DEALS.AIROUND("SenseTime","C","other")',
      '=DEALS.VALUATION("SenseTime","C")',
    ]);
    expect(target.formulas[1][1]).toBe('=DEALS.AIROUND("SenseTime","2017-07","round")');
    expect(target.numberFormat[3]).toEqual([
      "@",
      "General",
      "d mmm yyyy",
      '$#,##0.0,,"M"',
      "General",
      "General",
      '"> "$#,##0.00,,,"B"',
    ]);
  });

  it("numbers the table name past the table and defined names already taken", async () => {
    const { context } = mockWorkbook(ROWS, COLUMNS, {
      tableNames: ["DealsRounds", "Table1"],
      definedNames: ["dealsrounds2"],
    });
    const outcome = await writeAtSelection(context, rounds, values);
    expect(context.workbook.sheet.table.name).toBe("DealsRounds3");
    expect(outcome.message).toContain("as table DealsRounds3");
  });

  it("writes nothing and names the first occupied cell when the target is not empty", async () => {
    const occupied = Array.from({ length: ROWS }, () =>
      Array.from({ length: COLUMNS }, (): string | number => ""),
    );
    occupied[2][3] = 7;
    occupied[4][0] = "note";
    const { context, calls, sync } = mockWorkbook(ROWS, COLUMNS, { values: occupied });
    const outcome = await writeAtSelection(context, rounds, values);
    expect(outcome).toEqual({
      ok: false,
      message:
        "Sheet1!F4 is not empty: nothing was written. Choose an empty area or insert on a new sheet.",
    });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(calls.writes).toEqual([]);
    expect(calls.tablesAdded).toEqual([]);
    expect(context.workbook.origin.target.values).toBe(occupied);
  });

  it("writes nothing when the target overlaps a table or the sheet is protected", async () => {
    const overlap = mockWorkbook(ROWS, COLUMNS, { overlapping: ["Sales"] });
    expect((await writeAtSelection(overlap.context, rounds, values)).message).toMatch(
      /^The target overlaps the table Sales: nothing was written/,
    );
    const locked = mockWorkbook(ROWS, COLUMNS, { protected: true });
    expect((await writeAtSelection(locked.context, rounds, values)).message).toBe(
      "The sheet is protected: unprotect it or insert on a new sheet.",
    );
    expect([...overlap.calls.writes, ...locked.calls.writes]).toEqual([]);
    expect([...overlap.calls.tablesAdded, ...locked.calls.tablesAdded]).toEqual([]);
  });

  it.each(["values", "formulas"] as const)(
    "writes hostile strings as text in %s mode (formats queued first)",
    async (mode) => {
      const hostile = ['=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)", "\tX", "\rX", "'quoted"];
      const model: TableModel = {
        ...rounds,
        columns: hostile.map((title) => ({ title, kind: "text" })),
        rows: [hostile.map(labelCell)],
      };
      const { context, calls } = mockWorkbook(3, hostile.length);
      await writeAtSelection(context, model, { ...values, mode });
      const { target } = context.workbook.origin;
      expect(calls.writes).toEqual(["numberFormat", mode]);
      // The Text format alone keeps them literal: no quote prefix, which a Text cell would show.
      expect(target[mode].slice(0, 2)).toEqual([hostile, hostile]);
      expect(target.numberFormat.slice(0, 2)).toEqual([
        hostile.map(() => "@"),
        hostile.map(() => "@"),
      ]);
    },
  );

  it.each(["values", "formulas"] as const)(
    "gives every text cell of the three tables the Text format in %s mode",
    async (mode) => {
      for (const model of [
        roundComparison(catalog),
        companyComparison(catalog),
        investorMap(catalog),
      ]) {
        const { context } = mockWorkbook(model.rows.length + 2, model.columns.length);
        await writeAtSelection(context, model, { ...values, mode });
        const { target } = context.workbook.origin;
        const cells = target[mode].flatMap((row, r) =>
          row.map((cell, c) => ({ cell, format: target.numberFormat[r][c] })),
        );
        const untyped = cells.filter(
          ({ cell, format }) =>
            typeof cell === "string" &&
            cell !== "" &&
            format !== "@" &&
            !(mode === "formulas" && cell.startsWith("=DEALS.")),
        );
        expect(untyped).toEqual([]);
        expect(cells.some(({ cell }) => typeof cell === "string" && cell.startsWith("'"))).toBe(
          false,
        );
      }
    },
  );

  it("adds a clustered column chart of the round amounts when asked", async () => {
    const { context, calls } = mockWorkbook(ROWS, COLUMNS);
    await writeAtSelection(context, rounds, { ...values, chart: true });
    expect(calls.charts).toEqual([["ColumnClustered", context.workbook.origin.cell, "Columns"]]);
  });

  it("keeps a footnote of two rows out of the table and the chart", async () => {
    const footnote = `Sources: ${Array.from({ length: 600 }, (_, i) => `"Funding round-up ${i}: four companies raise new money", 15 Jan 2026`).join("; ")}.`;
    const { context, calls } = mockWorkbook(ROWS + 1, COLUMNS);
    await writeAtSelection(context, { ...rounds, footnote }, { ...values, chart: true });
    const { target } = context.workbook.origin;
    expect(target.values.slice(-2).map((row) => row[0])).toEqual(footnoteLines(footnote));
    // The table is the header and the rounds: the block less its two footnote rows.
    expect(calls.resized).toContainEqual([ROWS - 2, COLUMNS - 1]);
    expect(calls.resized).not.toContainEqual([ROWS - 1, COLUMNS - 1]);
  });
});

describe("writeOnNewSheet", () => {
  it("adds a sheet and a table Excel names itself, in one sync", async () => {
    const { context, calls, sync } = mockWorkbook(ROWS, COLUMNS);
    const outcome = await writeOnNewSheet(context, rounds, { ...values, placement: "newSheet" });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(calls.sheetsAdded).toBe(1);
    expect(context.workbook.newSheet.activated).toBe(true);
    expect(outcome).toEqual({
      ok: true,
      message: "Inserted Round comparison on the new sheet Sheet4 as table Table7 (values).",
    });
  });
});

describe("a table larger than one request", () => {
  // 3,000 rows of 8 distinct 240-character texts: about 6 MB of values and formats.
  const wide = (r: number, c: number) => `row ${r} column ${c} `.padEnd(240, "x");
  const large: TableModel = {
    ...rounds,
    columns: Array.from({ length: 8 }, (_, c) => ({ title: `Column ${c}`, kind: "text" })),
    rows: Array.from({ length: 3_000 }, (_, r) =>
      Array.from({ length: 8 }, (_, c) => labelCell(wide(r, c))),
    ),
  };
  const block = tableBlock(large, "values");
  const plan = planInsertion(
    block.cells.map((row, i) => rowPayloadBytes(row, block.numberFormats[i])),
  );

  /** The payload each sync carried, from the mock's record of chunk writes. */
  const bytesPerSync = (calls: Calls) => {
    const bytes = new Map<number, number>();
    for (const write of calls.chunks)
      bytes.set(write.sync, (bytes.get(write.sync) ?? 0) + write.bytes);
    return [...bytes.values()];
  };

  it("is planned in more than one sync", () => {
    expect(plan.totalBytes).toBeGreaterThan(5_000_000);
    expect(plan.syncs).toBeGreaterThan(1);
  });

  it("is written at the selection after the read, one sync per planned chunk, each under the limit", async () => {
    const { context, calls, sync } = mockWorkbook(block.height, block.width);
    const outcome = await writeAtSelection(context, large, values);
    expect(outcome.ok).toBe(true);
    expect(sync).toHaveBeenCalledTimes(1 + plan.syncs);
    const sent = bytesPerSync(calls);
    expect(sent).toHaveLength(plan.syncs);
    for (const bytes of sent) expect(bytes).toBeLessThan(5_000_000);
    // The read sync comes first: no chunk is written before it.
    expect(Math.min(...calls.chunks.map((write) => write.sync))).toBe(1);
    expect(calls.chunked.values).toEqual(block.cells);
    expect(calls.chunked.numberFormat).toEqual(block.numberFormats);
    expect(calls.writes).toEqual([]);
    expect(calls.tablesAdded).toHaveLength(1);
  });

  it("is written on a new sheet in exactly the planned syncs", async () => {
    const { context, calls, sync } = mockWorkbook(block.height, block.width);
    await writeOnNewSheet(context, large, { ...values, placement: "newSheet" });
    expect(sync).toHaveBeenCalledTimes(plan.syncs);
    // Each sync carries its chunk's rows plus the JSON brackets and commas around them.
    const sent = bytesPerSync(calls);
    sent.forEach((bytes, i) =>
      expect(bytes).toBeLessThan(plan.chunks[i].bytes + 2 * (plan.chunks[i].rows + 1) + 1),
    );
    for (const bytes of sent)
      expect(bytes).toBeLessThanOrEqual(MAX_SYNC_BYTES + 2 * (block.height + 1));
    expect(calls.chunks.filter((write) => write.key === "values").map((w) => w.rows)).toEqual(
      plan.chunks.map((chunk) => chunk.rows),
    );
  });

  it("writes nothing when the target is occupied", async () => {
    const occupied = Array.from({ length: block.height }, () =>
      Array.from({ length: block.width }, (): string | number => ""),
    );
    occupied[2_500][5] = "keep me";
    const { context, calls, sync } = mockWorkbook(block.height, block.width, { values: occupied });
    const outcome = await writeAtSelection(context, large, values);
    expect(outcome.ok).toBe(false);
    expect(sync).toHaveBeenCalledTimes(1);
    expect([...calls.writes, ...calls.chunks]).toEqual([]);
    expect(occupied[2_500][5]).toBe("keep me");
  });
});

describe("insertTable", () => {
  it("returns Excel's refusal during sync as a message", async () => {
    const { sync, calls } = mockWorkbook(ROWS, COLUMNS);
    sync.mockRejectedValueOnce(Object.assign(new Error("denied"), { code: "AccessDenied" }));
    const outcome = await insertTable(rounds, values);
    expect(outcome).toEqual({
      ok: false,
      message: "The sheet is protected: unprotect it or insert on a new sheet.",
    });
    expect(calls.writes).toEqual([]);
  });
});
