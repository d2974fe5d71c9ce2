/**
 * Reads an analyst's corrections with the extractor's own rules, so a correction is read exactly
 * as the same words in an article would be: "$45 million", "USD 45,000,000", "€20mn",
 * "more than USD 300,000,000"; "Series B", "series b", "B", "Seed", "Pre-A"; "April 2018",
 * "10 Apr 2018" (a date in words must name its year; "10/04/2018" is refused as ambiguous).
 */
import { findDates } from "../../extract/dates";
import { findMoney } from "../../extract/money";
import { findSeries } from "../../extract/series";
import type { EditReaders } from "./review-round";

export const editReaders: EditReaders = {
  money(text) {
    const found = findMoney(text);
    const [only] = found;
    if (found.length !== 1 || !only || text.slice(only.outerEnd).trim() !== "") return undefined;
    return { value: only.value, currency: only.currency, qualifier: only.qualifier };
  },
  series(text) {
    // "series c", "SERIES C", "c", "b+": the letter in any case, as analysts type it.
    const trimmed = text
      .trim()
      .replace(/^series\s+([a-z])/i, (_, letter: string) => `Series ${letter.toUpperCase()}`);
    const letter = /^([A-Z])(\+*)$/i.exec(trimmed);
    if (letter?.[1]) return `Series ${letter[1].toUpperCase()}${letter[2] ?? ""}`;
    const [first] = findSeries(`${trimmed} round`);
    return first && first.start === 0 && first.end >= trimmed.length ? first.label : undefined;
  },
  date(text) {
    const year = /\b(?:19|20)\d{2}\b/.exec(text)?.[0];
    if (year === undefined || text.includes("/")) return undefined;
    const found = findDates(text, `${year}-12-31`);
    const [only] = found;
    return found.length === 1 &&
      only &&
      text.slice(0, only.start).trim() === "" &&
      text.slice(only.end).trim() === ""
      ? only.iso
      : undefined;
  },
};
