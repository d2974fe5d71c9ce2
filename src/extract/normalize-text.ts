/**
 * Pasted article text (curly quotes, non-breaking spaces, bullets, runs of spaces) normalised for
 * matching, with a map back to the original so every quote is the user's own characters.
 */

import { pasteMarks } from "./paste-markers";
import { pastedLayout } from "./pasted-layout";

/** Normalised text plus, for each of its characters, the index of the original character. */
export interface NormalizedText {
  text: string;
  original: string;
  offsets: number[];
}

const REPLACEMENTS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u3002": ".",
  "\u3001": ",",
};

/**
 * Full-width forms ("Ｈｉｌｌｈｏｕｓｅ", "＄２５", "（", "，") are the ASCII characters they
 * stand for, one for one, so offsets still map back to the user's characters.
 */
const fullWidth = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
};
const SPACE = /[\t\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;

/**
 * Normalises `original` for matching: typographic quotes and dashes become ASCII, and so do
 * full-width letters, digits and signs ("＄２５" is "$25", "。" a full stop); every kind of
 * space becomes one space, runs of spaces collapse, line breaks are kept (they separate items of
 * pasted lists) except where a paste's layout wraps a line (see `pastedLayout`).
 *
 * @example
 * normalizeText("raised\u00A0$5\u00A0million").text // "raised $5 million"
 */
export function normalizeText(original: string): NormalizedText {
  const chars: string[] = [];
  const offsets: number[] = [];
  const layout = pastedLayout(original);
  const marks = pasteMarks(original);
  for (let i = 0; i < original.length; i++) {
    let ch = marks.recase.get(i) ?? original[i];
    if (ch === "\r" || layout.skip.has(i) || marks.skip.has(i)) continue;
    if (layout.asSpace.has(i)) ch = " ";
    // Markdown bold ("**Velora** (Lisbon) — €14M Series A") marks a name, it is not part of it.
    if (ch === "*" && (original[i + 1] === "*" || original[i - 1] === "*")) continue;
    if (SPACE.test(ch)) ch = " ";
    ch = REPLACEMENTS[ch] ?? fullWidth(ch);
    const last = chars[chars.length - 1];
    if (ch === " " && (last === " " || last === "\n" || last === undefined)) continue;
    if (ch === "\n" && last === " ") {
      chars.pop();
      offsets.pop();
    }
    chars.push(ch);
    offsets.push(i);
  }
  return { text: chars.join(""), original, offsets };
}

/**
 * The original characters behind normalised positions [start, end), trimmed of surrounding spaces.
 *
 * @example
 * const n = normalizeText("a\u00A0\u00A0b"); originalSlice(n, 0, n.text.length) // "a\u00A0\u00A0b"
 */
export function originalSlice(norm: NormalizedText, start: number, end: number): string {
  if (end <= start) return "";
  const from = norm.offsets[start] ?? 0;
  const to = (norm.offsets[end - 1] ?? norm.original.length - 1) + 1;
  return norm.original.slice(from, to).trim();
}
