import { airounds } from "../../../src/domain/formulas/formulas";
import { catalog } from "../../bundled-catalog";
import { cellAt, localAddress, parseBlock } from "../../../src/domain/audit/a1";
import { CITATION_HEADER } from "../../../src/domain/audit/citation-sheet";
import {
  applyFreeze,
  prepareFreeze,
  type FreezeScope,
} from "../../../src/excel/audit/freeze-formulas";
import { restoreFormulas } from "../../../src/excel/audit/restore-formulas";
import { FakeWorkbook, type FakeSheetSpec } from "./fake-workbook";

const SPILL = '=DEALS.AIROUNDS("SenseTime")';

/** Sheet1: single DEALS cells, one inside a larger formula, one reading A1, a text result that
 * starts with "=", a spill (D1:I3), and a formula that is not DEALS; Sheet2: one DEALS cell. */
function workbook(options: { sheet2Protected?: boolean; selection?: string[] } = {}) {
  const spilled = airounds(catalog, "SenseTime");
  if (spilled.kind !== "ok") throw new Error("no spill");
  const cells: FakeSheetSpec["cells"] = {
    A1: "SenseTime",
    B2: { formula: '=DEALS.AIROUND("SenseTime","C")', value: 6e8, format: '$#,##0.0,,"M"' },
    B3: { formula: "=SUM(B2)", value: 6e8 },
    B4: { formula: '=DEALS.AIROUND(A1,"C","date")+1', value: 43200 },
    B5: { formula: '=DEALS.COMPANY("SenseTime","ceo")', value: "Xu Li" },
    B6: { formula: '=IF(TRUE,"=oops",DEALS.TOTALRAISED("Megvii"))', value: "=oops" },
  };
  const spill = parseBlock("D1:I3", "Sheet1");
  if (!spill) throw new Error("bad block");
  spilled.value.forEach((row, r) =>
    row.forEach((value, c) => {
      cells[localAddress(cellAt(spill, r, c))] =
        r === 0 && c === 0 ? { formula: SPILL, value } : value;
    }),
  );
  return new FakeWorkbook(
    [
      { name: "Sheet1", cells, spills: { D1: "D1:I3" } },
      {
        name: "Sheet2",
        protected: options.sheet2Protected,
        cells: { A1: { formula: '=DEALS.TOTALRAISED("Megvii")', value: 4.6e8 } },
      },
    ],
    { active: "Sheet1!B2", selection: options.selection },
  );
}

async function freeze(book: FakeWorkbook, scope: FreezeScope) {
  const prepared = await prepareFreeze(book.context, scope, catalog);
  const before = book.syncs;
  const outcome = await applyFreeze(book.context, scope, prepared.signature, catalog);
  return { prepared, outcome, applySyncs: book.syncs - before };
}

const citation = (book: FakeWorkbook) => book.sheets.find((s) => s.name === "DEALS citations");

describe("freeze: DEALS formulas to values", () => {
  it("freezes a whole spill when the selection touches one of its cells", async () => {
    const book = workbook({ selection: ["Sheet1!E2"] });
    const { prepared, outcome } = await freeze(book, "selection");
    expect(prepared.plan.cells).toBe(18);
    expect(outcome.ok).toBe(true);
    expect(book.at("Sheet1!D1")).toBe("Round");
    expect(book.at("Sheet1!F3")).toBe(6e8);
    expect(book.sheet("Sheet1").spills.size).toBe(0);
    expect(book.at("Sheet1!B2")).toBe('=DEALS.AIROUND("SenseTime","C")');
    expect(citation(book)?.cells.size).toBe(19 * CITATION_HEADER.length);
  });

  it("keeps a frozen spill's lower bound and dates reading as they did where Excel has data types", async () => {
    const formats = async (hasDataTypes: boolean) => {
      const office = { context: { requirements: { isSetSupported: () => hasDataTypes } } };
      Object.assign(globalThis, { Office: office });
      try {
        const book = workbook({ selection: ["Sheet1!E2"] });
        await freeze(book, "selection");
        const format = (cell: string) => book.sheet("Sheet1").cells.get(cell)?.format;
        return {
          valuation: format("I3"),
          july: format("E2"),
          april: format("E3"),
          amount: format("F3"),
        };
      } finally {
        Reflect.deleteProperty(globalThis, "Office");
      }
    };
    expect(await formats(true)).toEqual({
      valuation: '"> "$#,##0.00,,,"B"',
      july: "mmm yyyy",
      april: "d mmm yyyy",
      amount: undefined,
    });
    expect(await formats(false)).toEqual({
      valuation: undefined,
      july: undefined,
      april: undefined,
      amount: undefined,
    });
  });

  it("keeps a single DEALS cell's lower bound and date reading as they did, not a derived number's", async () => {
    Object.assign(globalThis, {
      Office: { context: { requirements: { isSetSupported: () => true } } },
    });
    try {
      const book = new FakeWorkbook(
        [
          {
            name: "Sheet1",
            cells: {
              A1: { formula: '=DEALS.VALUATION("SenseTime")', value: 4.5e9 },
              A2: { formula: '=DEALS.VALUATION("SenseTime")/1e9', value: 4.5 },
              A3: { formula: '=DEALS.AIROUND("Megvii","C","date")', value: 43009 },
              A4: { formula: '=DEALS.AIROUND("SenseTime","C")', value: 6e8 },
              // The user's own format for a lower bound: kept, never replaced.
              A5: { formula: '=DEALS.VALUATION("SenseTime")', value: 4.5e9, format: "$#,##0" },
            },
          },
        ],
        { active: "Sheet1!A1" },
      );
      await freeze(book, "sheet");
      const format = (cell: string) => book.sheet("Sheet1").cells.get(cell)?.format;
      expect(["A1", "A2", "A3", "A4", "A5"].map(format)).toEqual([
        '"> "$#,##0.00,,,"B"',
        undefined,
        "mmm yyyy",
        undefined,
        "$#,##0",
      ]);
      expect(book.at("Sheet1!A1")).toBe(4.5e9);
    } finally {
      Reflect.deleteProperty(globalThis, "Office");
    }
  });

  it("freezes the DEALS cells of a whole selected column and of several selected areas", async () => {
    const column = await prepareFreeze(
      workbook({ selection: ["Sheet1!B:B"] }).context,
      "selection",
      catalog,
    );
    expect(column.plan.groups.map((g) => g.anchor.top)).toEqual([1, 3, 4, 5]);
    const areas = await prepareFreeze(
      workbook({ selection: ["Sheet1!B2", "Sheet1!I3"] }).context,
      "selection",
      catalog,
    );
    expect(areas.plan.cells).toBe(1 + 18);
  });

  it("freezes every DEALS cell of the active sheet, keeps formats and other formulas", async () => {
    const book = workbook();
    const { prepared, outcome, applySyncs } = await freeze(book, "sheet");
    expect(prepared.plan.cells).toBe(4 + 18);
    expect(outcome.message).toMatch(/^Froze 22 cells\. The sheet DEALS citations lists/);
    expect(book.at("Sheet1!B2")).toBe(6e8);
    expect(book.sheet("Sheet1").cells.get("B2")?.format).toBe('$#,##0.0,,"M"');
    expect(book.at("Sheet1!B3")).toBe("=SUM(B2)");
    expect(book.at("Sheet1!B4")).toBe(43200);
    // Text that starts with "=" stays text: frozen with the quote prefix, never a formula.
    expect(book.sheet("Sheet1").cells.get("B6")).toEqual({ value: "=oops", format: undefined });
    expect(book.at("Sheet2!A1")).toBe('=DEALS.TOTALRAISED("Megvii")');
    // Reads: sheets, used range, spills, the cell A1 a DEALS argument reads; writes: citation, Sheet1.
    expect(applySyncs).toBe(4 + 2);
  });

  it("freezes the whole workbook with one write batch per sheet", async () => {
    const book = workbook();
    const { prepared, applySyncs } = await freeze(book, "workbook");
    expect(prepared.plan.cells).toBe(23);
    expect(book.at("Sheet2!A1")).toBe(4.6e8);
    expect(applySyncs).toBe(4 + 1 + 2);
  });

  it("never takes the citation sheet's formula text (or other text reading =DEALS) for formulas", async () => {
    const book = workbook();
    book.sheet("Sheet2").cells.set("B1", { value: '=DEALS.AIROUND("x","C")' });
    await freeze(book, "workbook");
    const again = await prepareFreeze(book.context, "workbook", catalog);
    expect(again.plan.groups).toEqual([]);
    const active = await prepareFreeze(book.context, "sheet", catalog);
    expect(active.plan.cells).toBe(0);
  });

  it("lists each frozen cell on the citation sheet with its formula, fact, passage and source", async () => {
    const book = workbook();
    await freeze(book, "sheet");
    const sheet = citation(book);
    if (!sheet) throw new Error("no citation sheet");
    const rows = book.rangeAt("'DEALS citations'!A1:J23").values;
    expect(rows[0]).toEqual([...CITATION_HEADER]);
    expect(rows.find((row) => row[1] === "B2")).toEqual([
      "Sheet1",
      "B2",
      "B2",
      '=DEALS.AIROUND("SenseTime","C")',
      6e8,
      "SenseTime · Series C · amount",
      "$600M",
      expect.stringContaining("$600 million"),
      expect.stringMatching(/^"New financing lifts valuation .*", 10 Apr 2018$/),
      "Frozen",
    ]);
    // The formula column is text, not a formula.
    expect(sheet.cells.get("D2")?.formula).toBeUndefined();
    const computed = rows.find((row) => row[1] === "B4");
    expect(computed?.slice(5, 7)).toEqual([
      "SenseTime · Series C · date",
      expect.stringMatching(/^9 Apr 2018 \(inferred: "Announced on Monday"/),
    ]);
    const valuation = rows.find((row) => row[1] === "I3");
    expect(valuation?.slice(2, 7)).toEqual([
      "D1",
      SPILL,
      4.5e9,
      "SenseTime · Series C · post-money valuation",
      "more than $4.5B",
    ]);
    expect(rows.find((row) => row[1] === "D1")?.slice(5, 8)).toEqual([
      "column header",
      "Round",
      "",
    ]);
    expect(book.isBold("'DEALS citations'!A1")).toBe(true);
  });

  it("restores formulas where the cells still hold the frozen values and names the edited ones", async () => {
    const book = workbook();
    await freeze(book, "sheet");
    book.sheet("Sheet1").cells.set("E3", { value: 43300 });
    const before = book.syncs;
    const outcome = await restoreFormulas(book.context);
    expect(book.syncs - before).toBe(4);
    expect(outcome).toEqual({
      ok: false,
      message:
        "Restored 4 formulas. Skipped 1, left as values: Sheet1!D1 (edited since the freeze: Sheet1!E3).",
    });
    expect(book.at("Sheet1!B2")).toBe('=DEALS.AIROUND("SenseTime","C")');
    expect(book.at("Sheet1!B6")).toBe('=IF(TRUE,"=oops",DEALS.TOTALRAISED("Megvii"))');
    expect(book.at("Sheet1!D1")).toBe("Round");
    expect(book.at("Sheet1!E3")).toBe(43300);
    const rows = book.rangeAt("'DEALS citations'!A1:J23").values;
    const status = (cell: string) => rows.find((row) => row[1] === cell)?.[9];
    expect([status("B2"), status("B6")]).toEqual(["Restored", "Restored"]);
    expect([status("D1"), status("I3")]).toEqual([
      "Not restored: edited since the freeze: Sheet1!E3",
      "Not restored: edited since the freeze: Sheet1!E3",
    ]);
    expect(await restoreFormulas(book.context)).toEqual({
      ok: false,
      message: "Every formula the citation sheets record is already restored.",
    });
  });

  it("does not write back a formula someone slipped into the citation sheet", async () => {
    const book = workbook({ selection: ["Sheet1!B2"] });
    await freeze(book, "selection");
    const tampered = '=DEALS.AIROUND("SenseTime","C")+WEBSERVICE("https://example.com/x")';
    book.sheet("DEALS citations").cells.set("D2", { value: tampered });
    const outcome = await restoreFormulas(book.context);
    expect(outcome.message).toBe(
      "Restored 0 formulas. Skipped 1, left as values: Sheet1!B2 (the recorded formula is not restored: it calls WEBSERVICE).",
    );
    expect(book.at("Sheet1!B2")).toBe(6e8);
  });

  it("empties a restored spill's other cells so it spills again", async () => {
    const book = workbook({ selection: ["Sheet1!D1"] });
    await freeze(book, "selection");
    await restoreFormulas(book.context);
    expect(book.at("Sheet1!D1")).toBe(SPILL);
    expect(book.at("Sheet1!E2")).toBe("");
  });

  it("changes nothing on a protected sheet and says which", async () => {
    const book = workbook({ sheet2Protected: true });
    const { outcome } = await freeze(book, "workbook");
    expect(outcome).toEqual({
      ok: false,
      message: "Sheet2 is protected: unprotect it to freeze. Nothing was changed.",
    });
    expect(book.at("Sheet1!B2")).toBe('=DEALS.AIROUND("SenseTime","C")');
    expect(citation(book)).toBeUndefined();
  });

  it("changes nothing when the cells changed after the confirmation", async () => {
    const book = workbook();
    const prepared = await prepareFreeze(book.context, "sheet", catalog);
    book.sheet("Sheet1").cells.set("C9", { formula: '=DEALS.TOTALRAISED("Megvii")', value: 4.6e8 });
    const outcome = await applyFreeze(book.context, "sheet", prepared.signature, catalog);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/^The cells changed since you asked\. Freeze 23 cells/);
    expect(book.at("Sheet1!B2")).toBe('=DEALS.AIROUND("SenseTime","C")');
  });

  it("leaves the workbook as it was when Excel is editing a cell", async () => {
    const book = workbook();
    const prepared = await prepareFreeze(book.context, "sheet", catalog);
    book.failAtSync = { sync: book.syncs + 1, after: 0, code: "InvalidOperationInCellEditMode" };
    await expect(
      applyFreeze(book.context, "sheet", prepared.signature, catalog),
    ).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(book.at("Sheet1!B2")).toBe('=DEALS.AIROUND("SenseTime","C")');
  });

  it("puts the formulas back and removes the citation sheet when a write fails half-way", async () => {
    const book = workbook();
    const prepared = await prepareFreeze(book.context, "workbook", catalog);
    // Reads (4), citation sheet (1), Sheet1 (1); the Sheet2 write fails after its first write.
    book.failAtSync = { sync: book.syncs + 7, after: 1, code: "GeneralException" };
    const outcome = await applyFreeze(book.context, "workbook", prepared.signature, catalog);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(
      /Nothing was frozen: the cells it had reached have their formulas back\.$/,
    );
    expect(book.at("Sheet1!B2")).toBe('=DEALS.AIROUND("SenseTime","C")');
    expect(book.at("Sheet1!D1")).toBe(SPILL);
    expect(book.at("Sheet1!E2")).toBe("");
    expect(book.at("Sheet2!A1")).toBe('=DEALS.TOTALRAISED("Megvii")');
    expect(citation(book)).toBeUndefined();
  });
});
