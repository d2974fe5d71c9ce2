/** Excel's refusals during trace, freeze and restore, as sentences that say what happened. */
import { excelErrorMessage } from "../../taskpane/excel-errors";

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is editing a cell: press Enter or Esc in the sheet, then try again. Nothing was changed.",
  AccessDenied: "A sheet is protected: unprotect it and try again. Nothing was changed.",
};

/**
 * @example auditErrorMessage({ code: "InvalidOperationInCellEditMode" }) // "Excel is editing a cell: …"
 */
export function auditErrorMessage(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return MESSAGES[code] ?? excelErrorMessage(error);
}
