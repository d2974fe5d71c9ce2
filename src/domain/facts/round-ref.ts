import { distance } from "fastest-levenshtein";
import type { Company, Round } from "../catalog/entities";
import { MAX_TEXT_LENGTH, omittedIfBlank, optionKey, quoteArgument } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import { formatDate } from "../presentation/format";
import { isoOfDateSerial } from "../core/date-serial";
import { invalid, notFound, ok, type Result } from "../core/result";

/** How a round can be named: a letter, first/latest, a 1-based position, or its month. */
export type RoundRef =
  | { by: "series"; letter: string; within?: string }
  | { by: "stage"; name: string; within?: string }
  | { by: "position"; position: number }
  | { by: "first" }
  | { by: "latest" }
  | { by: "month"; month: string; serial?: number };

export const ROUND_FORMS = [
  '"C"',
  '"Series C"',
  '"latest"',
  '"first"',
  "1, 2, …",
  '"2017-07"',
  '"Jul 2017"',
];

/**
 * Month names as analysts and the add-in write them (the add-in prints "Jul 2017"). A fixed table
 * rather than a date parser: a round's month must be read exactly as typed, with its year, and the
 * table costs the functions bundle nothing (a free-text date parser guesses missing years).
 */
const MONTH_NAMES = new Map<string, number>(
  [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ].flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
    ...(name === "september" ? [["sept", 9] as [string, number]] : []),
  ]),
);

/** "2017-07", "2017/7", "2018-04-09" (a day names its month), with or without a trailing "round". */
const NUMERIC_MONTH = /^(-?\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
/** "Jul 2017", "July 2017", "Jul. 2017", "July, 2017", "Jul-2017". */
const NAMED_MONTH = /^(?<month>[a-z]+)\.?,?[\s-]*(?<year>-?\d{4})$/;
/** "9 Apr 2018", "9-Apr-2018", "9th April, 2018". */
const DAY_NAMED_MONTH =
  /^(?<day>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?<month>[a-z]+)\.?,?[\s-]+(?<year>\d{4})$/;
/** "April 9, 2018", "Apr 9 2018". */
const NAMED_MONTH_DAY =
  /^(?<month>[a-z]+)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})$/;
/** Excel's "mmm-yy" display: "Apr-18", "Jul 17", "Jul '17". */
const SHORT_YEAR = /^([a-z]+)\.?[\s-]*['’]?(\d{2})$/;
/** "10/2017", "10-2017": a month and its year. */
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
/** "19/4/2018", "4/19/2018", "9.4.2018": day and month in either order, the year last. */
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
/** "C", "C1", "C+", "C++" (after `roundNameKey`). */
const SERIES_KEY = /^[a-z][0-9]{0,2}\+*$/;

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
  return round.notes.flatMap((note) => {
    const named = /^(.+?)\s+round$/i.exec(note.text.trim());
    return named ? [{ key: roundNameKey(named[1]), note }] : [];
  });
}

const namesOf = (round: Round): string[] => namingsOf(round).map((n) => n.key);

/**
 * Parses what an analyst types for a round: `C`, `Series C`, `C round`, `Round C`, `Series C1`,
 * `Series C+` (a round of its own), a stage (`Seed`, `Angel`, `Pre-A`, `Pre-IPO`, `Strategic`),
 * `latest`, `first`, `2` (or the number 2), `2017-07`, `Jul 2017`, `July 2017 round`,
 * `2018-04-09` (any day names its month).
 * @example
 * parseRoundRef("Series C") // { kind: "ok", value: { by: "series", letter: "C" } }
 * parseRoundRef(2)          // { kind: "ok", value: { by: "position", position: 2 } }
 * parseRoundRef("Jul 2017 round") // { kind: "ok", value: { by: "month", month: "2017-07" } }
 */
export function parseRoundRef(value: unknown): Result<RoundRef> {
  value = omittedIfBlank(value);
  const wrong = (why: string) =>
    invalid(`${why} Name a round as ${ROUND_FORMS.join(", ")}.`, ROUND_FORMS);
  if (typeof value === "number") {
    const day = isoOfDateSerial(value);
    return day === undefined
      ? positionRef(value, wrong)
      : ok({ by: "month", month: day.slice(0, 7), serial: value });
  }
  if (typeof value !== "string") {
    return wrong(
      value == null
        ? "The round is missing."
        : `The round must be text or a number, not ${quoteArgument(value)}.`,
    );
  }
  // The common case, a bare series letter, skips the pattern matching below.
  if (/^[A-Za-z]$/.test(value)) return ok({ by: "series", letter: value.toUpperCase() });
  // NFKC: full-width letters and digits ("Ｃ", "２") as typed with an East Asian keyboard.
  const text = value.normalize("NFKC").trim().toLowerCase();
  if (text.length === 0) return wrong("The round is empty.");
  if (text.length > MAX_TEXT_LENGTH) {
    return wrong(`The round is longer than ${MAX_TEXT_LENGTH} characters.`);
  }
  const dated = dateRef(text.replace(/[\s-]*round$/, "").trim(), wrong);
  if (dated) return dated;
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return positionRef(Number(text), wrong);
  const ordinal = ordinalOf(text);
  if (ordinal !== undefined) return positionRef(ordinal, wrong);
  const named = namedRef(text) ?? datedNameRef(text, wrong);
  return named ? ok(named) : wrong(`Unknown round ${quoteArgument(value)}.`);
}

/** "latest", "the latest round", "first round", a series ("Series C+") or a stage ("Seed"). */
function namedRef(text: string): RoundRef | undefined {
  const key = optionKey(text)
    .replace(/^the/, "")
    .replace(/(?:round|financing|funding)+$/, "");
  if (["latest", "last", "newest", "mostrecent"].includes(key)) return { by: "latest" };
  if (["first", "earliest", "oldest"].includes(key)) return { by: "first" };
  const name = roundNameKey(seriesTypoFixed(text));
  if (SERIES_KEY.test(name)) return { by: "series", letter: name.toUpperCase() };
  if (STAGE_KEY.test(name)) return { by: "stage", name: stageName(name) };
  return undefined;
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

const ORDINAL_WORDS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

/** "2nd", "#2", "second round": the position it names, or undefined. */
function ordinalOf(text: string): number | undefined {
  const plain = text.replace(/[\s-]*round$/, "").trim();
  const numbered = /^(?:#|no\.?\s*)?(\d+)(?:st|nd|rd|th)?$/.exec(plain);
  if (numbered && /\D/.test(plain)) return Number(numbered[1]);
  const word = ORDINAL_WORDS.indexOf(plain);
  return word >= 0 ? word + 2 : undefined;
}

/**
 * A series or stage with the date it was announced, as an analyst labels a row: "Series C 2018",
 * "Series C (Apr 2018)", "2018 Series C", "Seed, Jul 2017". The round must be of that year or month.
 */
function datedNameRef(
  text: string,
  wrong: (why: string) => Result<RoundRef>,
): RoundRef | undefined {
  const parts = text.split(/[\s,()]+/).filter((part) => part.length > 0);
  // A name and a date are a few words: "Series C (9 Apr 2018)" is five.
  if (parts.length > MAX_DATED_NAME_WORDS) return undefined;
  // The longest date first: "C 9 Apr 2018" is Series C of 9 Apr 2018, not a Series C9.
  for (let cut = parts.length - 1; cut >= 1; cut--) {
    for (const [name, when] of [
      [parts.slice(0, -cut), parts.slice(-cut)],
      [parts.slice(cut), parts.slice(0, cut)],
    ]) {
      const ref = namedRef(name.join(" "));
      const within = withinOf(when.join(" "), wrong);
      if (ref && within && (ref.by === "series" || ref.by === "stage")) return { ...ref, within };
    }
  }
  return undefined;
}

const MAX_DATED_NAME_WORDS = 8;

/** "2018" → "2018"; "Apr 2018", "2018-04-09" → "2018-04"; anything else undefined. */
function withinOf(text: string, wrong: (why: string) => Result<RoundRef>): string | undefined {
  if (/^\d{4}$/.test(text)) return text;
  const dated = dateRef(text, wrong);
  return dated?.kind === "ok" && dated.value.by === "month" ? dated.value.month : undefined;
}

/**
 * A round's month from a date written as text, or undefined when the text is not a date: ISO
 * ("2017-07", "2018-04-09"), "Jul 2017", a day with its month name ("9 Apr 2018", "April 9, 2018"),
 * Excel's "mmm-yy" display ("Apr-18", years 00–29 in the 2000s as Excel reads them), and day/month
 * numbers with the year last ("19/4/2018", "4/19/2018"). "9/4/2018" reads as April or September
 * depending on the locale: it is refused with both readings rather than guessed.
 */
function dateRef(
  dated: string,
  wrong: (why: string) => Result<RoundRef>,
): Result<RoundRef> | undefined {
  const numeric = NUMERIC_MONTH.exec(dated);
  if (numeric) return monthRef(Number(numeric[1]), Number(numeric[2]), numeric[3], wrong);
  const named =
    NAMED_MONTH.exec(dated) ?? DAY_NAMED_MONTH.exec(dated) ?? NAMED_MONTH_DAY.exec(dated);
  const month = MONTH_NAMES.get(named?.groups?.month ?? "");
  if (named && month !== undefined) {
    return monthRef(Number(named.groups?.year), month, named.groups?.day, wrong);
  }
  const short = SHORT_YEAR.exec(dated);
  const shortMonth = MONTH_NAMES.get(short?.[1] ?? "");
  if (short && shortMonth !== undefined) {
    const yy = Number(short[2]);
    return monthRef(yy < 30 ? 2000 + yy : 1900 + yy, shortMonth, undefined, wrong);
  }
  const monthYear = MONTH_YEAR.exec(dated);
  if (monthYear) return monthRef(Number(monthYear[2]), Number(monthYear[1]), undefined, wrong);
  const slashed = YEAR_LAST.exec(dated);
  if (!slashed) return undefined;
  const [a, b, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  // Day first (9/4 = 9 Apr) or month first (4/9 = 9 Apr): a part above 12 can only be the day.
  if (a > 12 || a === b) return monthRef(year, b, String(a), wrong);
  if (b > 12) return monthRef(year, a, String(b), wrong);
  const reading = (day: number, m: number) =>
    formatDate({ iso: `${year}-${pad(m)}-${pad(day)}`, precision: "day" });
  const iso = (day: number, m: number) => `"${year}-${pad(m)}-${pad(day)}"`;
  return wrong(
    `${quoteArgument(dated)} can be ${reading(a, b)} or ${reading(b, a)}: write the date as ${iso(a, b)} or ${iso(b, a)}.`,
  );
}

const pad = (n: number) => String(n).padStart(2, "0");

function positionRef(n: number, wrong: (why: string) => Result<RoundRef>): Result<RoundRef> {
  return Number.isInteger(n) && n >= 1
    ? ok({ by: "position", position: n })
    : wrong(
        `Round positions are whole numbers from 1 (the oldest round), not ${quoteArgument(n)}.`,
      );
}

function monthRef(
  year: number,
  month: number,
  day: string | undefined,
  wrong: (why: string) => Result<RoundRef>,
): Result<RoundRef> {
  const iso = `${year}-${String(month).padStart(2, "0")}`;
  if (year < 1) return wrong(`${quoteArgument(year)} is not a year: years start at 1.`);
  if (month < 1 || month > 12) return wrong(`${year}-${month} is not a month.`);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day !== undefined && (Number(day) < 1 || Number(day) > lastDay)) {
    return wrong(`${iso}-${day} is not a day.`);
  }
  return ok({ by: "month", month: iso.padStart(7, "0") });
}

/**
 * "Series C" when the article gives a letter, the name it gives otherwise ("Series B+", "Seed
 * round"), else the month: "Jul 2017 round".
 */
export function roundLabel(round: Round): string {
  if (round.series) return `Series ${round.series.letter}`;
  const named = namedAs(round)?.ref;
  if (named?.by === "series") return `Series ${named.letter}`;
  if (named?.by === "stage") return `${named.name} round`;
  return `${formatDate(round.announced)} round`;
}

/** How to ask for this round in a formula: "C", "B+", "Seed" or "2017-07". */
export function roundRefText(round: Round): string {
  if (round.series) return round.series.letter;
  const named = namedAs(round)?.ref;
  if (named?.by === "series") return named.letter;
  if (named?.by === "stage") return named.name;
  return round.announced.iso.slice(0, 7);
}

/** The series or stage a round without a letter is named by in its notes, and that note. */
function namedAs(round: Round): { ref: RoundRef; note: Naming["note"] } | undefined {
  if (round.series) return undefined;
  for (const { key, note } of namingsOf(round)) {
    if (SERIES_KEY.test(key)) return { ref: { by: "series", letter: key.toUpperCase() }, note };
    if (STAGE_KEY.test(key)) return { ref: { by: "stage", name: stageName(key) }, note };
  }
  return undefined;
}

/**
 * The name a source gives a round without a letter ("Series B+", "Seed") with the note, and so the
 * passage, that gives it; undefined for a round with a letter or with no such name.
 */
export function namedRound(round: Round): { name: string; note: Naming["note"] } | undefined {
  const named = namedAs(round);
  if (named?.ref.by === "series") return { name: `Series ${named.ref.letter}`, note: named.note };
  if (named?.ref.by === "stage") return { name: named.ref.name, note: named.note };
  return undefined;
}

/**
 * The company's round a reference names; unknown rounds are answered with the rounds that exist.
 * @example
 * findRound(catalog, sensetime, "2017-07").kind // "ok" (the $410M round, which has no letter)
 * findRound(catalog, megvii, "B").message       // "Megvii has no Series B in the source. Its rounds: 1) Series C (\"C\", Oct 2017)."
 */
export function findRound(catalog: Catalog, company: Company, ref: unknown): Result<Round> {
  const parsed = parseRoundRef(ref);
  if (parsed.kind !== "ok") return parsed;
  const rounds = catalog.roundsByCompany.get(company.id) ?? [];
  const found = pick(rounds, parsed.value);
  if (found) return ok(found);
  const year = parsed.value.by === "position" ? yearOfPosition(parsed.value.position) : undefined;
  const ofYear = year ? rounds.filter((r) => r.announced.iso.startsWith(year)) : [];
  if (ofYear.length === 1) return ok(ofYear[0]);
  const listed = rounds
    .map((r, i) => `${i + 1}) ${roundLabel(r)} ("${roundRefText(r)}", ${formatDate(r.announced)})`)
    .join(", ");
  const missing =
    parsed.value.by !== "position"
      ? `${company.name} has no ${describeRef(parsed.value)} in the source.`
      : year
        ? yearMissing(company, year, ofYear.length)
        : positionMissing(company, rounds.length, parsed.value.position);
  return notFound(`${missing} Its rounds: ${listed}.`);
}

/**
 * A number past the last position that looks like a year (1900–2100) is the year the round was
 * announced in: no company has that many rounds. Its text, or undefined.
 */
const yearOfPosition = (position: number): string | undefined =>
  position >= 1900 && position <= 2100 ? String(position) : undefined;

/** A year with no round, or with several: says how it was read and what to give instead. */
function yearMissing(company: Company, year: string, count: number): string {
  return count === 0
    ? `${company.name} has no round announced in ${year} in the source (${year} read as a year).`
    : `${company.name} has ${count} rounds announced in ${year} in the source: give the round's series or month.`;
}

/** A position past the last round: says it was read as a position and how many rounds there are. */
function positionMissing(company: Company, count: number, position: number): string {
  const rounds = `${count} round${count === 1 ? "" : "s"}`;
  return `${company.name} has ${rounds} in the source; ${position} was read as a position (1 = the oldest round).`;
}

function pick(rounds: readonly Round[], ref: RoundRef): Round | undefined {
  switch (ref.by) {
    case "series": {
      const key = roundNameKey(ref.letter);
      return rounds.find(
        (r) => (r.series?.letter === ref.letter || namesOf(r).includes(key)) && announcedIn(r, ref),
      );
    }
    case "stage": {
      const key = roundNameKey(ref.name);
      return rounds.find((r) => namesOf(r).includes(key) && announcedIn(r, ref));
    }
    case "position":
      return rounds[ref.position - 1];
    case "first":
      return rounds[0];
    case "latest":
      return rounds[rounds.length - 1];
    case "month":
      return rounds.find((r) => r.announced.iso.startsWith(ref.month));
  }
}

/** Whether a round was announced in the year or month a reference gives, if it gives one. */
const announcedIn = (round: Round, ref: { within?: string }): boolean =>
  ref.within === undefined || round.announced.iso.startsWith(ref.within);

function describeRef(ref: RoundRef): string {
  const within = "within" in ref && ref.within ? ` announced in ${ref.within}` : "";
  switch (ref.by) {
    case "series":
      return `Series ${ref.letter}${within}`;
    case "stage":
      return `${ref.name} round${within}`;
    case "position":
      return `round ${ref.position}`;
    case "first":
    case "latest":
      return "rounds";
    case "month":
      return ref.serial === undefined
        ? `round announced in ${ref.month}`
        : `round announced in ${ref.month} (${ref.serial} read as a date)`;
  }
}
