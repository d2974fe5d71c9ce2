/**
 * Payload budgets for custom XML parts. Excel on the web refuses a request or response over 5 MB
 * (`RequestPayloadSizeLimitExceeded`), and Word on the web refuses parts over 1 MB; Excel's own
 * part limit is undocumented. So every part is kept small and every sync carries a bounded number
 * of parts, sized by a conservative estimate of how large a string travels in the JSON payload.
 */

/** Largest estimated payload of one stored part (its XML). */
export const PART_BUDGET_BYTES = 64 * 1024;

/** Largest estimated payload of one sync: below the 5 MB limit with room for the envelope. */
export const SYNC_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** Parts read or written per sync: each part is at most `PART_BUDGET_BYTES`. */
export const PARTS_PER_SYNC = Math.floor(SYNC_BUDGET_BYTES / PART_BUDGET_BYTES);

/**
 * An upper bound on the bytes one UTF-16 code unit takes in a part's XML inside a JSON payload:
 * printable ASCII 1 byte, `"` and `\` 2 (JSON escapes), `<` and `>` 4 and `&` 5 (XML escapes),
 * control characters and anything else 6 (a `\uXXXX` escape, more than its UTF-8 form).
 */
function unitBytes(code: number): number {
  if (code === 0x26) return 5;
  if (code === 0x3c || code === 0x3e) return 4;
  if (code === 0x22 || code === 0x5c) return 2;
  return code >= 0x20 && code < 0x7f ? 1 : 6;
}

/**
 * The estimated payload of a string (see `unitBytes`).
 * @example
 * payloadBytes('a"b') // 4
 * payloadBytes("商汤") // 12
 */
export function payloadBytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += unitBytes(text.charCodeAt(i));
  return bytes;
}

/**
 * Splits text into slices whose payload is at most `budget` bytes each, never between the two
 * halves of a surrogate pair (a lone half is not a valid XML character).
 * @example
 * splitByPayload("abcdef", 4) // ["abcd", "ef"]
 */
export function splitByPayload(text: string, budget: number): string[] {
  const slices: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const width = pair ? 12 : unitBytes(code);
    if (bytes + width > budget && i > start) {
      slices.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    if (pair) i++;
  }
  if (start < text.length || slices.length === 0) slices.push(text.slice(start));
  return slices;
}

/**
 * Groups items into batches of at most `size`, in order.
 * @example
 * inBatches([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * Parts grouped as the store reads and writes them: one sync per batch of at most
 * `PARTS_PER_SYNC`, in order.
 * @example
 * syncBatches(Array.from({ length: 2 * PARTS_PER_SYNC + 3 }, String)).length // 3
 */
export function syncBatches<T>(parts: readonly T[]): T[][] {
  return inBatches(parts, PARTS_PER_SYNC);
}
