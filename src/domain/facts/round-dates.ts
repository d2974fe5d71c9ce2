/**
 * Dates an analyst types for a round, read to the month they name: the round is found by its
 * month, whatever day is given.
 */
import { quoteArgument } from "../core/argument";
import { formatDate } from "../presentation/format";

/** The month a typed date names ("2017-07"), or why it names none. */
export type TypedMonth = { month: string } | { why: string };

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

/** "2017-07", "2017/7", "2018-04-09" (a day names its month). */
const NUMERIC_MONTH = /^(-?\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
/** "Jul 2017", "July 2017", "Jul. 2017", "July, 2017", "Jul-2017". */
const NAMED_MONTH = /^(?<month>[a-z]+)\.?,?[\s-]*(?<year>-?\d{4})$/;
/** "9 Apr 2018", "9-Apr-2018", "9th April, 2018", Excel's "dd-mmm-yy" display "09-Apr-18". */
const DAY_NAMED_MONTH =
  /^(?<day>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?<month>[a-z]+)\.?,?[\s-]+(?<year>\d{4}|\d{2})$/;
/** "April 9, 2018", "Apr 9 2018". */
const NAMED_MONTH_DAY =
  /^(?<month>[a-z]+)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})$/;
/** Excel's "mmm-yy" display: "Apr-18", "Jul 17", "Jul '17". */
const SHORT_YEAR = /^([a-z]+)\.?[\s-]*['’]?(\d{2})$/;
/**
 * A time of day after a date, as an export writes a date-time: "2018-04-09 00:00:00",
 * "2018-04-09t00:00:00z", "4/19/2018 12:00:00 am". The date alone names the round's month.
 */
const TIME_OF_DAY =
  /(?:\s+|(?<=\d)t)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]m|z|[+-]\d{2}:?\d{2})?$/;
/** "10/2017", "10-2017": a month and its year. */
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
/** "2018年4月", "2018年4月9日": a date as Chinese and Japanese sources write it. */
const CJK_DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?$/;
/** "19/4/2018", "4/19/2018", "9.4.2018": day and month in either order, the year last. */
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * The month a date written as text (lower case) names, or why it names none; undefined when the
 * text is not a date. ISO ("2017-07", "2018-04-09") and its Chinese form ("2018年4月9日"),
 * "jul 2017", a day with its month name ("9 apr 2018", "april 9, 2018"), Excel's "mmm-yy" and
 * "dd-mmm-yy" displays ("apr-18", "09-apr-18"; years 00–29 in the 2000s as Excel reads them), and
 * day/month numbers with the year last ("19/4/2018", "4/19/2018").
 * "9/4/2018" reads as April or September depending on the locale: it is refused with both
 * readings rather than guessed. A time of day after the date ("2018-04-09 00:00:00") is ignored.
 * @example monthOfText("9 apr 2018") // { month: "2018-04" }
 * @example monthOfText("9/4/2018")   // { why: "'9/4/2018' can be 9 Apr 2018 or 4 Sep 2018: …" }
 * @example monthOfText("series c")   // undefined
 */
export function monthOfText(typed: string): TypedMonth | undefined {
  const dated = typed.replace(TIME_OF_DAY, "");
  const numeric = NUMERIC_MONTH.exec(dated) ?? CJK_DATE.exec(dated);
  if (numeric) return monthOf(Number(numeric[1]), Number(numeric[2]), numeric[3]);
  const named =
    NAMED_MONTH.exec(dated) ?? DAY_NAMED_MONTH.exec(dated) ?? NAMED_MONTH_DAY.exec(dated);
  const month = MONTH_NAMES.get(named?.groups?.month ?? "");
  if (named && month !== undefined) {
    return monthOf(excelYear(named.groups?.year ?? ""), month, named.groups?.day);
  }
  const short = SHORT_YEAR.exec(dated);
  const shortMonth = MONTH_NAMES.get(short?.[1] ?? "");
  if (short && shortMonth !== undefined) {
    return monthOf(excelYear(short[2]), shortMonth, undefined);
  }
  const monthYear = MONTH_YEAR.exec(dated);
  if (monthYear) return monthOf(Number(monthYear[2]), Number(monthYear[1]), undefined);
  const slashed = YEAR_LAST.exec(dated);
  if (!slashed) return undefined;
  const [a, b, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  // Day first (9/4 = 9 Apr) or month first (4/9 = 9 Apr): a part above 12 can only be the day.
  if (a > 12 || a === b) return monthOf(year, b, String(a));
  if (b > 12) return monthOf(year, a, String(b));
  const reading = (day: number, m: number) =>
    formatDate({ iso: `${year}-${pad(m)}-${pad(day)}`, precision: "day" });
  const iso = (day: number, m: number) => `"${year}-${pad(m)}-${pad(day)}"`;
  return {
    why: `${quoteArgument(dated)} can be ${reading(a, b)} or ${reading(b, a)}: write the date as ${iso(a, b)} or ${iso(b, a)}.`,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A year as typed; two digits as Excel reads them, 00–29 in the 2000s: "18" → 2018, "97" → 1997. */
function excelYear(typed: string): number {
  const year = Number(typed);
  return typed.length > 2 ? year : year < 30 ? 2000 + year : 1900 + year;
}

/** The month of a year, month and day as typed, or why they are no date. */
function monthOf(year: number, month: number, day?: string): TypedMonth {
  const iso = `${year}-${String(month).padStart(2, "0")}`;
  if (year < 1) return { why: `${quoteArgument(year)} is not a year: years start at 1.` };
  if (month < 1 || month > 12) return { why: `${year}-${month} is not a month.` };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day !== undefined && (Number(day) < 1 || Number(day) > lastDay)) {
    return { why: `${iso}-${day} is not a day.` };
  }
  return { month: iso.padStart(7, "0") };
}
