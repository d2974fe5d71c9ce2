/**
 * Rounds by name: a series letter ("C", "C1", "C+") or a stage ("Seed", "Pre-A"), as analysts type
 * them and as sources name rounds that have no letter.
 */
import { distance } from "fastest-levenshtein";
import type { Round } from "../catalog/entities";

/** A round named by its series or its stage. */
export type NamedRef = { by: "series"; letter: string } | { by: "stage"; name: string };

/**
 * "C", "C1", "C+", "C++" (after `roundNameKey`); never "Q2" or "H1", a quarter or half-year
 * ("Q2 2018"), which no round is named by.
 */
const SERIES_KEY = /^(?![qh][1-4]$)[a-z][0-9]{0,2}\+*$/;

/**
 * Rounds named by their stage rather than a letter, as the source reader labels them ("Seed",
 * "Pre-A", "Angel+"), by `roundNameKey`.
 */
const STAGE_KEY = /^(?:seed\+*|angel\+*|preseed|preipo|strategic|pre[a-z]\+*)$/;

/**
 * A round's name compared without case, spaces or punctuation but with its "+" (Series C+ is a
 * round of its own, not Series C), and without the words around it: "Series", "round", "Pre-Series".
 * @example roundNameKey("Series C+ round") // "c+"
 * @example roundNameKey("Pre-Series A")    // "prea"
 * @example roundNameKey("Seed plus")       // "seed+"
 */
export function roundNameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bplus\b/g, "+")
    .replace(/[^a-z0-9+]+/g, "")
    .replace(/(?:round|financing|funding)+$/, "")
    .replace(/^(?:series|round)/, "")
    .replace(/^preseries/, "pre");
}

/** How a stage is written in messages: "Seed", "Pre-A", "Pre-IPO", "Angel+". */
function stageName(key: string): string {
  if (key === "preipo") return "Pre-IPO";
  if (key === "preseed") return "Pre-seed";
  const pre = /^pre([a-z])(\+*)$/.exec(key);
  if (pre) return `Pre-${pre[1].toUpperCase()}${pre[2]}`;
  return `${key[0].toUpperCase()}${key.slice(1)}`;
}

/** A note of a round and the round name it gives, by `roundNameKey`. */
type Naming = { key: string; note: Round["notes"][number] };

/**
 * The names a round answers to besides its letter: a round the source names by its stage or with a
 * "+" ("Series B+", "Seed") is kept with a note "<name> round", as source documents record it.
 */
function namingsOf(round: Round): Naming[] {
  const known = namings.get(round);
  if (known) return known;
  const found = round.notes.flatMap((note) => {
    const named = /^(.+?)\s+round$/i.exec(note.text.trim());
    return named ? [{ key: roundNameKey(named[1]), note }] : [];
  });
  namings.set(round, found);
  return found;
}

/** Each round's namings, read once: a catalog's rounds do not change, and lookups ask often. */
const namings = new WeakMap<Round, Naming[]>();

/** @example namesOf(roundWithNote("Series B+ round")) // ["b+"] */
export const namesOf = (round: Round): string[] => namingsOf(round).map((n) => n.key);

/** The series or stage a key names, if any. */
function namedByKey(key: string): NamedRef | undefined {
  if (SERIES_KEY.test(key)) return { by: "series", letter: key.toUpperCase() };
  if (STAGE_KEY.test(key)) return { by: "stage", name: stageName(key) };
  return undefined;
}

/**
 * The series or stage typed text names ("Series C+", "seed round", "Seies C"), if any.
 * @example roundNameOf("Series C+") // { by: "series", letter: "C+" }
 * @example roundNameOf("Pre-A")     // { by: "stage", name: "Pre-A" }
 */
export function roundNameOf(text: string): NamedRef | undefined {
  return namedByKey(roundNameKey(seriesTypoFixed(text)));
}

/**
 * "Seies C", "Serie C", "Sereis C": a first word within two edits of "series" before a series
 * letter is "Series" (a letter after it cannot mean anything else).
 */
function seriesTypoFixed(text: string): string {
  const words = /^([a-z]{4,7})[\s-]+(\S+)$/.exec(text);
  return words && words[1] !== "series" && distance(words[1], "series") <= 2
    ? `series ${words[2]}`
    : text;
}

/**
 * The series or stage a round without a letter is named by in its notes, and that note.
 * @example namedAs(roundWithNote("Series B+ round"))?.ref // { by: "series", letter: "B+" }
 */
export function namedAs(round: Round): { ref: NamedRef; note: Naming["note"] } | undefined {
  if (round.series) return undefined;
  for (const { key, note } of namingsOf(round)) {
    const ref = namedByKey(key);
    if (ref) return { ref, note };
  }
  return undefined;
}

/**
 * The name a source gives a round without a letter ("Series B+", "Seed") with the note, and so the
 * passage, that gives it; undefined for a round with a letter or with no such name.
 * @example namedRound(roundWithNote("Seed round"))?.name // "Seed"
 */
export function namedRound(round: Round): { name: string; note: Naming["note"] } | undefined {
  const named = namedAs(round);
  if (named?.ref.by === "series") return { name: `Series ${named.ref.letter}`, note: named.note };
  if (named?.ref.by === "stage") return { name: named.ref.name, note: named.note };
  return undefined;
}
