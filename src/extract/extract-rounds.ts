/**
 * The deal extractor: article text and publication date in, funding rounds out, each field with
 * the verbatim passage behind it. Rule-based and precision first: a field the text does not
 * support stays empty.
 */
import type { State } from "./article-state";
import { applyPastValuations } from "./past-valuations";
import { applyValuationsAhead } from "./valuation-ahead";
import { dateFromCombinedRaise } from "./combined-raise-date";
import { processClause } from "./clause-rounds";
import { articleSubject, CompanyRegistry, companyCue } from "./company";
import { isIsoDay } from "./dates";
import { introducedName } from "./introduced-company";
import { yenSignOf } from "./money";
import { nameRuns } from "./names";
import { factCards } from "./fact-card";
import { normalizeText, originalSlice } from "./normalize-text";
import {
  foldCloses,
  foldStrategic,
  mergeInto,
  sameRound,
  type RoundMention,
  type TextSpan,
} from "./round-mention";
import {
  groupBulletLists,
  isTitleCase,
  relatedLinks,
  splitClauses,
  splitSentences,
  type Span,
} from "./sentences";
import { applyPostContext, type PostContext } from "./post-context";
import { spreadOpeningDate } from "./sentence-date";
import { subHeadingName } from "./sub-heading";
import type { TableRow } from "./table-row";
import { tableRows } from "./table-rounds";
import type { ExtractedRound, ExtractInput, ExtractResult, QuotedField } from "./types";

/**
 * "An earlier version of this story misstated the size of the round as $42 million": a correction
 * note names the wrong figure beside the right one, which the corrected story already gives;
 * so does a wire's "(Corrects paragraph 2 to show the round was led by X, not Y)".
 */
const CORRECTION =
  /\b(?:an?\s+(?:earlier|previous|prior|older)\s+version\s+of\s+this\s+(?:story|article|report|post|piece)|misstated|misidentified|misreported|mischaracteri[sz]ed|(?:incorrectly|wrongly|erroneously)\s+(?:stated|said|reported|identified|described|gave|named|listed)|(?:has\s+been|was|have\s+been|were)\s+(?:updated|corrected|amended)\s+to\s+(?:reflect|show|clarify|correct)|^\s*\(?(?:corrects|correcting|fixes|updates)\s+(?:the\s+)?(?:paragraphs?|paras?|grafs?|headline|lead|byline|dateline|spelling|figure|amount|name)\b)\b/i;

function toRound(mention: RoundMention, quote: (span: TextSpan) => string): ExtractedRound {
  const quotes: Partial<Record<QuotedField, string>> = {};
  for (const [field, spans] of Object.entries(mention.spans) as [QuotedField, TextSpan[]][]) {
    if (!spans || spans.length === 0) continue;
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    quotes[field] = quote({ start, end });
  }
  const filled: Record<QuotedField, boolean> = {
    company: true,
    series: mention.series !== null,
    amount: mention.amount !== null,
    amountUsd: mention.amountUsd !== null,
    announced: mention.announced !== null,
    leads: mention.leads.length > 0,
    participants: mention.participants.length > 0,
    valuation: mention.valuation !== null,
  };
  for (const field of Object.keys(quotes) as QuotedField[])
    if (!filled[field]) delete quotes[field];
  return {
    company: mention.company.name,
    series: mention.series,
    amount: mention.amount,
    amountUsd: mention.amountUsd,
    announced: mention.announced,
    leads: mention.leads,
    participants: mention.participants,
    valuation: mention.valuation,
    isCurrentRound: mention.isCurrentRound,
    quotes,
  };
}

/** A table row's round: every field quoted by the row's own line. */
function tableMention(state: State, row: TableRow, sentence: number): RoundMention {
  const span = { start: row.start, end: row.end };
  const money = (m: TableRow["amount"]) =>
    m && { value: m.value, currency: m.currency, qualifier: m.qualifier };
  const valuation = money(row.valuation);
  const mention: RoundMention = {
    company: state.registry.add(row.company),
    series: row.series,
    amount: money(row.amount),
    amountUsd: row.amount?.usd ?? null,
    announced: row.announced,
    leads: row.leads,
    participants: row.participants,
    valuation: valuation && { ...valuation, basis: row.valuationBasis ?? null },
    isCurrentRound: !row.earlier,
    spans: {},
    sentence,
  };
  for (const field of [
    "company",
    "series",
    "amount",
    "amountUsd",
    "announced",
    "leads",
    "participants",
    "valuation",
  ] as const)
    mention.spans[field] = [span];
  // "Amount ($M)" over "45": the quote runs from the header that gives the unit (a passage is
  // one stretch of the text, so it holds the rows between).
  if (row.unitFrom !== null) mention.spans.amount = [{ start: row.unitFrom, end: row.end }];
  // Investors named in an investor table below: the passage runs from the row to their lines.
  for (const line of row.investorLines ?? []) {
    mention.spans.leads = [...(mention.spans.leads ?? []), line];
    mention.spans.participants = [...(mention.spans.participants ?? []), line];
  }
  if (row.valuationUnitFrom !== null) {
    mention.spans.valuation = [{ start: row.valuationUnitFrom, end: row.end }];
  }
  return mention;
}

/**
 * The headline's company becomes the one "it" and "the company" refer to, but only when the text
 * names it too: its quote must come from the text.
 */
function seedFromHeadline(state: State, headline: string | undefined, sentences: Span[]): void {
  if (!headline) return;
  const cue = companyCue(headline, headline.length);
  if (cue.kind !== "name") return;
  const sentence = sentences.find((s) => s.text.includes(cue.name));
  if (!sentence) return;
  const company = state.registry.add(cue.name);
  state.companySpans.set(company, { start: sentence.start, end: sentence.end });
  state.about = company;
}

/**
 * A page title pasted above the body: the text's first line, standing alone and not ending like a
 * sentence ("Acme raises $25 million Series A led by Foo Ventures").
 */
function isTitleLine(sentence: Span, text: string): boolean {
  return !/[.!?]["')]*$/.test(sentence.text) && /^[ \t]*\n/.test(text.slice(sentence.end));
}

/**
 * Every funding round `input.text` reports, each field quoted verbatim from the text.
 *
 * @example
 * extractRounds({ text: "Acme Robotics raised $5 million in a seed round led by Foo Ventures.", published: "2024-01-10" })
 * // { rounds: [{ company: "Acme Robotics", series: "Seed", amount: { value: 5000000, currency: "USD", qualifier: null }, leads: ["Foo Ventures"], … }], issues: [] }
 */
export function extractRounds(input: ExtractInput): ExtractResult {
  if (!isIsoDay(input.published)) {
    return {
      rounds: [],
      issues: [
        {
          kind: "invalid-published-date",
          message: `The publication date must be a real date written YYYY-MM-DD, not '${input.published}'.`,
        },
      ],
    };
  }
  if (input.text.trim() === "") {
    return { rounds: [], issues: [{ kind: "empty-text", message: "The article text is empty." }] };
  }
  const norm = normalizeText(input.text);
  const sentences = groupBulletLists(splitSentences(norm.text));
  let subject: ReturnType<typeof articleSubject> | undefined;
  const state: State = {
    published: input.published,
    yenSign: yenSignOf(norm.text),
    registry: new CompanyRegistry(),
    mentions: [],
    pending: [],
    issues: [],
    about: null,
    introduced: null,
    quote: (span) => originalSlice(norm, span.start, span.end),
    companySpans: new Map(),
    listDate: null,
    heading: null,
    followUp: null,
    investor: null,
    subject: () => (subject === undefined ? (subject = articleSubject(sentences)) : subject),
    pastValuations: [],
    valuationsAhead: [],
  };
  const links = relatedLinks(sentences, norm.text);
  const tables = tableRows(input.text, norm.text, input.published, state.yenSign);
  tables.rows.push(...factCards(input.text, norm.text, input.published, state.yenSign));
  const readRows = new Set<TableRow>();
  const inside = (span: { start: number; end: number }, sentence: Span) =>
    span.start < sentence.end && span.end > sentence.start;
  seedFromHeadline(state, input.headline, sentences);
  const post: PostContext = { year: null, firm: null };
  sentences.forEach((sentence, index) => {
    // A table's header names columns, and each row under it is one round.
    if (tables.headers.some((h) => inside(h, sentence))) return;
    const rows = tables.rows.filter((r) => inside(r, sentence));
    if (rows.length > 0) {
      // A row over several sentences (a fact card's lines) is one round, read once.
      for (const row of rows.filter((r) => !readRows.has(r)))
        state.mentions.push(tableMention(state, row, index));
      rows.forEach((r) => readRows.add(r));
      return;
    }
    // A link to another story is read only for a company the article is about ("Read more:
    // Briefcase.ai's $6 million seed round"); any other company's headline is not its news.
    if (links[index] && !nameRuns(sentence.text).some((r) => state.registry.find(r.text))) return;
    if (CORRECTION.test(sentence.text)) return;
    const known = new Set(state.registry.companies);
    const [before, about] = [state.mentions.length, state.about];
    const titleCase = isTitleCase(sentence.text);
    const heading = subHeadingName(sentence, index, norm.text);
    if (heading) state.heading = { name: heading, index, span: sentence };
    const introduced = introducedName(sentence.text);
    if (introduced) state.introduced = { name: introduced, index, span: sentence };
    for (const clause of splitClauses(sentence))
      processClause(state, clause, sentence, index, titleCase);
    spreadOpeningDate(sentence.text, state.published, state.mentions.slice(before));
    applyPostContext(post, sentence, state.published, state.mentions.slice(before));
    if (index === 0 && isTitleLine(sentence, norm.text))
      for (const mention of state.mentions.slice(before)) mention.fromTitle = true;
    // "Acme rival Birch lands $20M Series A": a link that names the company keeps only its rounds.
    if (links[index]) {
      const own = state.mentions.slice(before).filter((m) => known.has(m.company));
      state.mentions.splice(before, Infinity, ...own);
      if (state.about && !known.has(state.about)) state.about = about;
    }
  });
  dateFromCombinedRaise(sentences, state.mentions, state.published);
  for (const { mention, name } of state.pending) {
    const company =
      state.registry.find(name) ??
      name
        .split(/\s+/)
        .reverse()
        .map((word) => state.registry.find(word))
        .find((c) => c !== undefined);
    if (!company) continue;
    mention.company = company;
    state.mentions.unshift(mention);
  }
  const merged: RoundMention[] = [];
  for (const mention of foldStrategic(foldCloses(state.mentions))) {
    const same = merged.find((m) => sameRound(m, mention));
    if (same) mergeInto(same, mention);
    else merged.push(mention);
  }
  applyPastValuations(state, merged);
  applyValuationsAhead(state, merged);
  merged.sort((a, b) => a.sentence - b.sentence);
  return { rounds: merged.map((m) => toRound(m, state.quote)), issues: state.issues };
}
