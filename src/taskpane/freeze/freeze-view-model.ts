/**
 * The Freeze section's state and what it shows: nothing is written before the analyst has seen how
 * many cells change and confirmed; while Excel works every button is disabled.
 */
import type { FreezeScope } from "../../excel/audit/prepare-freeze";

export type FreezeState =
  | { kind: "idle"; outcome?: { ok: boolean; message: string } }
  | { kind: "reading" }
  | { kind: "confirming"; scope: FreezeScope; signature: string; summary: string; cells: number }
  | { kind: "writing"; what: "freeze" | "restore" };

export type FreezeView = {
  prepareDisabled: boolean;
  restoreDisabled: boolean;
  confirmHidden: boolean;
  applyDisabled: boolean;
  summary: string;
  status?: { ok: boolean; message: string };
  /** Why the buttons are disabled, as their tooltip. */
  reason: string;
};

/**
 * @example freezeView({ kind: "reading" }, true).status // { ok: true, message: "Reading the DEALS formulas…" }
 */
export function freezeView(state: FreezeState, inExcel: boolean): FreezeView {
  const base: FreezeView = {
    prepareDisabled: !inExcel,
    restoreDisabled: !inExcel,
    confirmHidden: true,
    applyDisabled: true,
    summary: "",
    reason: inExcel ? "" : "Freezing needs Excel.",
  };
  switch (state.kind) {
    case "idle":
      return state.outcome ? { ...base, status: state.outcome } : base;
    case "reading":
      return {
        ...base,
        prepareDisabled: true,
        restoreDisabled: true,
        status: { ok: true, message: "Reading the DEALS formulas…" },
      };
    case "confirming":
      return {
        ...base,
        confirmHidden: false,
        applyDisabled: state.cells === 0,
        summary: state.summary,
      };
    case "writing":
      return {
        ...base,
        prepareDisabled: true,
        restoreDisabled: true,
        status: {
          ok: true,
          message: state.what === "freeze" ? "Freezing…" : "Restoring formulas…",
        },
      };
  }
}
