/**
 * Whether the pane runs inside Excel. In a plain browser `Office.onReady` resolves with
 * `host: null`; when office.js could not load at all, `Office` is undefined and the answer is
 * immediate. A host that never answers counts as "not Excel" after a few seconds, and a late
 * answer still enables Excel features.
 */
export function whenHostKnown(onHost: (inExcel: boolean) => void, timeoutMs = 5000): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    onHost(false);
    return;
  }
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) onHost(false);
  }, timeoutMs);
  Office.onReady()
    .then((info) => {
      answered = true;
      clearTimeout(timer);
      onHost(info.host === Office.HostType.Excel);
    })
    .catch(() => {
      answered = true;
      clearTimeout(timer);
      onHost(false);
    });
}

export const NOT_IN_EXCEL =
  "Not running in Excel: previews, the formula builder and the playground work; inserting needs Excel.";
