/**
 * Expected failures are values: every lookup answers with one of these, never by throwing. The
 * custom functions turn them into Excel errors in one place; the pane shows their messages.
 */
export type Result<T> = Ok<T> | NotFound | NotReported | Invalid;

export type Ok<T> = { kind: "ok"; value: T };

/** The name or round does not exist in the dataset; `suggestions` are close names that do. */
export type NotFound = { kind: "notFound"; message: string; suggestions: string[] };

/** The entity exists but the source does not give this value. */
export type NotReported = { kind: "notReported"; message: string };

/** The argument itself is malformed (empty, wrong type, unknown option); `allowed` lists options. */
export type Invalid = { kind: "invalid"; message: string; allowed: string[] };

export type Failure = NotFound | NotReported | Invalid;

/**
 * The Excel error each failure shows as: a missing name or fact is #N/A (like a failed lookup), a
 * malformed argument #VALUE!. The custom functions throw these codes; the pane displays them.
 */
export const EXCEL_ERROR = {
  notFound: "#N/A",
  notReported: "#N/A",
  invalid: "#VALUE!",
} as const satisfies Record<Failure["kind"], string>;

export const ok = <T>(value: T): Ok<T> => ({ kind: "ok", value });

export const notFound = (message: string, suggestions: string[] = []): NotFound => ({
  kind: "notFound",
  message,
  suggestions,
});

/** @example notReported("Megvii Series C: valuation").message // "Not reported in the source: Megvii Series C: valuation" */
export const notReported = (what: string): NotReported => ({
  kind: "notReported",
  message: `Not reported in the source: ${what}`,
});

export const invalid = (message: string, allowed: string[] = []): Invalid => ({
  kind: "invalid",
  message,
  allowed,
});

/** Chains a lookup on success; failures pass through unchanged. */
export function andThen<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  return result.kind === "ok" ? next(result.value) : result;
}
