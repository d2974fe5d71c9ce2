import { freezeView } from "../../../src/taskpane/freeze/freeze-view-model";

describe("freeze: the section's buttons and messages", () => {
  it("disables freezing outside Excel and says why", () => {
    expect(freezeView({ kind: "idle" }, false)).toMatchObject({
      prepareDisabled: true,
      restoreDisabled: true,
      confirmHidden: true,
      reason: "Freezing needs Excel.",
    });
  });

  it("asks for confirmation with the count before writing, and cannot confirm nothing", () => {
    const confirming = freezeView(
      { kind: "confirming", scope: "sheet", signature: "x", summary: "Freeze 3 cells …", cells: 3 },
      true,
    );
    expect(confirming).toMatchObject({ confirmHidden: false, applyDisabled: false });
    expect(confirming.summary).toBe("Freeze 3 cells …");
    const empty = freezeView(
      { kind: "confirming", scope: "sheet", signature: "", summary: "No DEALS formulas", cells: 0 },
      true,
    );
    expect(empty.applyDisabled).toBe(true);
  });

  it("disables every button while Excel works and then shows the outcome", () => {
    expect(freezeView({ kind: "writing", what: "restore" }, true)).toMatchObject({
      prepareDisabled: true,
      restoreDisabled: true,
      status: { ok: true, message: "Restoring formulas…" },
    });
    const done = { ok: false, message: "Sheet2 is protected: unprotect it to freeze." };
    expect(freezeView({ kind: "idle", outcome: done }, true).status).toBe(done);
  });
});
