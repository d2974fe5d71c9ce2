/**
 * Company cards are entity values, which need data types: ExcelApi 1.16. Older hosts show an
 * entity as #VALUE!, so the pane offers entity cards only where this answers true.
 *
 * Outside Office (a plain browser, a test) `Office` is undefined or not initialized: false.
 */
export function profileSupported(): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("ExcelApi", "1.16") ?? false;
}
