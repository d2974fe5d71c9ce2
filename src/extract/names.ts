/**
 * Organisation names in running text: a run of capitalised words ("Sequoia Capital China",
 * "Tencent Holdings Ltd.", "iFlytek", "Pony.ai", "Vertex Ventures Southeast Asia & India"),
 * stripped of descriptions ("e-commerce giant", "Alibaba's financial arm", "former GitHub CTO").
 */

import { CJK } from "./sentences";

/** Capitalised words that never name a company or an investor on their own. */
const GENERIC = new Set(
  (
    "a an the this that these those it its in on at of for and or but by with from to as " +
    "he she they we our their his her i you chinese china american us u.s. uk british european " +
    "japanese indian german french korean singaporean asian global ai recently meanwhile " +
    "separately however earlier later last first next new other existing exclusive update " +
    "ceo cto cfo coo chairman founder co-founder president monday tuesday wednesday thursday " +
    "friday saturday sunday january february march april may june july august september " +
    "october november december jan feb mar apr jun jul aug sep sept oct nov dec series round " +
    "amount read related share subscribe advertisement home menu funding startups startup company " +
    "according founded after before while since during both all some one two three " +
    "today yesterday tomorrow tonight " +
    // Question words: "How much did you raise?" opens an interviewer's question, not a name.
    "how what why when where who which whose " +
    // Sentence adverbs: "Now, the startup has raised …", "Previously, the startup raised …".
    "including excluding now previously additionally also still instead finally then so yet thus notably " +
    "importantly elsewhere subsequently currently initially ultimately likewise similarly " +
    "furthermore moreover indeed together alongside besides " +
    // Spans of time opening a sentence: "Weeks later, it closed a Series C …".
    "days weeks months years decades " +
    "rival rivals competitor peer fellow local domestic listed online mobile e-commerce fintech " +
    "edtech insurer neobank lender startup unicorn investors investor backers shareholders lead shares vc " +
    "government state ipo nasdaq nyse wire reuters bloomberg xinhua caixin techwire"
  ).split(" "),
);
/** Generic words that may still begin a name ("China Internet Investment Fund", "State Grid"). */
const NAME_STARTS = new Set("china us u.s. uk state government global new first ai".split(" "));
const LEADING = new Set([...GENERIC].filter((w) => !NAME_STARTS.has(w)));
/** Places: a name on their own, never the start of one we strip ("Shenzhen Yunmai … Co., Ltd."). */
const PLACES = new Set(
  "beijing shanghai shenzhen hangzhou hong kong singapore london paris berlin tokyo".split(" "),
);
const NATIONALITY =
  /^(?:European|Asian|American|British|German|French|Japanese|Korean|Indian|Chinese|Singaporean)$/;
const INSTITUTION =
  /^(?:Fund|Bank|Council|Commission|Agency|Union|Authority|Foundation|Corporation)$/;
const TITLES = /^(?:CEO|CTO|CFO|COO|Chairman|Founder|Co-founder|President|Director|Partner)$/;
const CONNECTORS = new Set(["&", "of", "de", "du", "la", "van", "von", "der", "and"]);
/**
 * "and" inside a name: after a word that names a field of an agency ("Shanghai Science and
 * Technology Venture Capital", "State Development and Investment Corp") or before "Company"
 * ("Eli Lilly and Company"). Elsewhere "and" separates two names.
 */
const AND_IN_NAME_BEFORE =
  /^(?:Science|Technology|Development|Trade|Industry|Industrial|Research|Innovation|Commerce|Construction|Culture|Transport|Communications|Education|Information|Reform)$/;
const AND_IN_NAME_AFTER = /^(?:Company|Co\.?|Sons)$/;
/** " and " that joins two halves of one name, not two names. */
export const AND_IN_NAME =
  /(?<=\b(?:Science|Technology|Development|Trade|Industry|Industrial|Research|Innovation|Commerce|Construction|Culture|Transport|Communications|Education|Information|Reform))\s+and\s+(?=[A-Z])|(?<=[A-Z][\w.-]*)\s+and\s+(?=(?:Company|Co\.?|Sons)\b)/g;
const LEGAL_TAIL = /^(?:Inc|Ltd|Co|Corp|LLC|Plc|Pte|AG|SA|SAS|GmbH|NV|BV|Limited|L\.P)\.?,?$/;

/**
 * A token that can be part of a name: capitalised, a digit-led brand, camel case (iFlytek) or a
 * numeronym (a16z).
 */
function isNameToken(token: string): boolean {
  if (
    /-(?:based|backed|headquartered|owned|listed|run|led|focused|born|founded|person|year)$/i.test(
      token,
    )
  )
    return false;
  return (
    // "元戎启行": a name written in Chinese, Japanese or Korean characters.
    CJK_NAME.test(token) ||
    // "Factor[e] Ventures": a bracketed letter inside a brand (never a citation mark like "[3]").
    /^[\p{Lu}0-9][\p{L}\p{N}_.&+'/-]*(?:\[\p{Ll}+\][\p{L}\p{N}]*)?$/u.test(token) ||
    /^[a-z]+[A-Z][\w.+-]*$/.test(token) ||
    /^\d+[A-Za-z]/.test(token) ||
    // A numeronym written in lower case: "a16z".
    /^[a-z]\d{2}[a-z]$/.test(token)
  );
}

/** A name in Chinese, Japanese or Korean characters: a company name, not a whole sentence. */
const CJK_NAME = new RegExp(`^(?:${CJK.source}){2,24}$`, "u");

const clean = (token: string) => token.replace(/^[("']+|[)"',:;]+$/g, "");

/**
 * "Shanghai State-owned Capital Investment": a capitalised "State-owned" inside a name, before
 * another name word, is part of it (a lone "state-owned Shenzhen Investment" only describes).
 */
const stateOwnedInside = (tokens: { raw: string }[], j: number) =>
  /^(?:State|Government|City|Municipal|Provincial)-(?:owned|backed|run)$/.test(tokens[j].raw) &&
  isNameToken(clean(tokens[j + 1]?.raw ?? ""));

/**
 * Runs of name tokens in `text`, as [start, end) offsets, allowing inner connectors
 * ("Bank of China", "Vertex Ventures Southeast Asia & India") and a comma before a legal suffix
 * ("Co., Ltd.").
 *
 * @example
 * nameRuns("e-commerce giant Alibaba Group Holding Ltd, setting").map((r) => r.text)
 * // ["Alibaba Group Holding Ltd"]
 */
export function nameRuns(text: string): { start: number; end: number; text: string }[] {
  const tokens = [...text.matchAll(/[^\s]+/g)].map((m) => ({ raw: m[0], start: m.index ?? 0 }));
  const runs: { start: number; end: number; text: string }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (
      !isNameToken(clean(tokens[i].raw)) ||
      (/^[("]/.test(tokens[i].raw) && !/^\(/.test(clean(tokens[i].raw)))
    ) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j < tokens.length) {
      const raw = tokens[j].raw;
      const token = clean(raw);
      if (j > i && /^[("]/.test(raw)) break;
      if (
        isNameToken(token) ||
        (j > i && (LEGAL_TAIL.test(token) || stateOwnedInside(tokens, j)))
      ) {
        last = j;
        if (
          /[,;:)"]$|'s$/.test(raw) &&
          !(/,$/.test(raw) && LEGAL_TAIL.test(clean(tokens[j + 1]?.raw ?? "")))
        )
          break;
        if (
          /\.$/.test(raw) &&
          !LEGAL_TAIL.test(token) &&
          !/^[A-Z]\.$|\.[a-z]+\.?$|^[A-Z]\.[A-Z]\.$/.test(token)
        )
          break;
        j++;
      } else if (
        CONNECTORS.has(token) &&
        (token !== "and" ||
          AND_IN_NAME_BEFORE.test(clean(tokens[j - 1].raw)) ||
          AND_IN_NAME_AFTER.test(clean(tokens[j + 1]?.raw ?? ""))) &&
        isNameToken(clean(tokens[j + 1]?.raw ?? "")) &&
        j > i
      ) {
        j++;
      } else break;
    }
    const start =
      tokens[i].start + (tokens[i].raw.length - tokens[i].raw.replace(/^[("']+/, "").length);
    const lastTok = tokens[last];
    const trimmed = lastTok.raw.replace(/[)"',:;]+$/, "").replace(/'s$/, "");
    const end = lastTok.start + trimmed.length;
    runs.push({ start, end, text: text.slice(start, end) });
    i = last + 1;
  }
  return runs;
}

/**
 * A run is a name when it is not only generic words; a title inside keeps what follows it.
 *
 * @example
 * asName("Chinese AI") // null
 * asName("GitHub CTO Jason Warner") // "Jason Warner"
 */
export function asName(run: string): string | null {
  let tokens = run.split(/\s+/);
  const title = tokens.map((t) => TITLES.test(t)).lastIndexOf(true);
  if (title >= 0) tokens = tokens.slice(title + 1);
  // "the European Innovation Council Fund", "Asian Development Bank": an institution's name
  // keeps its adjective; "European fintech Qonto" still loses it.
  const institution =
    tokens.length > 2 &&
    NATIONALITY.test(tokens[0]) &&
    /^[A-Z]/.test(tokens[1]) &&
    INSTITUTION.test(tokens[tokens.length - 1]);
  // "In 2021 Loopwise raised …": a year before a name is not part of it.
  while (
    !institution &&
    tokens.length > 1 &&
    (LEADING.has(tokens[0].toLowerCase().replace(/'s$/, "")) || /^(?:19|20)\d\d$/.test(tokens[0]))
  )
    tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  // "B" of "Series B", "A" of "Class A": a lone letter names nothing.
  if (tokens.length === 1 && /^[A-Z][+.]?$/.test(tokens[0])) return null;
  // "a Pre-IPO round", "its Pre-A": a round's label names nothing either.
  if (tokens.length === 1 && /^Pre-(?:IPO|[A-Z]\d?\+*|seed)$/i.test(tokens[0])) return null;
  const generic = (t: string) => {
    const key = t.toLowerCase().replace(/[.,]$/, "");
    return GENERIC.has(key) || PLACES.has(key) || LEGAL_TAIL.test(t);
  };
  if (tokens.every(generic)) return null;
  const name = tokens.join(" ").replace(/[,;:]$/, "");
  return /[A-Za-z]/.test(name) || CJK.test(name) ? name : null;
}

/**
 * The name an item of an investor list ends with: "existing investor Sequoia Capital China" →
 * "Sequoia Capital China"; null when the item only describes ("the city's investment arm").
 *
 * @example
 * nameAtEnd("Alibaba's financial arm Ant Financial Services Group") // "Ant Financial Services Group"
 */
export function nameAtEnd(item: string): string | null {
  const trimmed = item
    .trim()
    .replace(/[.,;:]+$/, (m) =>
      m.startsWith(".") && /\b(?:Ltd|Inc|Corp|Co)\.$/.test(item.trim()) ? "." : "",
    );
  const runs = nameRuns(trimmed);
  const last = runs[runs.length - 1];
  if (!last) return null;
  if (trimmed.slice(last.end).replace(/^\.$/, "").trim() !== "") return null;
  return asName(last.text);
}

/**
 * A key for comparing names: lower case, no punctuation, no legal suffix.
 *
 * @example
 * nameKey("Tencent Holdings Ltd.") === nameKey("tencent holdings") // true
 */
export function nameKey(name: string): string {
  const known = knownKeys.get(name);
  if (known !== undefined) return known;
  const key = keyOf(name);
  if (knownKeys.size >= MAX_KNOWN_KEYS) knownKeys.clear();
  knownKeys.set(name, key);
  return key;
}

/**
 * Keys already made: a company is looked up by comparing a name with every known company's names,
 * so a long page (a digest of hundreds of rounds) asks for the same few hundred keys again and again.
 */
const knownKeys = new Map<string, string>();
const MAX_KNOWN_KEYS = 4096;

function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)/g, " ")
    .replace(/[.,'"’]/g, " ")
    .replace(
      /\b(?:inc|ltd|limited|co|corp|corporation|llc|plc|pte|ag|sa|sas|gmbh|nv|bv|group|holdings?|company)\b/g,
      " ",
    )
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A name's key without spaces or hyphens, so differently spaced or hyphenated names match.
 *
 * @example
 * squashName("Deep-Mind Ltd") === squashName("deepmind") // true
 */
export const squashName = (name: string) => nameKey(name).replace(/[\s-]/g, "");
