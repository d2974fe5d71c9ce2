/**
 * The layout a paste carries over from where it was copied: a PDF's hard line breaks and words
 * hyphenated across lines ("partici-\npation"), footnote markers ("2025.¹", "rounds.[3]"), an
 * email reply's "> " quote marks and a chat's speaker lines ("Ravi Menon  9:12 AM"). Reading the
 * text, these are read through: a wrapped line goes on after a space, a split word is one word, a
 * marker, a quote mark and a speaker line are not there.
 */

/** Positions of the original text to leave out, and line breaks to read as spaces. */
export interface LayoutEdits {
  skip: Set<number>;
  asSpace: Set<number>;
}

interface Line {
  /** Offset of the line's first character in the original. */
  start: number;
  /** Offset where its content starts, after any quote marks and indentation. */
  body: number;
  /** Offset of its line break (or the text's end). */
  end: number;
  text: string;
}

/** "> > text": an email's quote marks, then indentation. */
const QUOTE_MARKS = /^(?:[ \t]*>)+[ \t]?/;
/** Superscript digits ("¹", "²³"). */
const SUPERSCRIPT = /[\u00B9\u00B2\u00B3\u2070-\u2079]+/g;
/** "[3]" right after a word or a stop. */
const BRACKET_NOTE = /(?<=[\p{L}.,;:)"'\u2019\u201D])\[\d{1,3}\](?=[\s.,;:)]|$)/gu;
/** Hyphens that join words, kept when a line break falls after them ("post-\nmoney"). */
const COMPOUND_TAIL = /^(?:money|based|seed|stage|led|backed|owned|funded|term|round)\b/;
/** A line that ends a sentence, a heading or a list item, so the next one starts afresh. */
const ENDS = /[.!?:;"')\]\u2019\u201D]\s*$/;
/** A word no sentence ends on ("led by", "and"): a line ending on it runs on. */
const RUNS_ON =
  /\b(?:a|an|the|and|or|of|by|in|on|at|to|for|from|with|as|led|including|that|its|their)$/;
/**
 * A chat message's header: the speaker's name and the time ("Ravi Menon  9:12 AM",
 * "[09:12] Ana Ruiz:"), or a thread's reply count.
 */
const SPEAKER_LINE =
  /^(?:\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s+\d{1,2}:\d{2}(?:\s?[AP]M)?|\[\d{1,2}:\d{2}(?:\s?[AP]M)?\]\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}:?|\d+\s+repl(?:y|ies)\b.*)$/u;
/** Widest and narrowest hard-wrap widths believed: a PDF column or an email's 72 to 100. */
const [MIN_WRAP, MAX_WRAP] = [30, 120];

function linesOf(original: string, quoted: boolean): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of original.split("\n")) {
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const marks = quoted ? (QUOTE_MARKS.exec(text)?.[0].length ?? 0) : 0;
    const indent = /^[ \t\u00A0]*/.exec(text.slice(marks))?.[0].length ?? 0;
    lines.push({
      start,
      body: start + marks + indent,
      end: start + raw.length,
      text: text.slice(marks + indent).trimEnd(),
    });
    start += raw.length + 1;
  }
  return lines;
}

/** An email thread's quoted reply: a "… wrote:" line or a bare ">" line, and lines under it. */
function isQuotedReply(original: string): boolean {
  const marked = original.split("\n").filter((l) => /^[ \t]*>/.test(l));
  return marked.length >= 2 && /(?:\bwrote:[ \t]*\r?$|^[ \t]*>[ \t]*\r?$)/m.test(original);
}

/**
 * The width a text is hard-wrapped at: the longest line that plainly runs on (into a line
 * starting in lower case, or from a word like "by"), when two lines do so; null for text whose
 * lines are paragraphs.
 */
function wrapWidth(lines: Line[]): number | null {
  const widths = lines
    .slice(0, -1)
    .filter(
      (l, i) =>
        l.text !== "" &&
        lines[i + 1].text !== "" &&
        !SPEAKER_LINE.test(l.text) &&
        !ENDS.test(l.text) &&
        (/^[a-z]/.test(lines[i + 1].text) || RUNS_ON.test(l.text)),
    )
    .map((l) => l.text.length);
  if (widths.length < 2) return null;
  const width = Math.max(...widths);
  return width >= MIN_WRAP && width <= MAX_WRAP ? width : null;
}

/**
 * What to read through in a pasted text's layout.
 *
 * @example
 * const edits = pastedLayout("a fund-\nraising round led by Foo\nVentures and Bar Capital in\n2024.");
 * // edits.skip holds the "-" and the first line break; edits.asSpace the other two breaks
 */
export function pastedLayout(original: string): LayoutEdits {
  const skip = new Set<number>();
  const asSpace = new Set<number>();
  const quoted = isQuotedReply(original);
  const lines = linesOf(original, quoted);
  for (const line of lines) for (let i = line.start; i < line.body; i++) skip.add(i);
  for (const pattern of [SUPERSCRIPT, BRACKET_NOTE])
    for (const m of original.matchAll(pattern)) {
      // A marker opening a line starts the footnote itself ("¹ Company announcement, …").
      if (m.index === 0 || /\s/.test(original[m.index - 1])) continue;
      for (let i = m.index; i < m.index + m[0].length; i++) skip.add(i);
    }
  // A chat's speaker lines, when there are two or more, are no part of what is said.
  const speakers = lines.filter((l) => SPEAKER_LINE.test(l.text));
  if (speakers.length >= 2)
    for (const line of speakers) for (let i = line.start; i <= line.end; i++) skip.add(i);
  const width = wrapWidth(lines);
  lines.slice(0, -1).forEach((line, k) => {
    const next = lines[k + 1];
    if (line.text === "" || next.text === "") return;
    const breakAt = line.end;
    const split = /[a-z]-$/.test(line.text) && /^[a-z]/.test(next.text);
    if (split && !COMPOUND_TAIL.test(next.text)) {
      // "partici-\npation": one word, read without its hyphen or the break.
      skip.add(line.body + line.text.length - 1);
      for (let i = breakAt; i < next.body; i++) skip.add(i);
      return;
    }
    const wraps =
      width !== null &&
      !ENDS.test(line.text) &&
      (line.text.length >= 0.6 * width || RUNS_ON.test(line.text)) &&
      /^[\p{L}\d€$£¥(]/u.test(next.text) &&
      !/[\t|]/.test(line.text + next.text);
    if (wraps) asSpace.add(breakAt);
  });
  return { skip, asSpace };
}
