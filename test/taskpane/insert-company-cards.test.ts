import { OfficeMockObject } from "office-addin-mock";
import { insertCompanyCards, profileFormula } from "../../src/taskpane/insert-company-cards";
import { HOSTS, mockRequirementSets } from "./host-sets";

/** A workbook whose selection is B3; the resized range is the target the cards go into. */
function mockExcel(formulas: string[][], address = "Sheet1!B3:B4") {
  const target = { address, formulas, valuesAsJson: [] as unknown[][] };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        selection: {
          cellAt: [] as number[],
          first: {
            target,
            resizedBy: [] as number[],
            getResizedRange(rows: number, columns: number) {
              this.resizedBy = [rows, columns];
              return this.target;
            },
          },
          getCell(row: number, column: number) {
            this.cellAt = [row, column];
            return this.first;
          },
        },
        getSelectedRange() {
          return this.selection;
        },
      },
    },
    run(batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as unknown as MockExcel;
  Object.assign(globalThis, { Excel: mock });
  const sync = jest.spyOn(mock.context, "sync");
  return { mock, sync, first: mock.context.workbook.selection.first };
}

type MockExcel = {
  context: {
    sync(): Promise<void>;
    workbook: {
      selection: {
        cellAt: number[];
        first: { resizedBy: number[]; target: { formulas: unknown[][]; valuesAsJson: unknown } };
      };
    };
  };
};

beforeEach(() => mockRequirementSets(HOSTS["Microsoft 365 / Excel on the web"]));

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Excel");
  Reflect.deleteProperty(globalThis, "Office");
});

describe("insertCompanyCards", () => {
  it("writes one PROFILE formula per company from the selected cell down in two syncs", async () => {
    const { mock, sync, first } = mockExcel([[""], [""]]);
    const answer = await insertCompanyCards(["sensetime", "Face++"], "formulas");
    expect(answer).toEqual({ kind: "inserted", address: "Sheet1!B3:B4" });
    expect(mock.context.workbook.selection.cellAt).toEqual([0, 0]);
    expect(first.resizedBy).toEqual([1, 0]);
    expect(first.target.formulas).toEqual([
      ['=DEALS.PROFILE("SenseTime")'],
      ['=DEALS.PROFILE("Megvii")'],
    ]);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("writes nothing and names the first occupied cell when a target cell is not empty", async () => {
    const { sync, first } = mockExcel([[""], ["=1+1"]], "'Deal memo'!B3:B4");
    const answer = await insertCompanyCards(["SenseTime", "Megvii"], "formulas");
    expect(answer).toEqual({
      kind: "occupied",
      cell: "'Deal memo'!B4",
      message: "'Deal memo'!B4 is not empty: nothing was inserted.",
    });
    expect(first.target.formulas).toEqual([[""], ["=1+1"]]);
    // Never assigned: it still holds the mock's "not loaded" marker, not an array of values.
    expect(first.target.valuesAsJson).not.toEqual(expect.any(Array));
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("writes entity values when asked for entities and data types are supported", async () => {
    const { sync, first } = mockExcel([[""]], "Sheet1!B3");
    const answer = await insertCompanyCards(["SenseTime"], "entities");
    expect(answer).toEqual({ kind: "inserted", address: "Sheet1!B3" });
    expect(first.target.valuesAsJson).toEqual([
      [expect.objectContaining({ type: "Entity", text: "SenseTime" })],
    ]);
    expect(first.target.formulas).toEqual([[""]]);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("returns invalid and touches nothing when entities are asked of Excel 2021", async () => {
    mockRequirementSets(HOSTS["Excel 2021 / 2024 (perpetual)"]);
    const { sync } = mockExcel([[""]]);
    const answer = await insertCompanyCards(["SenseTime"], "entities");
    expect(answer).toMatchObject({ kind: "invalid", allowed: ["formulas"] });
    expect(sync).not.toHaveBeenCalled();
  });

  it("returns invalid and touches nothing when PROFILE formulas are asked of Excel 2021", async () => {
    mockRequirementSets(HOSTS["Excel 2021 / 2024 (perpetual)"]);
    const { sync } = mockExcel([[""]]);
    const answer = await insertCompanyCards(["SenseTime"], "formulas");
    expect(answer).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/cannot show DEALS\.PROFILE cards/),
    });
    expect(sync).not.toHaveBeenCalled();
  });

  it("returns the lookup's message and touches nothing when a name is unknown", async () => {
    const { sync } = mockExcel([[""], [""]]);
    const answer = await insertCompanyCards(["SenseTime", "SenseTme"], "formulas");
    expect(answer).toMatchObject({
      kind: "notFound",
      message: "Unknown company 'SenseTme'. Did you mean SenseTime?",
    });
    expect(sync).not.toHaveBeenCalled();
  });

  it("returns a message instead of throwing when Excel refuses the batch", async () => {
    const { sync } = mockExcel([[""]], "Sheet1!B3");
    sync.mockRejectedValueOnce(
      Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }),
    );
    const answer = await insertCompanyCards(["SenseTime"], "formulas");
    expect(answer).toMatchObject({
      kind: "excelError",
      message: expect.stringContaining("editing a cell"),
    });
  });

  it("returns invalid when no company is chosen", async () => {
    expect(await insertCompanyCards([], "formulas")).toMatchObject({ kind: "invalid" });
  });
});

describe("profileFormula", () => {
  it("returns a DEALS.PROFILE formula with quotes doubled when the name has quotes", () => {
    expect(profileFormula("SenseTime")).toBe('=DEALS.PROFILE("SenseTime")');
    expect(profileFormula('A "B"')).toBe('=DEALS.PROFILE("A ""B""")');
  });
});
