/**
 * xxhash-wasm, fetched as a chunk of its own as the pane opens (its first paint does not wait
 * for it). Jest runs a required copy instead (test/excel/load-wasm-hash-sync.ts).
 */
export const loadWasmHash = async (): Promise<(text: string) => number> => {
  const { default: xxhash } = await import(/* webpackChunkName: "document-hash" */ "xxhash-wasm");
  const { h32 } = await xxhash();
  return (text) => h32(text, 0);
};
