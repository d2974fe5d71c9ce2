import { auditErrorMessage } from "../../../src/excel/audit/audit-errors";
import { excelErrorMessage } from "../../../src/taskpane/excel-errors";

describe("auditErrorMessage", () => {
  it("returns the audit's own words where the insert wording would mislead", () => {
    const editing = auditErrorMessage({ code: "InvalidOperationInCellEditMode" });
    const locked = auditErrorMessage({ code: "AccessDenied" });
    expect(editing).toBe(
      "Excel is editing a cell: press Enter or Esc in the sheet, then try again. Nothing was changed.",
    );
    expect(locked).toBe("A sheet is protected: unprotect it and try again. Nothing was changed.");
    expect(`${editing} ${locked}`).not.toMatch(/insert/i);
  });

  it("returns the pane's message for any other Excel error", () => {
    for (const error of [{ code: "ApiNotFound" }, new Error("Timeout"), "lost"]) {
      expect(auditErrorMessage(error)).toBe(excelErrorMessage(error));
    }
    expect(auditErrorMessage(new Error("Timeout"))).toBe(
      "Excel did not accept the change: Timeout",
    );
  });
});
