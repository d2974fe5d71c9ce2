import type { Failure, Result } from "../domain/core/result";
import { whenSourcesReady } from "../runtime/sources-ready";

/** Excel shows at most 255 characters of an error's message (its hover text). */
export const MAX_MESSAGE_LENGTH = 255;

/** The message Excel can show in full: single-line, cut at the limit with an ellipsis. */
export function excelMessage(message: string): string {
  const text = message.replace(/\s+/g, " ").trim() || "The DEALS function could not answer.";
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}

/**
 * The one place a domain failure becomes an Excel error: names and values the source lacks are
 * #N/A (like a failed lookup), malformed arguments #VALUE!.
 */
export function toExcelError(failure: Failure): CustomFunctions.Error {
  switch (failure.kind) {
    case "notFound":
    case "notReported":
      return new CustomFunctions.Error(
        CustomFunctions.ErrorCode.notAvailable,
        excelMessage(failure.message),
      );
    case "invalid":
      return new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        excelMessage(failure.message),
      );
  }
}

/**
 * Runs a domain call for a custom function: its value, or a thrown CustomFunctions.Error (Excel's
 * documented way to answer an error with a message). An unexpected exception becomes #VALUE! with
 * its message, so nothing else ever escapes to Excel. In Excel it runs once the workbook's own
 * sources are loaded (see src/runtime/sources-ready.ts).
 */
export function answer<T>(compute: () => Result<T>): T {
  return whenSourcesReady(() => settle(compute));
}

function settle<T>(compute: () => Result<T>): T {
  let result: Result<T>;
  try {
    result = compute();
  } catch (error) {
    const why = error instanceof Error ? error.message : "unexpected error";
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      excelMessage(`The DEALS function could not evaluate these arguments (${why}).`),
    );
  }
  if (result.kind === "ok") return result.value;
  throw toExcelError(result);
}
