/** Error cell values, named as Excel shows them. */
/** How Excel shows each error a cell value of type "Error" can hold. */
const ERROR_TEXTS: Readonly<Record<string, string>> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Name: "#NAME?",
  NotAvailable: "#N/A",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Value: "#VALUE!",
};

/**
 * An error cell value as Excel shows it (`{ type: "Error", errorType: "NotAvailable" }` → "#N/A"),
 * so that a message points at the cell to fix; undefined for anything else.
 * @example errorText({ type: "Error", errorType: "Div0" }) // "the error #DIV/0!"
 */
export function errorText(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const cell = value as { type?: unknown; errorType?: unknown };
  if (cell.type !== "Error") return undefined;
  const shown = typeof cell.errorType === "string" ? ERROR_TEXTS[cell.errorType] : undefined;
  return `the error ${shown ?? "in a cell"}`;
}
