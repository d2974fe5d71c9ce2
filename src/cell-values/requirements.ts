/**
 * Office's requirement-set check. Outside Office (a plain browser, a test, the build's bundle
 * check) `Office` is undefined or not initialized: every set counts as missing.
 * @example isSetSupported("ExcelApi", "1.19") // false in a plain browser
 */
export function isSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported(name, version) ?? false;
}
