/**
 * Money mentions in news text: "$600 million", "US$1.2bn", "€500mn", "5 billion yuan ($691.4
 * million)", "RMB 200 million", "₹250 crore", "100 million U.S. dollars", each a full number with
 * its ISO 4217 currency and its hedge ("about", "more than", "up to").
 */
import type { Qualifier } from "./types";

/** A money mention at [start, end) of the text it was found in. */
export interface MoneyMention {
  start: number;
  end: number;
  value: number;
  currency: string;
  qualifier: Qualifier;
  /** A stated USD equivalent in brackets right after a non-USD amount. */
  usd: number | null;
  /** End of the mention including its bracketed USD equivalent. */
  outerEnd: number;
}

/** ISO 4217 codes read as written, before or after the figure ("NOK 1.5 billion", "2bn SEK"). */
const OTHER_CODES = (
  "NOK SEK DKK ISK PLN CZK HUF RON TRY ILS AED SAR QAR EGP NGN KES ZAR BRL MXN ARS CLP COP " +
  "IDR VND PHP THB MYR PKR BDT NZD"
).split(" ");

const PREFIX: [RegExp, string][] = [
  [/^(?:US\$|U\.S\.\$|USD\s?)$/, "USD"],
  [/^\$$/, "USD"],
  [/^(?:HK\$|HKD\s?)$/, "HKD"],
  [/^(?:S\$|SGD\s?)$/, "SGD"],
  [/^(?:A\$|AUD\s?)$/, "AUD"],
  [/^(?:C\$|CAD\s?)$/, "CAD"],
  [/^(?:NT\$|TWD\s?)$/, "TWD"],
  [/^(?:€|EUR\s?)$/, "EUR"],
  [/^(?:£|GBP\s?)$/, "GBP"],
  [/^(?:RMB\s?|CNY\s?|Rmb\s?|¥)$/, "CNY"],
  [/^(?:JPY\s?)$/, "JPY"],
  [/^(?:₹|Rs\.?\s?|INR\s?)$/, "INR"],
  [/^(?:₩|KRW\s?)$/, "KRW"],
  [/^(?:CHF\s?)$/, "CHF"],
  [/^(?:R\$)$/, "BRL"],
  [/^(?:NZ\$)$/, "NZD"],
  [/^(?:Rp\.?\s?)$/, "IDR"],
  [/^(?:RM\s?)$/, "MYR"],
  ...OTHER_CODES.map((code): [RegExp, string] => [new RegExp(`^${code}\\s?$`), code]),
];
const SUFFIX: [RegExp, string][] = [
  [/^(?:U\.?S\.? dollars?|US dollars?|American dollars?)/i, "USD"],
  [/^(?:Hong Kong dollars?|HK dollars?)/i, "HKD"],
  [/^(?:Singapore dollars?)/i, "SGD"],
  [/^(?:yuan|renminbi|RMB|CNY)\b/i, "CNY"],
  [/^(?:yen|JPY)\b/i, "JPY"],
  [/^(?:euros?|EUR)\b/i, "EUR"],
  [/^(?:pounds?(?: sterling)?|GBP)\b/i, "GBP"],
  [/^(?:rupees?|INR)\b/i, "INR"],
  [/^(?:won|KRW)\b/i, "KRW"],
  [/^(?:Swiss francs?|CHF)\b/i, "CHF"],
  [/^(?:Australian dollars?)/i, "AUD"],
  [/^(?:Canadian dollars?)/i, "CAD"],
  [/^(?:New Zealand dollars?)/i, "NZD"],
  [/^(?:(?:New )?Taiwan(?:ese)? dollars?)/i, "TWD"],
  [/^(?:Norwegian kron(?:e|er|or))/i, "NOK"],
  [/^(?:Swedish kron(?:a|or|er))/i, "SEK"],
  [/^(?:Danish kron(?:e|er))/i, "DKK"],
  [/^(?:Brazilian )?reais\b/i, "BRL"],
  // "420 million Mexican pesos": a peso is named by its country; a bare "peso" is not read.
  [/^Mexican pesos?\b/i, "MXN"],
  [/^Colombian pesos?\b/i, "COP"],
  [/^Chilean pesos?\b/i, "CLP"],
  [/^Argentine pesos?\b/i, "ARS"],
  [/^Philippine pesos?\b/i, "PHP"],
  [/^(?:Indonesian )?rupiah\b/i, "IDR"],
  [/^(?:Malaysian )?ringgit\b/i, "MYR"],
  [/^(?:Thai )?baht\b/i, "THB"],
  [/^(?:UAE )?dirhams?\b/i, "AED"],
  [/^(?:Saudi )?riyals?\b/i, "SAR"],
  [/^(?:Nigerian )?naira\b/i, "NGN"],
  [/^(?:Israeli )?(?:new )?shekels?\b/i, "ILS"],
  [/^(?:Polish )?zlot(?:y|ys|ych)\b/i, "PLN"],
  ...OTHER_CODES.map((code): [RegExp, string] => [new RegExp(`^${code}\\b`), code]),
  [/^(?:dollars?|USD)\b/i, "USD"],
];
const SCALE: [RegExp, number][] = [
  [/^(?:trillion|tn|trn)\b/i, 1e12],
  [/^(?:billion|bn|b)\b/i, 1e9],
  [/^(?:million|mn|mln|m)\b/i, 1e6],
  [/^(?:crores?|cr)\b/i, 1e7],
  [/^lakhs?\b/i, 1e5],
  [/^(?:thousand|k)\b/i, 1e3],
];
const QUALIFIERS: [RegExp, Qualifier][] = [
  [
    /\b(?:more than|over|at least|north of|exceed(?:s|ed|ing)|surpass(?:es|ed|ing)|in excess of|upwards of|above|nearly over)\s*$/i,
    "more than",
  ],
  [/\b(?:up to|as much as|as high as)\s*$/i, "up to"],
  [
    /\b(?:about|around|roughly|nearly|almost|approximately|approx\.|some|close to|an estimated|estimated|circa|just under|just over|(?:a\s+little|a\s+bit|slightly|a\s+shade|just)\s+(?:under|below|shy\s+of))\s*$/i,
    "about",
  ],
  // The shorthand of tables and digests: "~$4M", ">$5M", "≤ $2M".
  [/(?:~|≈)\s*$/, "about"],
  [/(?:>=?|≥)\s*$/, "more than"],
  [/(?:<=?|≤)\s*$/, "up to"],
];

const PREFIX_RE = new RegExp(
  `((?:US\\$|U\\.S\\.\\$|HK\\$|S\\$|A\\$|C\\$|NT\\$|NZ\\$|R\\$)\\s?|\\$|€|£|¥|₹|₩|(?:USD|HKD|SGD|AUD|CAD|TWD|EUR|GBP|RMB|Rmb|CNY|JPY|INR|KRW|CHF|${OTHER_CODES.join("|")}|Rs\\.?|Rp\\.?|RM)\\s?)(?=\\d)`,
  "g",
);
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

function lookup<T>(table: [RegExp, T][], text: string): { value: T; length: number } | null {
  for (const [re, value] of table) {
    const m = re.exec(text);
    if (m) return { value, length: m[0].length };
  }
  return null;
}

function qualifierBefore(text: string, start: number): Qualifier {
  const before = text.slice(Math.max(0, start - 24), start);
  return lookup(QUALIFIERS, before)?.value ?? null;
}

function parseNumber(text: string, at: number): { value: number; end: number } | null {
  const m = NUMBER.exec(text.slice(at));
  if (!m) return null;
  const value = Number(`${m[1].replace(/,/g, "")}${m[2] ? `.${m[2]}` : ""}`);
  let end = at + m[0].length;
  const rest = text.slice(end);
  const space = /^[ -]?/.exec(rest)?.[0].length ?? 0;
  const scale = lookup(SCALE, rest.slice(space));
  if (!scale) return { value, end };
  end += space + scale.length;
  return { value: Math.round(value * scale.value * 1000) / 1000, end };
}

/** What opens a bracketed equivalent right after an amount: " (", " (about ". */
const EQUIVALENT_OPEN =
  /^\s*\((?:about |around |approximately |roughly |some |nearly |~\s?|≈\s?)?$/;

/** A bracketed USD figure right after a mention: " ($691.4 million)", " (US$100 million)". */
function usdEquivalent(text: string, at: number): { value: number; end: number } | null {
  const m =
    /^\s*\((?:about |around |approximately |roughly |some |nearly |~\s?|≈\s?)?(?:US\$|U\.S\.\$|\$|USD\s?)/.exec(
      text.slice(at),
    );
  if (!m) return null;
  const n = parseNumber(text, at + m[0].length);
  if (!n || text[n.end] !== ")") return null;
  return { value: n.value, end: n.end + 1 };
}

/** What "¥" stands for in one article. */
export type YenSign = "CNY" | "JPY";

const JAPAN_CUE =
  /\b(?:Japan(?:ese)?|Tokyo|Osaka|Nagoya|Yokohama|Kyoto|Fukuoka|Sapporo|Kobe|yen|JPY|Nikkei|K\.K\.|Kabushiki\s+Kaisha|third-party\s+allotment)\b/gi;
const CHINA_CUE =
  /\b(?:China|Chinese|PRC|yuan|renminbi|RMB|CNY|Beijing|Shanghai|Shenzhen|Hangzhou|Guangzhou|Suzhou|36Kr)\b/gi;

/**
 * "¥" is the sign of both the yuan and the yen: an article that speaks of Japan more than of
 * China means yen by it.
 *
 * @example
 * yenSignOf("Tokyo-based Hoshizora raised ¥3.0 billion") // "JPY"
 * yenSignOf("Shenzhen-based Yunmai raised ¥300 million") // "CNY"
 */
export function yenSignOf(text: string): YenSign {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(JAPAN_CUE) > count(CHINA_CUE) ? "JPY" : "CNY";
}

/**
 * Every money mention in `text`, in order; "¥" is read as `yenSign` (yuan unless told).
 *
 * @example
 * findMoney("raised 5 billion yuan ($691.4 million)")[0]
 * // { value: 5000000000, currency: "CNY", usd: 691400000, qualifier: null, … }
 */
export function findMoney(text: string, yenSign: YenSign = "CNY"): MoneyMention[] {
  const found: MoneyMention[] = [];
  const taken = (i: number) => found.some((f) => i >= f.start && i < f.outerEnd);
  const add = (start: number, value: number, currency: string, end: number) => {
    const usd = currency === "USD" ? null : usdEquivalent(text, end);
    found.push({
      start,
      end,
      value,
      currency,
      // "$3M+": the figure is a floor.
      qualifier:
        qualifierBefore(text, start) ?? (/^\+(?!\d)/.test(text.slice(end)) ? "more than" : null),
      usd: usd?.value ?? null,
      outerEnd: usd?.end ?? end,
    });
  };
  for (let m = PREFIX_RE.exec(text); m; m = PREFIX_RE.exec(text)) {
    if (taken(m.index)) continue;
    if (/^[A-Z]/.test(m[1]) && /[A-Za-z]$/.test(text.slice(0, m.index))) continue;
    const prefixCurrency = m[1] === "¥" ? yenSign : lookup(PREFIX, m[1].trimEnd())?.value;
    const n = parseNumber(text, m.index + m[0].length);
    if (!prefixCurrency || !n) continue;
    add(m.index, n.value, prefixCurrency, n.end);
  }
  // Amounts with the currency after them: "5 billion yuan", "100 million U.S. dollars".
  const NUM_RE = /\d[\d,.]*/g;
  for (let m = NUM_RE.exec(text); m; m = NUM_RE.exec(text)) {
    if (taken(m.index) || /[\w$€£¥₹₩.]$/.test(text.slice(0, m.index))) continue;
    const n = parseNumber(text, m.index);
    if (!n) continue;
    const space = /^[ -]?/.exec(text.slice(n.end))?.[0].length ?? 0;
    const suffix = lookup(SUFFIX, text.slice(n.end + space));
    if (!suffix) continue;
    add(m.index, n.value, suffix.value, n.end + space + suffix.length);
    NUM_RE.lastIndex = n.end + space + suffix.length;
  }
  // A bracketed equivalent belongs to the amount before it, not a figure of its own: a USD one is
  // kept as `usd`; "€30m (£26m)" drops the pounds.
  const equivalent = (m: MoneyMention) =>
    found.some(
      (o) =>
        o !== m &&
        ((m.start >= o.end && m.start < o.outerEnd) ||
          (o.end <= m.start &&
            EQUIVALENT_OPEN.test(text.slice(o.end, m.start)) &&
            text[m.end] === ")")),
    );
  const kept = found.filter((m) => !equivalent(m)).sort((a, b) => a.start - b.start);
  // "at a valuation of $2.5 billion to $3 billion", "between $20m and $25m": a range says no
  // more than "at least" its lower figure; the upper one is no figure of its own. A change
  // ("from $1bn to $3bn") is not a range.
  return kept.filter((m, i) => {
    const low = kept[i - 1];
    if (!low || low.currency !== m.currency || low.value >= m.value) return true;
    const gap = text.slice(low.outerEnd, m.start);
    const before = text.slice(Math.max(0, low.start - 30), low.start);
    const range =
      (/^\s*(?:to|-|–|—)\s*$/.test(gap) && !CHANGE_BEFORE.test(before)) ||
      (/^\s*and\s*$/.test(gap) && /\bbetween\s+$/i.test(before));
    if (!range) return true;
    low.qualifier = low.qualifier ?? "more than";
    return false;
  });
}

/** "from $1bn to $3bn", "lifting its valuation by $2 billion to $6 billion": a change, not a range. */
const CHANGE_BEFORE =
  /\b(?:from|by|rose|rising|fell|falling|jumped|climbed|grew|increased|dropped|declined|lift\w*|boost\w*|up|down)\s+(?:[a-z]+\s+){0,2}$/i;

/** "tens of millions of yuan": an amount the text declines to state. */
export const VAGUE_AMOUNT =
  /\b(?:tens|hundreds|dozens) of (?:millions|billions|thousands)(?: of (?:yuan|dollars|euros|pounds|yen|rupees|RMB|U\.S\. dollars))?/i;
