/**
 * A round as one passage reports it, before repeated mentions of the same round are merged.
 * Fields keep the normalised spans that support them, turned into verbatim quotes at the end.
 */
import type { Company } from "./company";
import type { ExtractedRound, Money, QuotedField } from "./types";
import { uniqueNames } from "./unique-names";

/** A [start, end) span of the normalised text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * One mention of a round: the output round's fields, with the company as the extractor knows it
 * and the spans that will become its quotes.
 */
export type RoundMention = Omit<ExtractedRound, "company" | "quotes"> & {
  company: Company;
  spans: Partial<Record<QuotedField, TextSpan[]>>;
  sentence: number;
  /**
   * A close of a round in several steps: "part" for one close's money ("a first close of $30
   * million", "the final close added $15 million"), "total" for the whole ("held the final close
   * of its Series A at $45 million"); "tranche" for one tranche of a round whose whole the text
   * gives as a round of its own ("a $68 million Series B … a first tranche of $40 million").
   */
  close?: "part" | "total" | "tranche";
  /** Fields quoted by a title line pasted above the body: a body passage stating the same wins. */
  fromTitle?: boolean;
  /** Dated only by the wire's dateline ("(Yicai) Dec. 9 -- "): a later "said yesterday" wins. */
  datelineDate?: boolean;
};

/**
 * A round closed in steps: each part's investors join the total, and the part is no round of its
 * own. Parts with no total in the article stay (a first close is what was raised so far); a
 * tranche joins the larger round of its company reported beside it.
 */
export function foldCloses(mentions: RoundMention[]): RoundMention[] {
  return mentions.filter((part) => {
    if ((part.close !== "part" && part.close !== "tranche") || !part.amount) return true;
    const amount = part.amount;
    const total = mentions.find(
      (t) =>
        (part.close === "part"
          ? t.close === "total"
          : t.close === undefined && t.isCurrentRound === part.isCurrentRound) &&
        t.company === part.company &&
        t.amount !== null &&
        t.amount.currency === amount.currency &&
        t.amount.value > amount.value,
    );
    if (!total) return true;
    for (const role of ["leads", "participants"] as const)
      for (const span of part.spans[role] ?? []) addInvestors(total, role, part[role], span);
    return false;
  });
}

/**
 * "In October we made a strategic investment in Helix Thermal … We put in $40 million as part of
 * Helix's $120 million Series C": a strategic investment with no figure, followed within two
 * sentences by a named round of the same company with one, is a part of that round; its date
 * and investors join it.
 *
 * @example
 * foldStrategic([strategicInOctober, seriesC120m]) // [seriesC120m, dated October]
 */
export function foldStrategic(mentions: RoundMention[]): RoundMention[] {
  return mentions.filter((part) => {
    if (part.series !== "Strategic" || part.amount !== null || part.valuation !== null) return true;
    const round = mentions.find(
      (r) =>
        r !== part &&
        r.company === part.company &&
        r.amount !== null &&
        r.series !== null &&
        r.series !== "Strategic" &&
        r.isCurrentRound &&
        r.sentence > part.sentence &&
        r.sentence - part.sentence <= 2,
    );
    if (!round) return true;
    if (round.announced === null && part.announced !== null) {
      round.announced = part.announced;
      round.spans.announced = part.spans.announced;
    }
    for (const role of ["leads", "participants"] as const)
      for (const span of part.spans[role] ?? []) addInvestors(round, role, part[role], span);
    return false;
  });
}

const sameMoney = (a: Money | null, b: Money | null) =>
  a !== null && b !== null && a.value === b.value && a.currency === b.currency;

/** Two mentions that report the same round (same company, nothing contradicting, one link). */
export function sameRound(a: RoundMention, b: RoundMention): boolean {
  if (a.company !== b.company) return false;
  const seriesFits = a.series === null || b.series === null || a.series === b.series;
  const amountFits = a.amount === null || b.amount === null || sameMoney(a.amount, b.amount);
  const dateFits =
    a.announced === null ||
    b.announced === null ||
    a.announced.startsWith(b.announced) ||
    b.announced.startsWith(a.announced);
  if (!seriesFits || !amountFits || !dateFits) return false;
  if (a.series !== null && a.series === b.series) return true;
  if (sameMoney(a.amount, b.amount)) return true;
  return a.isCurrentRound && b.isCurrentRound;
}

/** Equal values of a field (figures compared by value, currency and hedge). */
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, "")
    .split(/\s+/);
/** Same investor: equal, or one name is the first words of the other ("Tencent", "Tencent Holdings"). */
function sameInvestor(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)].sort((p, q) => p.length - q.length);
  return x.every((w, i) => w === y[i]);
}

/** Names equal but for case, spaces and punctuation are one investor. */
const investorKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Adds `names` to a mention's investors in `role`, with the span that names them. */
export function addInvestors(
  target: RoundMention,
  role: "leads" | "participants",
  names: string[],
  span: TextSpan,
): void {
  const known = [...target.leads, ...target.participants];
  const fresh: string[] = [];
  for (const name of names) {
    const shorter = known.find((k) => sameInvestor(k, name));
    // "… from Vertex Ventures and Stripe. Stripe led the round.": a participant named lead.
    const promoted = role === "leads" && shorter && target.participants.includes(shorter);
    if (promoted) {
      target.participants = target.participants.filter((p) => p !== shorter);
      target.leads = uniqueNames(
        [...target.leads, name.length > shorter.length ? name : shorter],
        investorKey,
      );
      (target.spans.leads ??= []).push(span);
      continue;
    }
    if (!shorter) fresh.push(name);
    else if (name.length > shorter.length) {
      // "Tencent" in a headline, "Tencent Holdings Ltd." in the body: keep the full name.
      for (const list of [target.leads, target.participants]) {
        const at = list.indexOf(shorter);
        if (at >= 0) list[at] = name;
      }
    }
  }
  if (fresh.length === 0) return;
  target[role] = uniqueNames([...target[role], ...fresh], investorKey);
  (target.spans[role] ??= []).push(span);
}

/** `b` folded into `a`: the first stated value of each field wins; investor lists are joined. */
export function mergeInto(a: RoundMention, b: RoundMention): void {
  const take = <K extends "series" | "amount" | "announced" | "valuation">(
    key: K,
    field: QuotedField,
  ) => {
    if (a[key] === null && b[key] !== null) {
      a[key] = b[key];
      a.spans[field] = b.spans[field];
    }
  };
  // "Acme raises $25 Million" over "Acme … has raised $25 million, the company said": the body
  // sentence that reports the same figure is the passage, not the title line.
  const retitle = <K extends "series" | "amount" | "announced" | "valuation" | "amountUsd">(
    key: K,
  ) => {
    if (a.fromTitle && !b.fromTitle && a[key] !== null && same(a[key], b[key]) && b.spans[key])
      a.spans[key] = b.spans[key];
  };
  (["series", "amount", "amountUsd", "announced", "valuation"] as const).forEach(retitle);
  if (a.fromTitle && !b.fromTitle) {
    a.spans.company = b.spans.company ?? a.spans.company;
    const named = [...b.leads, ...b.participants];
    for (const role of ["leads", "participants"] as const)
      if (a[role].length > 0 && a[role].every((n) => named.includes(n)) && b.spans[role])
        a.spans[role] = b.spans[role];
    a.fromTitle = false;
  }
  take("series", "series");
  take("amount", "amount");
  // The same figure stated twice, once hedged ("A$40m" in a title, "about A$40 million" in the
  // body): the hedge stays, with the passage that states it.
  if (sameMoney(a.amount, b.amount) && a.amount?.qualifier === null && b.amount?.qualifier) {
    a.amount = b.amount;
    a.spans.amount = b.spans.amount;
  }
  if (a.amountUsd === null && b.amountUsd !== null && sameMoney(a.amount, b.amount)) {
    a.amountUsd = b.amountUsd;
    a.spans.amountUsd = b.spans.amountUsd;
  }
  take("announced", "announced");
  take("valuation", "valuation");
  // The same valuation stated twice: the passage that gives its basis (post-money) says more.
  if (
    a.valuation &&
    b.valuation &&
    a.valuation.value === b.valuation.value &&
    !a.valuation.basis &&
    b.valuation.basis
  ) {
    a.valuation = b.valuation;
    a.spans.valuation = b.spans.valuation;
  }
  // `b`'s names rest on all of its passages together: which passage names which is not kept, so
  // the names it adds are quoted by every passage of `b` for the role.
  for (const role of ["leads", "participants"] as const) {
    const spans = b.spans[role] ?? [];
    // A title's "… as X joins" or "… round, backed by X", the body's "led by X": the passage
    // that names the lead says more, so a participant of `a` named lead by `b` is promoted.
    const names = b[role].filter(
      (n) => !a.leads.includes(n) && (role === "leads" || !a.participants.includes(n)),
    );
    if (names.length === 0 || spans.length === 0) continue;
    addInvestors(a, role, names, spans[0]);
    a.spans[role] = [...(a.spans[role] ?? []), ...spans.slice(1)];
  }
  a.isCurrentRound = a.isCurrentRound || b.isCurrentRound;
}
