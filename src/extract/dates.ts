/**
 * Dates in a sentence, resolved against the publication date with the precision the text gives:
 * "on Monday" and "yesterday" to the day, "in July" to the month (the most recent July not after
 * publication), "in 2019" to the year. chrono-node reads the calendar forms; the rules here cover
 * what news style means by them.
 */
import { casual } from "chrono-node/en";

/** A date at [start, end) of the sentence: ISO text at the precision the words support. */
export interface DateMention {
  start: number;
  end: number;
  iso: string;
  precision: "day" | "month" | "year";
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const SEASONS: Record<string, number> = { spring: 5, summer: 8, fall: 11, autumn: 11, winter: 2 };
/** Dates that say when something else happened: founding, targets, forecasts. */
const NOT_A_ROUND_DATE =
  /\b(?:founded|established|set up|launched|since|by|through|until|expects?|expected|plans?|aims?|forecasts?)\s+(?:in\s+)?$/i;

/** A year given by reference to one named before it: "later that year", "the same year". */
const THAT_YEAR =
  /\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+year|(?:that|the)\s+same\s+year|later\s+in\s+the\s+year)\b/gi;

const pad = (n: number) => String(n).padStart(2, "0");
const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase());

interface Day {
  y: number;
  m: number;
  d: number;
}

function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return { y, m: mo, d };
}

/** True for a real calendar date written YYYY-MM-DD. */
export const isIsoDay = (iso: string): boolean => parseDay(iso) !== null;

function shiftDays(day: Day, days: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const dayIso = (d: Day) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
/** The year of the most recent `month` (1-12) not after publication. */
const recentYear = (pub: Day, month: number) => (month <= pub.m ? pub.y : pub.y - 1);

type Rule = [RegExp, (m: RegExpExecArray, pub: Day) => Omit<DateMention, "start" | "end"> | null];

const RULES: Rule[] = [
  // "2026-07-14", as a sheet's date column writes it.
  [
    /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g,
    (m) => (parseDay(m[0]) ? { iso: m[0], precision: "day" } : null),
  ],
  [
    new RegExp(`\\b(${MONTH_WORD})\\s+(last|this)\\s+year\\b`, "gi"),
    (m, pub) => {
      const y = m[2].toLowerCase() === "last" ? pub.y - 1 : pub.y;
      return { iso: `${y}-${pad(monthIndex(m[1]) + 1)}`, precision: "month" };
    },
  ],
  [
    new RegExp(`\\blast\\s+(${MONTH_WORD})(?!\\s*\\d)`, "gi"),
    (m, pub) => {
      const month = monthIndex(m[1]) + 1;
      return { iso: `${month < pub.m ? pub.y : pub.y - 1}-${pad(month)}`, precision: "month" };
    },
  ],
  [
    /\blast\s+(spring|summer|fall|autumn|winter)\b/gi,
    (m, pub) => {
      const ends = SEASONS[m[1].toLowerCase()];
      return { iso: String(ends < pub.m ? pub.y : pub.y - 1), precision: "year" };
    },
  ],
  // "in the spring", "this summer": the most recent such season that had begun by publication.
  [
    /\b(?:in\s+the|this(?:\s+past)?|over\s+the|during\s+the)\s+(spring|summer|fall|autumn)\b(?!\s+of\s+\d)/gi,
    (m, pub) => {
      const starts = SEASONS[m[1].toLowerCase()] - 2;
      return { iso: String(starts <= pub.m ? pub.y : pub.y - 1), precision: "year" };
    },
  ],
  [
    /\blast\s+week\b/gi,
    (_m, pub) => {
      const d = shiftDays(pub, -7);
      return { iso: `${d.y}-${pad(d.m)}`, precision: "month" };
    },
  ],
  [/\blast\s+year\b/gi, (_m, pub) => ({ iso: String(pub.y - 1), precision: "year" })],
  [
    /\blast\s+month\b/gi,
    (_m, pub) => ({
      iso: pub.m === 1 ? `${pub.y - 1}-12` : `${pub.y}-${pad(pub.m - 1)}`,
      precision: "month",
    }),
  ],
  [
    /\b(?:earlier\s+)?this\s+month\b/gi,
    (_m, pub) => ({ iso: `${pub.y}-${pad(pub.m)}`, precision: "month" }),
  ],
  [/\bearlier\s+this\s+year\b/gi, (_m, pub) => ({ iso: String(pub.y), precision: "year" })],
  [
    /\b(?:earlier\s+)?this\s+week\b/gi,
    (_m, pub) => ({ iso: `${pub.y}-${pad(pub.m)}`, precision: "month" }),
  ],
  [
    /\b(?:today|this morning|this afternoon|earlier today)\b/gi,
    (_m, pub) => ({ iso: dayIso(pub), precision: "day" }),
  ],
  [
    new RegExp(
      `\\b(?:in|during|of|since|from)\\s+(?:the\\s+(?:first|second|third|fourth)\\s+(?:quarter|half)\\s+of\\s+|early\\s+|late\\s+|mid-)?((?:19|20)\\d{2})\\b(?!\\s*${MONTH_WORD})`,
      "gi",
    ),
    (m) => ({ iso: m[1], precision: "year" }),
  ],
  [
    /(?<=\b(?:a|an)\s)((?:19|20)\d{2})(?=\s+(?:round|funding|financing|deal))/gi,
    (m) => ({ iso: m[1], precision: "year" }),
  ],
  [/\(((?:19|20)\d{2})\)/g, (m) => ({ iso: m[1], precision: "year" })],
];

/** Words chrono-node can turn into a date; without one, it is not worth calling. */
const CALENDAR_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday)/i;

function chronoDates(sentence: string, pub: Day): DateMention[] {
  if (!CALENDAR_WORD.test(sentence)) return [];
  const ref = new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12));
  const found: DateMention[] = [];
  for (const r of casual.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const known = (k: "day" | "month" | "year" | "weekday") => r.start.isCertain(k);
    const month = r.start.get("month") ?? pub.m;
    let mention: Omit<DateMention, "start" | "end"> | null = null;
    // "Mon Health raised $5M": an abbreviated weekday counts only after "on".
    // "is now valued at": "now" is the present tense, not a date.
    if (/^(?:right\s+)?now$/i.test(r.text.trim())) continue;
    const abbreviatedWeekday = !/day/i.test(r.text) && !/^on\s/i.test(r.text.trim());
    if (known("weekday") && !known("day") && abbreviatedWeekday) continue;
    if (known("weekday") && !known("day")) {
      // The most recent such weekday on or before publication ("on Monday" in a Tuesday paper).
      const pubWeekday = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
      const back = (pubWeekday - (r.start.get("weekday") ?? pubWeekday) + 7) % 7;
      mention = { iso: dayIso(shiftDays(pub, -back)), precision: "day" };
    } else if (known("day") && known("month")) {
      const y = known("year") ? (r.start.get("year") ?? pub.y) : recentYear(pub, month);
      const d = { y, m: month, d: r.start.get("day") ?? 1 };
      if (!known("year") && dayIso(d) > dayIso(pub)) d.y -= 1;
      mention = { iso: dayIso(d), precision: "day" };
    } else if (known("month")) {
      const y = known("year") ? (r.start.get("year") ?? pub.y) : recentYear(pub, month);
      mention = { iso: `${y}-${pad(month)}`, precision: "month" };
    } else if (/^yesterday$/i.test(r.text.trim())) {
      mention = { iso: dayIso(shiftDays(pub, -1)), precision: "day" };
    }
    if (mention) found.push({ start: r.index, end: r.index + r.text.length, ...mention });
  }
  return found;
}

/**
 * Dates in `sentence` that can date a round, resolved against `published` (YYYY-MM-DD); none
 * after publication, none that date a founding or a target.
 *
 * @example
 * findDates("It raised $5M in a round in July.", "2018-04-10")[0].iso // "2017-07"
 */
export function findDates(sentence: string, published: string): DateMention[] {
  const pub = parseDay(published);
  if (!pub) return [];
  const found: DateMention[] = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const [re, resolve] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const mention = resolve(m, pub);
      const end = m.index + m[0].length;
      if (mention && !overlaps(m.index, end)) found.push({ start: m.index, end, ...mention });
    }
  }
  for (const c of chronoDates(sentence, pub)) if (!overlaps(c.start, c.end)) found.push(c);
  // "… Winter 2021 batch and raised a $3 million seed round later that year": the year named
  // before it in the sentence.
  for (const m of sentence.matchAll(THAT_YEAR)) {
    const start = m.index ?? 0;
    const year = [...sentence.slice(0, start).matchAll(/\b(?:19|20)\d{2}\b/g)].pop();
    if (year && !overlaps(start, start + m[0].length))
      found.push({ start, end: start + m[0].length, iso: year[0], precision: "year" });
  }
  const pubIso = dayIso(pub);
  return found
    .filter((f) => f.iso.slice(0, f.iso.length) <= pubIso.slice(0, f.iso.length))
    .filter((f) => !NOT_A_ROUND_DATE.test(sentence.slice(Math.max(0, f.start - 30), f.start)))
    .sort((a, b) => a.start - b.start);
}

/**
 * Days from the end of the period a date names to publication (negative: after it).
 *
 * @example
 * daysBefore("2019-07", "2019-09-05") // 36
 */
export function daysBefore(iso: string, published: string): number {
  const pub = parseDay(published);
  if (!pub) return 0;
  const [y, m, d] = iso.split("-").map(Number);
  const end =
    d !== undefined
      ? Date.UTC(y, m - 1, d)
      : m !== undefined
        ? Date.UTC(y, m, 0)
        : Date.UTC(y, 11, 31);
  return Math.round((Date.UTC(pub.y, pub.m - 1, pub.d) - end) / 86_400_000);
}
