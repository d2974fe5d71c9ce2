/** Turns an error from `Excel.run`/`context.sync` into a sentence an analyst can act on. */

export const PROTECTED_MESSAGE = "The sheet is protected: unprotect it or insert on a new sheet.";

const MESSAGES: Record<string, string> = {
  AccessDenied: PROTECTED_MESSAGE,
  InvalidOperationInCellEditMode:
    "Excel is editing a cell: press Enter or Esc in the sheet, then insert again.",
  ItemAlreadyExists: "A sheet or table with that name already exists: insert again.",
  InvalidArgument:
    "The table does not fit at the selected cell: choose a cell with more room or insert on a new sheet.",
  InvalidOperation:
    "Excel refused to insert the table here (a merged cell, a table or a protected area may be in the way). Choose an empty area or insert on a new sheet.",
  ApiNotFound:
    "This version of Excel lacks an API the pane needs: use Excel on the web or update Excel.",
};

/**
 * The `code` an Office error carries (OfficeExtension.Error), or "" for any other error.
 * @example errorCode({ code: "AccessDenied" }) // "AccessDenied"
 */
export const errorCode = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";

/** Office errors carry a `code` (OfficeExtension.Error); anything else is reported by its message. */
export function excelErrorMessage(error: unknown): string {
  const known = MESSAGES[errorCode(error)];
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  return `Excel did not accept the change: ${detail}`;
}
