import type { Company, Round } from "../catalog/entities";
import { MAX_TEXT_LENGTH, omittedIfBlank, optionKey, quoteArgument } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import { formatDate } from "../presentation/format";
import { isoOfDateSerial } from "../core/date-serial";
import { invalid, notFound, ok, type Result } from "../core/result";
import { remembered } from "../core/remembered";
import { monthOfText } from "./round-dates";
import { englishRoundWords, unreadLetters } from "./chinese-round-words";
import { namedAs, namesOf, roundNameKey, roundNameOf, type NamedRef } from "./round-names";

/** How a round can be named: a letter, first/latest, a 1-based position, or its month. */
export type RoundRef =
  | (NamedRef & { within?: string })
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
 * Parses what an analyst types for a round: `C`, `Series C`, `C round`, `Round C`, `Series C1`,
 * `Series C+` (a round of its own), a stage (`Seed`, `Angel`, `Pre-A`, `Pre-IPO`, `Strategic`),
 * `latest`, `first`, `2` (or the number 2, "2nd", "Round 2"), `2017-07`, `Jul 2017`, `July 2017 round`,
 * `2018-04-09` (any day names its month), and their Chinese forms (`A轮`, `天使轮`, `第二轮`, `最新`).
 * @example
 * parseRoundRef("Series C") // { kind: "ok", value: { by: "series", letter: "C" } }
 * parseRoundRef(2)          // { kind: "ok", value: { by: "position", position: 2 } }
 * parseRoundRef("Jul 2017 round") // { kind: "ok", value: { by: "month", month: "2017-07" } }
 */
export function parseRoundRef(value: unknown): Result<RoundRef> {
  return typeof value === "string" ? parsedText(value) : parsedRoundRef(value);
}

// Recalculation asks the same few round texts thousands of times: each is read once.
const parsedText = remembered(1024, (text: string) => parsedRoundRef(text));

function parsedRoundRef(value: unknown): Result<RoundRef> {
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
  const text = englishRoundWords(value.normalize("NFKC").trim().toLowerCase());
  if (text.length === 0) return wrong("The round is empty.");
  if (text.length > MAX_TEXT_LENGTH) {
    return wrong(`The round is longer than ${MAX_TEXT_LENGTH} characters.`);
  }
  const dated = dateRef(text.replace(/[\s-]*round$/, "").trim(), wrong);
  if (dated) return dated;
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return positionRef(Number(text), wrong);
  const ordinal = ordinalOf(text);
  if (ordinal !== undefined) return positionRef(ordinal, wrong);
  const named = namedRef(text) ?? datedNameRef(text);
  if (named) return ok(named);
  const unread = unreadLetters(text);
  return wrong(
    unread.length === 0
      ? `Unknown round ${quoteArgument(value)}.`
      : `Unknown round ${quoteArgument(value)}: ${quoteArgument(unread.join(" "))} is no part of a round name (in Chinese: "A轮", "天使轮", "第二轮", "最新").`,
  );
}

/** "latest", "the latest round", "first round", a series ("Series C+") or a stage ("Seed"). */
function namedRef(text: string): RoundRef | undefined {
  // A letter no round name has ("A股") is refused, never dropped to leave a series letter.
  if (unreadLetters(text).length > 0) return undefined;
  const key = optionKey(text)
    .replace(/^the/, "")
    .replace(/(?:round|financing|funding)+$/, "");
  if (["latest", "last", "newest", "mostrecent"].includes(key)) return { by: "latest" };
  if (["first", "earliest", "oldest"].includes(key)) return { by: "first" };
  return roundNameOf(text);
}

const ORDINAL_WORDS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

/** "2nd", "#2", "second round", "Round 2": the position it names, or undefined. */
function ordinalOf(text: string): number | undefined {
  const plain = text.replace(/^round[\s#-]*|[\s-]*round$/g, "").trim();
  const numbered = /^(?:#|no\.?\s*)?(\d+)(?:st|nd|rd|th)?$/.exec(plain);
  if (numbered && /\D/.test(text)) return Number(numbered[1]);
  const word = ORDINAL_WORDS.indexOf(plain);
  return word >= 0 ? word + 2 : undefined;
}

/**
 * A series or stage with the date it was announced, as an analyst labels a row: "Series C 2018",
 * "Series C (Apr 2018)", "2018 Series C", "Seed, Jul 2017". The round must be of that year or month.
 */
function datedNameRef(text: string): RoundRef | undefined {
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
      const within = withinOf(when.join(" "));
      if (ref && within && (ref.by === "series" || ref.by === "stage")) return { ...ref, within };
    }
  }
  return undefined;
}

const MAX_DATED_NAME_WORDS = 8;

/** "2018" → "2018"; "Apr 2018", "2018-04-09" → "2018-04"; anything else undefined. */
function withinOf(text: string): string | undefined {
  if (/^\d{4}$/.test(text)) return text;
  const typed = monthOfText(text);
  return typed && "month" in typed ? typed.month : undefined;
}

/** A round's month from a date typed as text (see `monthOfText`), or undefined for other text. */
function dateRef(
  dated: string,
  wrong: (why: string) => Result<RoundRef>,
): Result<RoundRef> | undefined {
  const typed = monthOfText(dated);
  if (typed === undefined) return undefined;
  return "month" in typed ? ok({ by: "month", month: typed.month }) : wrong(typed.why);
}

function positionRef(n: number, wrong: (why: string) => Result<RoundRef>): Result<RoundRef> {
  return Number.isInteger(n) && n >= 1
    ? ok({ by: "position", position: n })
    : wrong(
        `Round positions are whole numbers from 1 (the oldest round), not ${quoteArgument(n)}.`,
      );
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
      // A round named "Series B+" in a note answers to its key, read only where there are notes.
      const named = (r: Round) => {
        const names = namesOf(r);
        return names.length > 0 && names.includes(roundNameKey(ref.letter));
      };
      return rounds.find(
        (r) => (r.series?.letter === ref.letter || named(r)) && announcedIn(r, ref),
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
