/**
 * Reads an analyst's corrections with the extractor's own rules, so a correction is read exactly
 * as the same words in an article would be: "$45 million", "USD 45,000,000", "€20mn",
 * "more than USD 300,000,000"; "Series B", "B", "Seed", "Pre-A".
 */
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
    const trimmed = text.trim();
    if (/^[A-Z]$/i.test(trimmed)) return `Series ${trimmed.toUpperCase()}`;
    const [first] = findSeries(`${trimmed} round`);
    return first && first.start === 0 && first.end >= trimmed.length ? first.label : undefined;
  },
};
