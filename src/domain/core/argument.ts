import { distance } from "fastest-levenshtein";
import { errorText } from "./error-text";
import { invalid, ok, type Result } from "./result";
import { remembered } from "./remembered";

/**
 * What a cell passes, read as its plain value: a card (an entity) by its text, a cell value that
 * holds one text, number or TRUE/FALSE (`{ type: "Double", basicValue: 2 }`, String, Boolean,
 * FormattedNumber, Empty) by its basic value. A one-cell range is its cell. Anything else is
 * returned as it came, among them an error and a value Excel shows as one (an image, an entity with
 * no text): their basic value ("#N/A", "#VALUE!") is no text the analyst typed.
 * @example plainArgument({ type: "Entity", text: "SenseTime", properties: {} }) // "SenseTime"
 * @example plainArgument([["C"]])                                            // "C"
 * @example plainArgument({ type: "Double", basicValue: 2 })                    // 2
 * @example plainArgument({ type: "Error", basicValue: "#N/A" })                // the same object
 */
export function plainArgument(value: unknown): unknown {
  // A one-cell range ({{"C"}}, or A1:A1) is that cell.
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0])) {
    const [row] = value as unknown[][];
    if (row.length === 1) return plainArgument(row[0]);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const cell = value as { type?: unknown; text?: unknown; basicValue?: unknown };
  if ((cell.type === "Entity" || cell.type === "LinkedEntity") && typeof cell.text === "string") {
    return cell.text;
  }
  return typeof cell.type === "string" && SCALAR_TYPES.includes(cell.type)
    ? cell.basicValue
    : value;
}

/** The cell value types whose basic value is the value itself. */
const SCALAR_TYPES = ["String", "Double", "Boolean", "FormattedNumber", "Empty"];

/**
 * An optional argument for which 0 and "" cannot be meant (a round, a field, a currency): a blank
 * cell, which Excel passes as 0 on the desktop, null on the web, or "", reads as omitted.
 * @example omittedIfBlank(0)   // undefined
 * @example omittedIfBlank("C") // "C"
 */
export function omittedIfBlank(value: unknown): unknown {
  const plain = plainArgument(value);
  return plain === 0 || plain === null || (typeof plain === "string" && plain.trim() === "")
    ? undefined
    : plain;
}

/** Longer text than any name or option we know is refused before any lookup. */
export const MAX_TEXT_LENGTH = 200;

/**
 * How an argument is shown in messages: short, single-line, quoted. What is not text, a number or
 * TRUE/FALSE is described rather than printed, so a message never reads "null" or "[object …]";
 * TRUE and FALSE read as Excel shows them.
 * @example quoteArgument("Sense  Time") // "'Sense Time'"
 * @example quoteArgument(NaN)          // "#NUM!"
 */
export function quoteArgument(value: unknown): string {
  if (value === null || value === undefined) return "an empty cell";
  if (typeof value === "number" && !Number.isFinite(value)) return "#NUM!";
  if (Array.isArray(value)) return "a range of several cells";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const error = errorText(value);
  if (error !== undefined) return error;
  if (typeof value === "object" || typeof value === "function" || typeof value === "symbol") {
    return "a value that is not text, a number or TRUE/FALSE";
  }
  const text = String(value).replace(/\s+/g, " ");
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

/**
 * A required text argument, trimmed. Empty, missing, non-text and overlong values are invalid.
 * @example
 * textArgument("  SenseTime ", "company", ["SenseTime"]) // { kind: "ok", value: "SenseTime" }
 * textArgument(42, "company", ["SenseTime"]).kind      // "invalid"
 */
export function textArgument(
  value: unknown,
  name: string,
  examples: readonly string[],
): Result<string> {
  value = plainArgument(value);
  const text = typeof value === "string" ? value.trim() : "";
  if (text.length > 0 && text.length <= MAX_TEXT_LENGTH) return ok(text);
  // The failure message is built only on failure: this runs on every call of every function.
  // A blank cell passes 0 on the desktop and null on the web; no name is 0.
  const why =
    value === null || value === undefined || value === 0
      ? "is missing"
      : typeof value !== "string"
        ? `must be text, not ${quoteArgument(value)}`
        : text.length === 0
          ? "is empty"
          : `is longer than ${MAX_TEXT_LENGTH} characters`;
  return invalid(`The ${name} ${why}.${useHint(examples)}`, [...examples]);
}

/**
 * How a message lists what to type: `Use "SenseTime" or "Megvii".` for two, `Use one of: founded,
 * ceo, …` for a longer list, so that the list stays readable within Excel's 255 characters.
 */
function useHint(examples: readonly string[]): string {
  if (examples.length === 0) return "";
  return examples.length > 2
    ? ` Use one of: ${examples.join(", ")}.`
    : ` Use ${examples.map((e) => `"${e}"`).join(" or ")}.`;
}

/**
 * An option chosen from a fixed list, matched ignoring case, spaces and punctuation.
 * `options` maps each accepted spelling to its canonical value.
 */
export function optionArgument<T>(
  value: unknown,
  name: string,
  options: ReadonlyMap<string, T>,
  shown: readonly string[],
): Result<T> {
  value = plainArgument(value);
  const exact = typeof value === "string" ? options.get(value) : undefined;
  if (exact !== undefined) return ok(exact);
  const text = textArgument(value, name, shown);
  if (text.kind !== "ok") return text;
  const key = optionKey(text.value);
  const match = options.get(key);
  if (match !== undefined) return ok(match);
  const guess = closestOption(key, options);
  const hint = guess === undefined ? "" : ` Did you mean ${guess}?`;
  const rest = `.${hint} Use one of: ${shown.join(", ")}.`;
  const full = `Unknown ${name} ${quoteArgument(text.value)}${rest}`;
  // Excel shows 255 characters: a long typed text is left out rather than the list cut short.
  return invalid(
    full.length > 255 ? `Unknown ${name}${rest}` : full,
    guess === undefined ? [...shown] : [guess, ...shown.filter((s) => s !== guess)],
  );
}

/**
 * The option a typo most likely meant: the one whose spelling is within a few edits of the typed
 * key (one edit in four letters, at most two), if it is text; else undefined.
 * @example closestOption("amout", new Map([["amount", "amount"]])) // "amount"
 */
function closestOption<T>(key: string, options: ReadonlyMap<string, T>): string | undefined {
  const allowed = Math.min(2, Math.floor(key.length / 4));
  let best: { value: T; edits: number } | undefined;
  for (const [spelling, value] of options) {
    const edits = distance(key, spelling);
    if (edits <= allowed && (best === undefined || edits < best.edits)) best = { value, edits };
  }
  return typeof best?.value === "string" ? best.value : undefined;
}

/**
 * "Post-money Valuation" → "postmoneyvaluation". Every call reads its field and round this way,
 * often more than once: each text is keyed once. NFKC first, so that a ligature copied from a PDF
 * ("ﬁrst") or a full-width or Roman-numeral letter ("Ｃ", "Ⅽ") keeps its letters. Letters of other
 * scripts are kept too, so that a word no key has ("amount 百万", "amount股") matches nothing
 * rather than being dropped to leave a key it does not mean.
 * @example optionKey("Series Ⅽ") // "seriesc"
 * @example optionKey("Amount (百万)") // "amount百万"
 */
export const optionKey: (text: string) => string = remembered(1024, (text) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ""),
);

/**
 * An optional flag in Excel's conventions: omitted → `fallback`; TRUE/FALSE; 1/0; "yes"/"no".
 */
export function flagArgument(value: unknown, name: string, fallback: boolean): Result<boolean> {
  value = plainArgument(value);
  if (value === null || value === undefined || value === "") return ok(fallback);
  if (typeof value === "boolean") return ok(value);
  if (value === 1 || value === 0) return ok(value === 1);
  const text = typeof value === "string" ? flagText(value) : undefined;
  if (text !== undefined) return ok(text);
  return invalid(`The ${name} must be TRUE or FALSE (or 1 or 0), not ${quoteArgument(value)}.`, [
    "TRUE",
    "FALSE",
  ]);
}

/**
 * TRUE or FALSE written as text, as a cell or a CSV import can hold it: "TRUE"/"FALSE", "yes"/"no",
 * "1"/"0", in any case; undefined for other text. Compared as typed, trimmed: "-1" is not "1".
 * @example flagText(" Yes ") // true
 * @example flagText("-1")    // undefined
 */
export function flagText(value: string): boolean | undefined {
  const key = value.trim().toLowerCase();
  if (["true", "yes", "1"].includes(key)) return true;
  if (["false", "no", "0"].includes(key)) return false;
  return undefined;
}
