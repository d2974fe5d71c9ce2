/**
 * Marks a paste carries at the start of its lines that are no part of what is said: a numbered
 * thread's post counters ("1/7 ", "(2/7) "), a news terminal's times and flash asterisks
 * ("10:31 *"), and the capitals of a terminal's headlines ("*ACME RAISES $50M IN SERIES B LED BY
 * X"), read in the case prose would use so names and verbs are told apart.
 */

/** Positions of the original to leave out, and letters to read in another case. */
export interface PasteMarks {
  skip: Set<number>;
  recase: Map<number, string>;
}

/** "1/7 ", "(2/7) ", "3/ ": a thread post's counter opening its line. */
const COUNTER = /^[ \t]*\(?\d{1,2}\/\d{0,2}\)?[ \t]+(?=\S)/;
/** "10:31 *", "*": a terminal headline's time and flash mark. */
const FLASH = /^[ \t]*(?:\d{1,2}:\d{2}[ \t]+)?\*(?=\S)/;
/** Words a headline in capitals keeps in lower case. */
const SMALL_WORDS = new Set(
  (
    "a an the and or of in on at to for from with by as its it is co led leads raises raised " +
    "raise says said also participated participates participate joins joined round values " +
    "valued seek seeks funding after into new"
  ).split(" "),
);

/** Lines of `original` with their start offsets. */
function linesOf(original: string): { start: number; text: string }[] {
  let start = 0;
  return original.split("\n").map((raw) => {
    const text = raw.replace(/\r$/, "");
    const line = { start, text };
    start += raw.length + 1;
    return line;
  });
}

/** A word of capitals in the case prose would give it ("ROBOTICS" "Robotics", "BY" "by"). */
function proseCase(word: string, previous: string): string {
  // "SERIES A": a round's letter stays a capital.
  if (/\d/.test(word) || !/^[A-Z][A-Z'.&-]*$/.test(word) || /^series$/i.test(previous)) return word;
  const bare = word.replace(/[^A-Z]/g, "").toLowerCase();
  if (SMALL_WORDS.has(bare)) return word.toLowerCase();
  if (bare.length <= 3) return word;
  return word[0] + word.slice(1).toLowerCase();
}

/**
 * The marks to read through in `original`: counters and flash marks when two or more lines carry
 * them (one alone may be prose), and the capitals of flash lines.
 *
 * @example
 * const marks = pasteMarks("1/2 Acme raised $5M.\n2/2 Led by Foo.");
 * marks.skip.has(0) // true
 */
export function pasteMarks(original: string): PasteMarks {
  const skip = new Set<number>();
  const recase = new Map<number, string>();
  const lines = linesOf(original);
  for (const pattern of [COUNTER, FLASH]) {
    const marked = lines.filter((l) => pattern.test(l.text));
    if (marked.length < 2) continue;
    for (const line of marked) {
      const mark = pattern.exec(line.text)?.[0] ?? "";
      for (let i = 0; i < mark.length; i++) skip.add(line.start + i);
      const body = line.text.slice(mark.length);
      if (pattern !== FLASH) continue;
      // Each flash is a sentence of its own: its mark starts a line, its line break ends it.
      skip.delete(line.start + mark.length - 1);
      recase.set(line.start + mark.length - 1, "\n");
      const end = line.start + line.text.length;
      if (end < original.length && !/[.!?]\s*$/.test(body)) recase.set(end, ".");
      if (/\p{Ll}/u.test(body)) continue;
      let previous = "";
      for (const word of body.matchAll(/\S+/g)) {
        const cased = proseCase(word[0], previous);
        previous = word[0];
        for (let i = 0; i < cased.length; i++)
          if (cased[i] !== word[0][i])
            recase.set(line.start + mark.length + word.index + i, cased[i]);
      }
    }
  }
  return { skip, recase };
}
