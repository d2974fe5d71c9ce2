/** The Freeze DEALS formulas / Restore formulas section: reads, confirms, writes, reports. */
import type { FreezeScope } from "../../excel/audit/prepare-freeze";
import { loadAudit } from "../audit-loader";
import { byId, showStatus } from "../dom";
import { freezeView, type FreezeState } from "./freeze-view-model";

const scopeOf = (value: string | undefined): FreezeScope =>
  value === "sheet" || value === "workbook" ? value : "selection";

/** Wires the section; the returned function tells it whether the pane runs in Excel. */
export function setUpFreeze(): (inExcel: boolean) => void {
  const prepare = byId("freeze-prepare", HTMLButtonElement);
  const restore = byId("freeze-restore", HTMLButtonElement);
  const confirm = byId("freeze-confirm", HTMLElement);
  const summary = byId("freeze-summary", HTMLElement);
  const apply = byId("freeze-apply", HTMLButtonElement);
  const cancel = byId("freeze-cancel", HTMLButtonElement);
  const status = byId("freeze-status", HTMLElement);
  let inExcel = false;
  let state: FreezeState = { kind: "idle" };

  const render = () => {
    const view = freezeView(state, inExcel);
    prepare.disabled = view.prepareDisabled;
    restore.disabled = view.restoreDisabled;
    prepare.title = restore.title = view.reason;
    confirm.hidden = view.confirmHidden;
    apply.disabled = view.applyDisabled;
    summary.textContent = view.summary;
    if (view.status) showStatus(status, view.status);
    else status.textContent = "";
  };
  const set = (next: FreezeState) => {
    state = next;
    render();
  };

  prepare.addEventListener("click", async () => {
    const checked = document.querySelector<HTMLInputElement>('input[name="freeze-scope"]:checked');
    const scope = scopeOf(checked?.value);
    set({ kind: "reading" });
    const { runPrepareFreeze, describePlan } = await loadAudit();
    const read = await runPrepareFreeze(scope);
    if (!read.ok) return set({ kind: "idle", outcome: read });
    const { plan, signature } = read.prepared;
    const text = describePlan(plan, scope);
    set({ kind: "confirming", scope, signature, summary: text, cells: plan.cells });
  });
  apply.addEventListener("click", async () => {
    if (state.kind !== "confirming") return;
    const { scope, signature } = state;
    set({ kind: "writing", what: "freeze" });
    const { runFreeze } = await loadAudit();
    const outcome = await runFreeze(scope, signature);
    const changed = outcome.prepared;
    if (changed) {
      return set({
        kind: "confirming",
        scope,
        signature: changed.signature,
        summary: outcome.message,
        cells: changed.plan.cells,
      });
    }
    set({ kind: "idle", outcome });
  });
  cancel.addEventListener("click", () => set({ kind: "idle" }));
  restore.addEventListener("click", async () => {
    set({ kind: "writing", what: "restore" });
    const { runRestore } = await loadAudit();
    set({ kind: "idle", outcome: await runRestore() });
  });

  render();
  return (excel) => {
    inExcel = excel;
    render();
  };
}
