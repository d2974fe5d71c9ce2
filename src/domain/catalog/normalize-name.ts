import { remembered } from "../core/remembered";

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
  // Singapore's and India's private companies: "Temasek Holdings (Private) Limited", "Pte Ltd".
  "private",
  "pte",
  "pvt",
]);

/**
 * The key a name is indexed and looked up by: Unicode-normalised, lower case, without trailing
 * legal-form words, spaces or punctuation ("+" is kept: it is part of "Face++").
 * @example
 * normalizeName("  SenseTime Group Ltd. ") // "sensetime"
 * normalizeName("Sense-Time")              // "sensetime"
 *
 * Names recur across sources (an investor in every article that names it): each is normalised once.
 */
export const normalizeName: (name: string) => string = remembered(100_000, normalized);

function normalized(name: string): string {
  const words = name
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}+]+/u)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join("");
}
