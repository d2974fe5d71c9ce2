/** A function of one text that computes each answer once, with a way to start its memory over. */
export type Remembered<T> = ((text: string) => T) & {
  /** Forgets every answer, as a page that loads anew starts (benchmarks time a first meeting so). */
  forget(): void;
};

/**
 * A function of one text that computes each answer once: names, fields and rounds recur (a
 * recalculation asks the same few thousands of times, a catalog build meets a name in every source
 * that gives it). The memory is bounded: it starts over when full.
 * @example
 * const key = remembered(1024, (text: string) => text.toLowerCase());
 * key("SenseTime") // "sensetime", computed once
 */
export function remembered<T>(limit: number, compute: (text: string) => T): Remembered<T> {
  const known = new Map<string, T>();
  const recall = (text: string): T => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
  return Object.assign(recall, { forget: () => known.clear() });
}
