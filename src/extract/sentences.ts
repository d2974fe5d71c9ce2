/**
 * Sentence splitting for news text: full stops after abbreviations ("Corp.", "Jan.", "U.S.") and
 * decimals do not end a sentence; line breaks in pasted text end one unless the line simply wraps.
 */

/** A span [start, end) of the normalised text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st no vs etc jan feb mar apr jun jul aug sep sept oct nov dec " +
    "u.s u.k e.g i.e approx est dept gov sen rep ave mt ft"
  ).split(" "),
);
/** Legal suffixes end a sentence only when the next word plainly starts a new one. */
const LEGAL = new Set("inc ltd co corp llc plc bhd pte ag sa nv bv".split(" "));
const STARTERS = new Set(
  (
    "The A An It Its In On This That These Those He She They We Other Existing Investors " +
    "Separately Meanwhile According Founded Earlier Last Shares Its The company But And"
  ).split(" "),
);

/**
 * Chinese, Japanese or Korean script: a sentence that starts with it starts a new sentence.
 *
 * @example
 * CJK.test("元戎启行") // true
 */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_START = new RegExp(`^\\s*["'(]?(${CJK.source})`, "u");

function endsSentence(text: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  const word = (before?.[1] ?? "").toLowerCase();
  const after = text.slice(dot + 1, dot + 40);
  // "… IDG Capital. 元戎启行 raised …": a sentence that opens with a Chinese name.
  if (CJK_START.test(after)) {
    // "Beiming Robotics Co. Ltd. (北鸣机器人) has raised …": the name's Chinese form in brackets.
    if (/^\s*\(/.test(after) && LEGAL.has(word.replace(/\.$/, ""))) return false;
    return !ABBREVIATIONS.has(word);
  }
  const next = /^\s+["'(]?([A-Z0-9][\w'-]*)/.exec(after);
  if (!next) return false;
  if (ABBREVIATIONS.has(word)) return false;
  // "1. Voltaic Silicon, $220M, …": a list item's number ends nothing.
  if (/(?:^|\n)[ \t]*\(?\d{1,2}$/.test(text.slice(Math.max(0, dot - 6), dot))) return false;
  const seriesLetter = /\b(?:Series|Class|Tranche|round)\s+[A-Z]\+*$/.test(
    text.slice(Math.max(0, dot - 12), dot),
  );
  if (!seriesLetter && /^[a-z]$/i.test(word) && /[A-Z]\.$/.test(text.slice(dot - 1, dot + 1))) {
    // An initial ("J. Smith") or the end of an acronym ("U.S."): not an end.
    return false;
  }
  if (LEGAL.has(word.replace(/\.$/, ""))) return STARTERS.has(next[1]);
  return true;
}

/** A single line break joins lines that merely wrap (next line starts in lower case). */
function lineBreakEnds(text: string, at: number): boolean {
  const next = text.slice(at + 1, at + 2);
  return !/[a-z]/.test(next);
}

/**
 * Splits normalised text into sentences.
 *
 * @example
 * splitSentences("SenseTime Group Ltd. raised $1M. It grew.").map((s) => s.text)
 * // ["SenseTime Group Ltd. raised $1M.", "It grew."]
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" && (text[i + 1] === "\n" || lineBreakEnds(text, i))) push(i + 1);
    else if ((ch === "!" || ch === "?") && /\s/.test(text[i + 1] ?? " ")) push(i + 1);
    else if (
      ch === "." &&
      (/[\s"')]/.test(text[i + 1] ?? " ") || CJK.test(text[i + 1] ?? "")) &&
      endsSentence(text, i)
    ) {
      const close = /^["')]*/.exec(text.slice(i + 1))?.[0].length ?? 0;
      push(i + 1 + close);
      i += close;
    }
  }
  push(text.length);
  return spans.flatMap(capLength);
}

/**
 * News sentences are far shorter than this; text without sentence ends (a pasted table, markup)
 * is cut into pieces of at most this many characters so every rule stays linear.
 */
export const MAX_SENTENCE = 1500;

function capLength(span: Span): Span[] {
  if (span.text.length <= MAX_SENTENCE) return [span];
  const pieces: Span[] = [];
  let from = 0;
  while (from < span.text.length) {
    let to = Math.min(span.text.length, from + MAX_SENTENCE);
    if (to < span.text.length) {
      const space = span.text.lastIndexOf(" ", to);
      if (space > from) to = space;
    }
    const text = span.text.slice(from, to).trim();
    if (text) {
      const lead = span.text.slice(from, to).indexOf(text);
      pieces.push({
        start: span.start + from + lead,
        end: span.start + from + lead + text.length,
        text,
      });
    }
    from = to;
  }
  return pieces;
}

/**
 * Clauses of a sentence: parts separated by semicolons, which news style uses to join two facts
 * ("…in a Series C; it had raised $12 million in 2019").
 *
 * @example
 * splitClauses({ start: 0, end: 7, text: "a b; c d" }).map((c) => c.text) // ["a b;", "c d"]
 */
export function splitClauses(sentence: Span): Span[] {
  const clauses: Span[] = [];
  const re = /;\s*/g;
  let from = 0;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const end = m.index + 1;
    clauses.push({
      start: sentence.start + from,
      end: sentence.start + end,
      text: sentence.text.slice(from, end),
    });
    from = m.index + m[0].length;
  }
  clauses.push({
    start: sentence.start + from,
    end: sentence.end,
    text: sentence.text.slice(from),
  });
  return clauses.filter((c) => c.text.trim() !== "");
}

/**
 * Title-case lines (headlines) name companies loosely; their names must match one in the body.
 *
 * @example
 * isTitleCase("Ride-Hailing Firm Didao Raises $600 Million in Round Led by Tencent") // true
 */
export function isTitleCase(text: string): boolean {
  // A sentence that ends like one is prose, however many names it carries; so is a list item
  // ("• Acme Robotics - $5M seed led by Precursor Ventures"): headlines carry no bullet.
  if (/[.!?]["')]*$/.test(text) || /^[-•*·]\s/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  return words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.7;
}

/**
 * "Other investors in the round:" followed by bullet lines reads as one sentence listing them;
 * its span still covers the original lines, so the quote is verbatim.
 */
export function groupBulletLists(sentences: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const head = sentences[i];
    let j = i + 1;
    const items: string[] = [];
    while (
      head.text.endsWith(":") &&
      j < sentences.length &&
      /^[•*·-]\s*/.test(sentences[j].text)
    ) {
      items.push(sentences[j].text.replace(/^[•*·-]\s*/, "").replace(/[.;,]$/, ""));
      j++;
    }
    if (items.length === 0) {
      out.push(head);
      continue;
    }
    out.push({
      start: head.start,
      end: sentences[j - 1].end,
      text: `${head.text} ${items.join(", ")}.`,
    });
    i = j - 1;
  }
  return out;
}

/** A heading over links to other stories: "Most Read", "Related posts", "Also Read:". */
const LINKS_HEADING =
  /^(?:most\s+(?:read|popular|viewed|shared)|related(?:\s+(?:articles?|posts?|stories|news|reading|coverage|content))?|(?:also|further)\s+read(?:ing)?|read\s+(?:more|also|next)|see\s+also|recommended(?:\s+(?:for\s+you|stories|reading))?|trending(?:\s+(?:now|stories))?|top\s+stories|more\s+(?:from|on|in)\s+[\w .'&-]{1,40}|more\s+(?:stories|news|headlines|articles)|more\s+[A-Z][\w.]+(?=\s*$)|latest(?:\s+(?:news|stories|headlines|articles))?|popular(?:\s+(?:now|stories|articles))?|up\s+next|in\s+case\s+you\s+missed\s+it|icymi|don'?t\s+miss|you\s+(?:may|might)\s+also\s+like|editor'?s\s+picks)\s*(:)?\s*/i;

/**
 * Which sentences are links a pasted page carries to other stories: a line that starts with a
 * links heading ("Also Read: Vietnam's FinFlow bags $12m Series A"), and the lines listed right
 * under a heading of its own ("Most Read" followed by headlines, up to the next blank line).
 *
 * @example
 * const text = "A raised $5M.\n\nRead more: B raises $9M";
 * relatedLinks(splitSentences(text), text) // [false, true]
 */
export function relatedLinks(sentences: Span[], text: string): boolean[] {
  let underHeading = false;
  let headingAt = -1;
  return sentences.map((s, i) => {
    const lineStart = s.start === 0 || text[s.start - 1] === "\n";
    const gap = i > 0 ? text.slice(sentences[i - 1].end, s.start) : "";
    // "Read Next", a blank line, then the headlines: the first blank line belongs to the heading.
    const sameBlock = !/\n\s*\n/.test(gap) || headingAt === i - 1;
    if (underHeading && lineStart && sameBlock && !/[.!?]["')]*$/.test(s.text)) return true;
    underHeading = false;
    const heading = lineStart ? LINKS_HEADING.exec(s.text) : null;
    const alone = heading !== null && heading[0].length === s.text.length;
    if (!heading || (!alone && heading[1] !== ":")) return false;
    underHeading = alone;
    headingAt = i;
    return true;
  });
}
