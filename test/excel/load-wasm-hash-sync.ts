/**
 * The WebAssembly hash's loader for Jest, which cannot run a dynamic import() without Node's
 * experimental VM modules: the same package (its CommonJS build), required. The browser suite
 * loads the real chunk.
 */
type XXHash = () => Promise<{ h32(input: string, seed?: number): number }>;

export const loadWasmHash = async (): Promise<(text: string) => number> => {
  const { h32 } = await (require("xxhash-wasm") as XXHash)();
  return (text) => h32(text, 0);
};
