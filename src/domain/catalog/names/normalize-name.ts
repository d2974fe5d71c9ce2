import { remembered, type Remembered } from "../../core/remembered";

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
 * Chinese legal forms, which end a registered name without a space: "有限公司" (Ltd), "股份有限公司"
 * (company limited by shares), "有限责任公司" (limited liability company), "公司" (company), "集团"
 * (group), "控股" (holdings); traditional characters too. "科技" (technology) is no legal form:
 * "商汤科技" is kept whole, as "Megvii Technology" is.
 */
const CJK_LEGAL_FORM = /(?:(?:股份)?有限|有限[责責]任)?公司$|集[团團]$|控股$/;

/**
 * The key a name is indexed and looked up by: Unicode-normalised, lower case, without trailing
 * legal-form words, spaces or punctuation ("+" is kept: it is part of "Face++"). Chinese legal
 * forms are dropped from the end of a word as long as two characters remain. A city before a
 * registered name ("北京旷视科技有限公司") is kept: "北京银行" (Bank of Beijing) is no "上海银行".
 * @example
 * normalizeName("  SenseTime Group Ltd. ") // "sensetime"
 * normalizeName("Sense-Time")              // "sensetime"
 * normalizeName("旷视科技股份有限公司")    // "旷视科技"
 *
 * Names recur across sources (an investor in every article that names it): each is normalised once.
 */
export const normalizeName: Remembered<string> = remembered(100_000, normalized);

/** Printable ASCII: already in NFKC, its letters a-z once lower-cased, its digits 0-9. */
const PLAIN = /^[\x20-\x7e]*$/;
const PLAIN_WORD = /[a-z0-9+]+/g;

function normalized(name: string): string {
  // Most names are plain ASCII, with no Chinese legal form to drop: the same key as the Unicode
  // path gives, without its cost (a workbook's first start meets tens of thousands of names).
  if (PLAIN.test(name)) {
    const words = name.toLowerCase().match(PLAIN_WORD) ?? [];
    let end = words.length;
    while (end > 1 && LEGAL_SUFFIXES.has(words[end - 1])) end -= 1;
    return (end === words.length ? words : words.slice(0, end)).join("");
  }
  const words = name
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}+]+/u)
    .filter(Boolean);
  for (;;) {
    const last = words[words.length - 1] ?? "";
    const stem = last.replace(CJK_LEGAL_FORM, "");
    if (words.length > 1 && (LEGAL_SUFFIXES.has(last) || stem === "")) words.pop();
    else if (stem !== last && stem.length >= 2) words[words.length - 1] = stem;
    else return words.join("");
  }
}
