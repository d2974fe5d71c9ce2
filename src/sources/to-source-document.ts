/**
 * A reviewed article becomes a source document (the catalog's schema): its header, one company
 * per company named, one investor per investor named, one round per kept round. Each found field
 * keeps its verbatim passage; each corrected field is `enteredByAnalyst` with no passage. A
 * figure the schema cannot hold truthfully (an "about" or "up to" amount, a currency other than
 * USD or CNY without a stated USD figure, a round without an amount or a date) is refused with what
 * to do, never rounded into a fact.
 */
import type {
  CompanyRecord,
  InvestorRecord,
  MoneyFact,
  RoundRecord,
  SourceDocument,
  TextFact,
} from "../data/schema";
import type { Money } from "../extract/types";
import type { Article } from "./article-input";
import { moneyText, type Cited, type ReviewedRound } from "./review/review-round";

export type DocumentResult = { ok: true; value: SourceDocument } | { ok: false; message: string };

type Provenance = { quote: string } | { enteredByAnalyst: true };

const cite = <T>(cited: Cited<T>): Provenance =>
  "quote" in cited ? { quote: cited.quote } : { enteredByAnalyst: true };

/**
 * A lowercase-kebab id from a name ("Lumen Robotics Ltd" → "lumen-robotics-ltd"); "x" plus a
 * hash for names with no Latin letters or digits ("商汤" → "x…").
 */
export function slug(name: string): string {
  const base = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return base || `x${hash(name)}`;
}

/** FNV-1a, base 36: a short, stable fingerprint. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * The source's id: the publication date, the headline's first words and a fingerprint of the
 * text, so the same article always gets the same id (and is recognised when added again).
 * @example sourceId({ published: "2026-11-23", headline: "Lumen raises $40M", text: "…" }) // "2026-11-23-lumen-raises-40m-1x2y3z"
 */
export function sourceId(article: Pick<Article, "published" | "headline" | "text">): string {
  const words = slug(article.headline).split("-").slice(0, 6).join("-");
  return `${article.published}-${words}-${hash(`${article.headline}\n${article.text}`)}`;
}

/**
 * The source document for an article and its kept rounds.
 * @param canonicalName the catalog's name for a company, when it has it (so the source merges)
 */
export function toSourceDocument(
  article: Article,
  rounds: readonly ReviewedRound[],
  canonicalName: (name: string) => string | undefined,
): DocumentResult {
  const companies = new Map<string, CompanyRecord>();
  const investors = new Map<string, InvestorRecord>();
  const records: RoundRecord[] = [];
  const problems: string[] = [];
  const investorIds = (names: readonly string[]) =>
    names.map((name) => {
      const id = slug(name);
      if (!investors.has(id)) investors.set(id, { id, name, legalName: name, aliases: [] });
      return id;
    });

  rounds.forEach((round, index) => {
    const name = canonicalName(round.company.value) ?? round.company.value;
    const label = `Round ${index + 1} (${name}${round.series ? `, ${round.series.value}` : ""})`;
    const built = roundRecord(round, name, investorIds);
    if (!built.ok) {
      problems.push(`${label}: ${built.message}`);
      return;
    }
    const companyId = slug(name);
    if (!companies.has(companyId)) {
      companies.set(companyId, { id: companyId, name, legalName: name, aliases: [], notes: [] });
    }
    const taken = new Set(records.map((r) => r.id));
    let id = `${companyId}-${slug(round.series?.value ?? built.value.announced.iso)}`;
    for (let n = 2; taken.has(id); n++) id = `${companyId}-${slug(built.value.announced.iso)}-${n}`;
    records.push({ ...built.value, id, company: companyId });
  });
  if (problems.length > 0) return { ok: false, message: problems.join(" ") };
  const document: SourceDocument = {
    id: sourceId(article),
    headline: article.headline,
    ...(article.url ? { url: article.url } : {}),
    date: article.published,
    text: article.text,
    companies: [...companies.values()],
    investors: [...investors.values()],
    rounds: records,
    people: [],
    macro: [],
  };
  return { ok: true, value: document };
}

type Built =
  { ok: true; value: Omit<RoundRecord, "id" | "company"> } | { ok: false; message: string };

function roundRecord(
  round: ReviewedRound,
  company: string,
  investorIds: (names: readonly string[]) => string[],
): Built {
  if (!round.amount) {
    return {
      ok: false,
      message: "the catalog needs an amount: type it in Amount, or untick the round.",
    };
  }
  const amount = moneyFact(round.amount, round.amountUsd, "The amount");
  if (!amount.ok) return amount;
  if (!round.announced) {
    return {
      ok: false,
      message:
        "the catalog needs a date: type it in Announced (YYYY-MM-DD, YYYY-MM or YYYY), or untick the round.",
    };
  }
  const notes: TextFact[] = [];
  const letter = round.series && /^Series ([A-Z])$/.exec(round.series.value)?.[1];
  if (round.series && !letter) {
    notes.push({ text: `${round.series.value} round`, ...cite(round.series) });
  }
  const record: Omit<RoundRecord, "id" | "company"> = {
    ...(round.series && letter ? { series: { letter, ...cite(round.series) } } : {}),
    amount: amount.value,
    announced: dateFact(round.announced),
    notes,
  };
  if (round.leads)
    record.leads = { investors: investorIds(round.leads.value), ...cite(round.leads) };
  if (round.participants) {
    record.others = {
      investors: investorIds(round.participants.value),
      ...cite(round.participants),
    };
  }
  const valuation = round.valuation;
  if (valuation) {
    const fact = valuation.value.basis === "pre-money" ? undefined : moneyFact(valuation, null, "");
    if (fact?.ok) {
      const inferred =
        valuation.value.basis === null && "quote" in valuation
          ? {
              inferred: `${company}'s valuation as the article states it, read as after the round (it does not say pre- or post-money)`,
            }
          : {};
      record.postMoneyValuation = { ...fact.value, ...inferred };
    } else {
      const basis = valuation.value.basis ? `${valuation.value.basis} ` : "";
      notes.push({ text: `Valuation (${basis}${moneyText(valuation.value)})`, ...cite(valuation) });
    }
  }
  return { ok: true, value: record };
}

function moneyFact(
  money: Cited<Money>,
  usd: Cited<number> | null,
  what: string,
): { ok: true; value: MoneyFact } | { ok: false; message: string } {
  const { qualifier, currency, value } = money.value;
  if (qualifier === "about" || qualifier === "up to") {
    return {
      ok: false,
      message: `${what} is “${qualifier} ${moneyText({ ...money.value, qualifier: null })}”; the catalog keeps exact figures and lower bounds only. Type the figure you want to use (it will be marked entered by analyst), or untick the round.`,
    };
  }
  const bound = qualifier === "more than" ? "atLeast" : "exact";
  if (currency === "USD" || currency === "CNY") {
    return { ok: true, value: { amount: value, currency, bound, ...cite(money) } };
  }
  if (usd) return { ok: true, value: { amount: usd.value, currency: "USD", bound, ...cite(usd) } };
  return {
    ok: false,
    message: `${what} is in ${currency}, and the article gives no US dollar figure; the catalog keeps USD and CNY. Type the USD amount (it will be marked entered by analyst), or untick the round.`,
  };
}

function dateFact(announced: Cited<string>): RoundRecord["announced"] {
  const iso = announced.value;
  const precision = iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
  const reason =
    "quote" in announced
      ? (announced.inferred ??
        (announced.quote.includes(iso.slice(0, 4))
          ? undefined
          : "dated from the article's publication date (the passage gives no year)"))
      : undefined;
  const inferred = reason ? { inferred: reason } : {};
  return { iso, precision, ...cite(announced), ...inferred };
}
