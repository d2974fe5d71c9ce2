/**
 * Excel's refusals during trace, freeze and restore, as sentences that say what happened. Where the
 * pane's insert wording would mislead (it suggests inserting on a new sheet), the audit has its own;
 * every other error reads as anywhere in the pane.
 */
import { errorCode, excelErrorMessage } from "../../taskpane/excel-errors";

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is editing a cell: press Enter or Esc in the sheet, then try again. Nothing was changed.",
  AccessDenied: "A sheet is protected: unprotect it and try again. Nothing was changed.",
};

/**
 * @example auditErrorMessage({ code: "InvalidOperationInCellEditMode" }) // "Excel is editing a cell: …"
 */
export function auditErrorMessage(error: unknown): string {
  return MESSAGES[errorCode(error)] ?? excelErrorMessage(error);
}
