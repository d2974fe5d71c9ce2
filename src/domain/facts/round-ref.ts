import type { Company, Round } from "../catalog/entities";
import { omittedIfBlank, optionKey, quoteArgument } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import { formatDate } from "../presentation/format";
import { invalid, notFound, ok, type Result } from "../core/result";

/** How a round can be named: a letter, first/latest, a 1-based position, or its month. */
export type RoundRef =
  | { by: "series"; letter: string }
  | { by: "position"; position: number }
  | { by: "first" }
  | { by: "latest" }
  | { by: "month"; month: string; serial?: number };

export const ROUND_FORMS = ['"C"', '"Series C"', '"latest"', '"first"', "1, 2, …", '"2017-07"'];

/**
 * Parses what an analyst types for a round: `C`, `Series C`, `series-c`, `latest`, `first`,
 * `2` (or the number 2), `2017-07`.
 * @example
 * parseRoundRef("Series C") // { kind: "ok", value: { by: "series", letter: "C" } }
 * parseRoundRef(2)          // { kind: "ok", value: { by: "position", position: 2 } }
 */
export function parseRoundRef(value: unknown): Result<RoundRef> {
  value = omittedIfBlank(value);
  const wrong = (why: string) =>
    invalid(`${why} Name a round as ${ROUND_FORMS.join(", ")}.`, ROUND_FORMS);
  if (typeof value === "number") {
    return isDateSerial(value)
      ? ok({ by: "month", month: monthOfSerial(Math.floor(value)), serial: value })
      : positionRef(value, wrong);
  }
  if (typeof value !== "string") {
    return wrong(
      value == null
        ? "The round is missing."
        : `The round ${quoteArgument(value)} is not text or a number.`,
    );
  }
  // The common case, a bare series letter, skips the pattern matching below.
  if (/^[A-Za-z]$/.test(value)) return ok({ by: "series", letter: value.toUpperCase() });
  const text = value.trim().toLowerCase();
  if (text.length === 0) return wrong("The round is empty.");
  const month = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (month) return monthRef(Number(month[1]), Number(month[2]), wrong);
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return positionRef(Number(text), wrong);
  const key = optionKey(text);
  if (["latest", "last", "newest", "mostrecent"].includes(key)) return ok({ by: "latest" });
  if (["first", "earliest", "oldest"].includes(key)) return ok({ by: "first" });
  const series = /^(?:series)?([a-z])$/.exec(key);
  if (series) return ok({ by: "series", letter: series[1].toUpperCase() });
  return wrong(`Unknown round ${quoteArgument(value)}.`);
}

/**
 * Excel turns "2017-07" typed into a cell into the date 1 Jul 2017 (serial 42917); a reference to
 * that cell passes the serial (with a fraction for a time of day). Numbers from 1 Jan 2000 (36526)
 * on are read as such dates; smaller ones, such as a year (2017), stay positions and are refused
 * as such, never misread as a date in 1905.
 */
const FIRST_DATE_SERIAL = 36_526;
const LAST_DATE_SERIAL = 2_958_465; // 31 Dec 9999

function isDateSerial(n: number): boolean {
  return n >= FIRST_DATE_SERIAL && n <= LAST_DATE_SERIAL;
}

/** "2017-07" for 42917. */
function monthOfSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 7);
}

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
  wrong: (why: string) => Result<RoundRef>,
): Result<RoundRef> {
  return month >= 1 && month <= 12
    ? ok({ by: "month", month: `${year}-${String(month).padStart(2, "0")}` })
    : wrong(`${year}-${month} is not a month.`);
}

/** "Series C" when the article gives a letter, else the month: "Jul 2017 round". */
export function roundLabel(round: Round): string {
  return round.series ? `Series ${round.series.letter}` : `${formatDate(round.announced)} round`;
}

/** How to ask for this round in a formula: "C" or "2017-07". */
export function roundRefText(round: Round): string {
  return round.series ? round.series.letter : round.announced.iso.slice(0, 7);
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
  const listed = rounds
    .map((r, i) => `${i + 1}) ${roundLabel(r)} ("${roundRefText(r)}", ${formatDate(r.announced)})`)
    .join(", ");
  return notFound(
    `${company.name} has no ${describeRef(parsed.value)} in the source. Its rounds: ${listed}.`,
  );
}

function pick(rounds: readonly Round[], ref: RoundRef): Round | undefined {
  switch (ref.by) {
    case "series":
      return rounds.find((r) => r.series?.letter === ref.letter);
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

function describeRef(ref: RoundRef): string {
  switch (ref.by) {
    case "series":
      return `Series ${ref.letter}`;
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
