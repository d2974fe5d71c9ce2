/**
 * Stands in for Excel's CustomFunctions runtime in jest: the error class and codes of
 * @types/custom-functions-runtime, and an `associate` that records what is registered. Importing
 * this module installs it as the global `CustomFunctions`; import it before the functions.
 */
import path from "path";

// The build's bundle check stands in for the same runtime: one stand-in for the build, the tests
// and the benchmark.
type Runtime = {
  associate(idOrMappings: string | Record<string, unknown>, value?: unknown): void;
  Error: new (code: string, message?: string) => Error & { code: string };
  ErrorCode: Record<string, string>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is CommonJS
const stubs = require(path.join(__dirname, "../../scripts/bundle-check-plugin.js")) as {
  ERROR_CODES: Record<string, string>;
  CustomFunctionsError: Runtime["Error"];
  customFunctionsStub: (associated: Map<string, unknown>) => Runtime;
};

export const { ERROR_CODES, CustomFunctionsError } = stubs;
/** An error a custom function threw, with its Excel code. */
export type CustomFunctionsError = InstanceType<Runtime["Error"]>;

/** A fresh runtime stand-in and the map of what it has associated, id → value. */
export function createCustomFunctions() {
  const associated = new Map<string, unknown>();
  return { runtime: stubs.customFunctionsStub(associated), associated };
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
