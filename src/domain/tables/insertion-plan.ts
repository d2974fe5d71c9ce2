/**
 * How a large table is sent to Excel in several syncs: Excel on the web refuses a request over
 * 5 MB, so the rows are cut into consecutive chunks whose payload stays under a budget with room
 * for the request's own envelope. Pure: the writer and the benchmark compute the same plan.
 */

/** Payload budget per sync, below Excel on the web's 5 MB request limit. */
export const MAX_SYNC_BYTES = 4_000_000;

/** Consecutive rows sent in one sync, with their payload. */
export type Chunk = { firstRow: number; rows: number; bytes: number };

export type InsertionPlan = {
  chunks: Chunk[];
  /** Write syncs (one per chunk). */
  syncs: number;
  totalBytes: number;
  /** The largest chunk's payload. */
  maxSyncBytes: number;
};

/**
 * Cuts rows (given by their payload sizes, in order) into chunks of at most `maxBytes`; a row
 * larger than the budget travels alone.
 * @example planInsertion([3e6, 3e6, 1e6]).chunks // [{ firstRow: 0, rows: 1, bytes: 3e6 }, { firstRow: 1, rows: 2, bytes: 4e6 }]
 */
export function planInsertion(
  rowBytes: readonly number[],
  maxBytes: number = MAX_SYNC_BYTES,
): InsertionPlan {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  rowBytes.forEach((bytes, row) => {
    if (current && current.bytes + bytes <= maxBytes) {
      current.rows += 1;
      current.bytes += bytes;
    } else {
      current = { firstRow: row, rows: 1, bytes };
      chunks.push(current);
    }
  });
  return {
    chunks,
    syncs: chunks.length,
    totalBytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    maxSyncBytes: chunks.reduce((max, c) => Math.max(max, c.bytes), 0),
  };
}

/**
 * UTF-8 length of a JSON text, without encoding it (no buffer per row; TextEncoder is also missing
 * from some hosts). JSON.stringify escapes lone surrogates, so every surrogate here is a pair.
 */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Counted once per UTF-16 unit already: 2-byte characters add 1, 3-byte ones 2, and a
    // surrogate pair (two units) 2 for its 4 bytes.
    if (code >= 0xd800 && code < 0xdc00) i += 1;
    if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * The payload one row adds to a request: its values and number formats as JSON, in UTF-8.
 * @example rowPayloadBytes(["Alibaba", 6e8], ["@", "General"]) // 36
 */
export function rowPayloadBytes(values: readonly unknown[], formats: readonly unknown[]): number {
  return utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formats));
}
