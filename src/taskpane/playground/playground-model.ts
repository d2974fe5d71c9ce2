/**
 * What the playground shows for an evaluation, as text: pure, so it is tested without a DOM.
 * Numbers read as Excel's General format shows them (up to 15 significant digits), booleans as
 * TRUE/FALSE, errors as their code and message.
 */
import type { Evaluation, Shown, ShownCell } from "./evaluate-formula";

/**
 * A cell's value as Excel's General format shows it.
 * @example cellText(0.1 + 0.2) // "0.3"
 * @example cellText(true)      // "TRUE"
 * @example cellText({ error: "#N/A" }) // "#N/A"
 */
export function cellText(cell: ShownCell): string {
  if (typeof cell === "number") return String(Number(cell.toPrecision(15)));
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "object") return cell.error;
  return cell;
}

/** The playground's answer, one line: the value, the error and its message, or why it is text. */
export function shownText(shown: Shown): string {
  switch (shown.kind) {
    case "value":
      return cellText(shown.value);
    case "spill":
      return shown.rows.map((row) => row.map(cellText).join("\t")).join("\n");
    case "error":
      return shown.message ? `${shown.code} ${shown.message}` : shown.code;
    case "syntax":
      return shown.message;
    case "text":
      return shown.text;
  }
}

/**
 * Why a typed entry is text: Excel evaluates only what starts with "=".
 * @example textNote("hello") // 'Not a formula: Excel keeps text that does not start with "=" as it is typed. Start with "=" to evaluate it.'
 */
export function textNote(text: string): string {
  return text.trim() === ""
    ? 'Type a formula that starts with "=", e.g. =DEALS.AIROUND("SenseTime","C")/1000000.'
    : 'Not a formula: Excel keeps text that does not start with "=" as it is typed. Start with "=" to evaluate it.';
}

/** The argument that says whether a spilling DEALS function writes a header row. */
const HEADERS_ARGUMENT: Record<string, number> = { AIROUNDS: 1, INVESTORS: 2, INVESTMENTS: 2 };

/**
 * Whether a spill's first row is its header: the formula is one spilling DEALS call and its
 * `headers` argument is not 0, FALSE or "0" (header rows are the default).
 * @example spillHasHeader({ single: { name: "AIROUNDS", args: ["SenseTime"] }, … })      // true
 * @example spillHasHeader({ single: { name: "AIROUNDS", args: ["SenseTime", 0] }, … })   // false
 */
export function spillHasHeader(evaluation: Evaluation): boolean {
  const at = evaluation.single ? HEADERS_ARGUMENT[evaluation.single.name] : undefined;
  if (!evaluation.single || at === undefined) return false;
  const headers = evaluation.single.args[at];
  return headers !== 0 && headers !== false && headers !== "0";
}

/** Whether the view shows the DEALS calls a formula used (a compound formula), not just one. */
export const showsInputs = (evaluation: Evaluation): boolean =>
  !evaluation.single && evaluation.calls.length > 0;
