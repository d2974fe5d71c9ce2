/**
 * The hash a seal keeps of a document's text: XXH32 with seed 0, of its UTF-8 bytes. A workbook
 * of 500 sources hashes some 14 MB at every open, so once WebAssembly is ready it is computed by
 * xxhash-wasm (about five times faster); before that, or where the host refuses WebAssembly, by
 * js-xxhash. Both give the same number, so a seal written by either holds for the other.
 */
import { xxHash32 } from "js-xxhash";
import { loadWasmHash } from "./load-wasm-hash";

let fast: ((text: string) => number) | undefined;
let preparing: Promise<void> | undefined;

/**
 * Starts the WebAssembly hash (once) and resolves when it is ready, or known to be unavailable (a
 * page whose policy refuses WebAssembly keeps js-xxhash). Never rejects.
 * @example await prepareDocumentHash(); // later documentHash calls use WebAssembly
 */
export function prepareDocumentHash(): Promise<void> {
  preparing ??= loadWasmHash().then(
    (hash) => {
      fast = hash;
    },
    () => undefined,
  );
  return preparing;
}

/**
 * The XXH32 of `text` (its UTF-8 bytes, seed 0), as an unsigned 32-bit number.
 * @example documentHash("") // 46947589 (0x02cc5d05)
 */
export function documentHash(text: string): number {
  return fast ? fast(text) : xxHash32(text, 0);
}
