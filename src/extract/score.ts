/**
 * Field-level scoring of extracted rounds against hand labels: precision, recall and F1 over
 * company, series, amount, announced date, each lead, each participant and valuation, plus the
 * share of quotes that are verbatim substrings of the article.
 */
import { squashName } from "./names";
import type { ExtractedRound, Money, Valuation } from "./types";

/** A hand-labelled round. An investor may list alternatives: "Index Ventures|Index". */
export interface ExpectedRound {
  company: string;
  companyAliases?: string[];
  series: string | null;
  amount: Money | null;
  amountUsd?: number | null;
  announced: string | null;
  leads: string[];
  participants: string[];
  valuation: Valuation | null;
  isCurrentRound: boolean;
}

/** The fields scored. */
export const SCORED_FIELDS = [
  "company",
  "series",
  "amount",
  "announced",
  "lead",
  "participant",
  "valuation",
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores of one article or of a whole corpus. */
export interface Score {
  byField: Record<ScoredField, Counts>;
  total: Counts;
  precision: number;
  recall: number;
  f1: number;
  /** Quotes that are exact substrings of the input, out of all quotes of filled fields. */
  quotes: { verbatim: number; total: number };
  /** Matched rounds whose isCurrentRound agrees with the label. */
  current: { correct: number; total: number };
}

const sameName = (actual: string, expected: string[]) =>
  expected.some((e) => squashName(e) === squashName(actual));
const sameMoney = (a: Money, b: Money) =>
  a.value === b.value && a.currency === b.currency && a.qualifier === b.qualifier;
const sameValuation = (a: Valuation, b: Valuation) => sameMoney(a, b) && a.basis === b.basis;

const companyNames = (e: ExpectedRound) => [e.company, ...(e.companyAliases ?? [])];

function emptyCounts(): Record<ScoredField, Counts> {
  return Object.fromEntries(SCORED_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoredField,
    Counts
  >;
}

function compare<A, E>(
  counts: Counts,
  actual: A | null,
  expected: E | null,
  equal: (a: A, b: E) => boolean,
) {
  if (actual !== null && expected !== null) {
    if (equal(actual, expected)) counts.tp++;
    else {
      counts.fp++;
      counts.fn++;
    }
  } else if (actual !== null) counts.fp++;
  else if (expected !== null) counts.fn++;
}

function compareNames(counts: Counts, actual: string[], expected: string[]) {
  const left = expected.map((e) => e.split("|"));
  for (const name of actual) {
    const i = left.findIndex((alternatives) => sameName(name, alternatives));
    if (i >= 0) {
      counts.tp++;
      left.splice(i, 1);
    } else counts.fp++;
  }
  counts.fn += left.length;
}

function compareRound(
  c: Record<ScoredField, Counts>,
  a: ExtractedRound | null,
  e: ExpectedRound | null,
) {
  compare(c.company, a?.company ?? null, e ? companyNames(e) : null, (x, names) =>
    sameName(x, names),
  );
  compare(c.series, a?.series ?? null, e?.series ?? null, (x, y) => x === y);
  compare(c.amount, a?.amount ?? null, e?.amount ?? null, sameMoney);
  compare(c.announced, a?.announced ?? null, e?.announced ?? null, (x, y) => x === y);
  compare(c.valuation, a?.valuation ?? null, e?.valuation ?? null, sameValuation);
  compareNames(c.lead, a?.leads ?? [], e?.leads ?? []);
  compareNames(c.participant, a?.participants ?? [], e?.participants ?? []);
}

/** Pairs each extracted round with the labelled round it most resembles (same company first). */
function match(actual: ExtractedRound[], expected: ExpectedRound[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  actual.forEach((a, i) =>
    expected.forEach((e, j) => {
      if (!sameName(a.company, companyNames(e))) return;
      const score =
        (a.series !== null && a.series === e.series ? 4 : 0) +
        (a.amount && e.amount && a.amount.value === e.amount.value ? 4 : 0) +
        (a.announced !== null && a.announced === e.announced ? 2 : 0) +
        (a.isCurrentRound === e.isCurrentRound ? 1 : 0);
      pairs.push([score, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const usedA = new Set<number>();
  const usedE = new Set<number>();
  const result: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedA.has(i) || usedE.has(j)) continue;
    usedA.add(i);
    usedE.add(j);
    result.push([i, j]);
  }
  return result;
}

function finish(
  byField: Record<ScoredField, Counts>,
  quotes: Score["quotes"],
  current: Score["current"],
): Score {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const f of SCORED_FIELDS) {
    total.tp += byField[f].tp;
    total.fp += byField[f].fp;
    total.fn += byField[f].fn;
  }
  const precision = total.tp + total.fp === 0 ? 1 : total.tp / (total.tp + total.fp);
  const recall = total.tp + total.fn === 0 ? 1 : total.tp / (total.tp + total.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { byField, total, precision, recall, f1, quotes, current };
}

/**
 * Scores one article's extracted rounds against its labels; `text` is the article, for quotes.
 *
 * @example
 * scoreArticle([], [], "No deal here.").f1 // 1
 */
export function scoreArticle(
  actual: ExtractedRound[],
  expected: ExpectedRound[],
  text: string,
): Score {
  const byField = emptyCounts();
  const pairs = match(actual, expected);
  const current = { correct: 0, total: pairs.length };
  for (const [i, j] of pairs) {
    compareRound(byField, actual[i], expected[j]);
    if (actual[i].isCurrentRound === expected[j].isCurrentRound) current.correct++;
  }
  actual.forEach((a, i) => pairs.some(([x]) => x === i) || compareRound(byField, a, null));
  expected.forEach((e, j) => pairs.some(([, y]) => y === j) || compareRound(byField, null, e));
  const quotes = { verbatim: 0, total: 0 };
  for (const a of actual) {
    const filled = {
      company: true,
      series: a.series !== null,
      amount: a.amount !== null,
      amountUsd: a.amountUsd !== null,
      announced: a.announced !== null,
      leads: a.leads.length > 0,
      participants: a.participants.length > 0,
      valuation: a.valuation !== null,
    };
    for (const [field, isFilled] of Object.entries(filled)) {
      if (!isFilled) continue;
      quotes.total++;
      const quote = a.quotes[field as keyof typeof filled];
      if (quote && text.includes(quote)) quotes.verbatim++;
    }
  }
  return finish(byField, quotes, current);
}

/**
 * The scores of many articles pooled (micro-averaged: every field of every article weighs the same).
 *
 * @example
 * combineScores([scoreArticle([], [], "")]).precision // 1
 */
export function combineScores(scores: Score[]): Score {
  const byField = emptyCounts();
  const quotes = { verbatim: 0, total: 0 };
  const current = { correct: 0, total: 0 };
  for (const s of scores) {
    for (const f of SCORED_FIELDS) {
      byField[f].tp += s.byField[f].tp;
      byField[f].fp += s.byField[f].fp;
      byField[f].fn += s.byField[f].fn;
    }
    quotes.verbatim += s.quotes.verbatim;
    quotes.total += s.quotes.total;
    current.correct += s.current.correct;
    current.total += s.current.total;
  }
  return finish(byField, quotes, current);
}
