/** Legal-form words that do not tell two entities apart ("SenseTime Group Ltd" is SenseTime). */
const LEGAL_SUFFIXES = new Set([
  "ltd",
  "limited",
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "group",
  "holding",
  "holdings",
  "plc",
  "llc",
]);

/**
 * The key a name is indexed and looked up by: Unicode-normalised, lower case, without trailing
 * legal-form words, spaces or punctuation ("+" is kept: it is part of "Face++").
 * @example
 * normalizeName("  SenseTime Group Ltd. ") // "sensetime"
 * normalizeName("Sense-Time")              // "sensetime"
 */
export function normalizeName(name: string): string {
  const known = remembered.get(name);
  if (known !== undefined) return known;
  const key = normalized(name);
  // Names recur across sources (an investor in every article that names it): each is normalised
  // once. The memory is bounded: it starts over when full.
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(name, key);
  return key;
}

const MAX_REMEMBERED = 100_000;
const remembered = new Map<string, string>();

function normalized(name: string): string {
  const words = name
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}+]+/u)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join("");
}
