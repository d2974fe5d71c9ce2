/**
 * Names without repeats, in order, each kept as first written; two names are the same when `key`
 * gives them the same text.
 * @example uniqueNames(["Tencent", "TENCENT", "Hillhouse"], (name) => name.toLowerCase())
 * // ["Tencent", "Hillhouse"]
 */
export function uniqueNames(names: readonly string[], key: (name: string) => string): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const k = key(name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
