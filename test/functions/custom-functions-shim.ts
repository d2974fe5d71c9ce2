/**
 * Stands in for Excel's CustomFunctions runtime in jest: the error class and codes of
 * @types/custom-functions-runtime, and an `associate` that records what is registered. Importing
 * this module installs it as the global `CustomFunctions`; import it before the functions.
 */
import path from "path";

// The build's bundle check stands in for the same runtime; one list of Excel's error codes.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is CommonJS
export const { ERROR_CODES } = require(
  path.join(__dirname, "../../scripts/bundle-check-plugin.js"),
) as {
  ERROR_CODES: Record<string, string>;
};

export class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctionsError";
  }
}

/** A fresh runtime stand-in and the map of what it has associated, id → value. */
export function createCustomFunctions() {
  const associated = new Map<string, unknown>();
  const runtime = {
    associate(idOrMappings: string | Record<string, unknown>, value?: unknown): void {
      const pairs =
        typeof idOrMappings === "string"
          ? [[idOrMappings, value] as const]
          : Object.entries(idOrMappings);
      for (const [id, fn] of pairs) associated.set(id, fn);
    },
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
  return { runtime, associated };
}

export const { runtime, associated } = createCustomFunctions();
(globalThis as unknown as { CustomFunctions: typeof runtime }).CustomFunctions = runtime;

/** What a custom function answers: its value, or the CustomFunctions.Error it throws. */
export function answerOf(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (error instanceof CustomFunctionsError) return error;
    throw error;
  }
}
