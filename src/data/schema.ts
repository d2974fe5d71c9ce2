/**
 * The schema of a source document: one article (or note) with the facts it supports. Data arrives
 * as `unknown` and is checked once, at load (and by the build and the tests), into typed values;
 * a bad record is reported with its id and the field at fault, and set aside on its own.
 *
 * zod/mini keeps the functions bundle small: the same checks as zod, tree-shakable.
 */
import * as z from "zod/mini";

/*
 * Checks written as refinements (`z.refine`, `z.custom`) of schemas every source needs: zod's own
 * int, enum, literal, boolean, positive, length and pattern checks would each add their classes to
 * functions.js (README, Performance) for the same check. The messages are what the source checks
 * print.
 */

/** Text with something in it once trimmed; the value is the trimmed text. */
const nonEmpty = z.string().check(
  z.trim(),
  z.refine((text) => text.length > 0, { message: "is empty" }),
);

/** A list with at least one item. */
const atLeastOne = z.refine<readonly unknown[]>((items) => items.length > 0, {
  message: "needs at least 1 item(s)",
});

/** Text matching a pattern. */
const matches = (pattern: RegExp, message: string) =>
  z.refine<string>((text) => pattern.test(text), { message });

/** A number above 0. */
const positive = z.refine<number>((n) => n > 0, { message: "must be more than 0" });

/** A whole number, as `z.int()` checks it: an integer JavaScript holds exactly. */
const wholeNumber = z
  .number()
  .check(z.refine((n) => Number.isSafeInteger(n), { message: "must be a whole number" }));

/**
 * One of a fixed list of texts, as `z.enum` checks it.
 * @example oneOf(["year", "month", "day"]).safeParse("week").success // false: "must be one of: year, month, day"
 */
const oneOf = <const T extends readonly string[]>(values: T) =>
  z.custom<T[number]>((v) => values.some((value) => value === v), {
    message: `must be one of: ${values.join(", ")}`,
  });

const id = z.string().check(matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lowercase-kebab-case"));

import { CURRENCIES } from "./currencies";

export { CURRENCIES } from "./currencies";

/**
 * Where a value comes from: the verbatim passage of its source (checked against that source's
 * text), and the reasoning if it was inferred. A value an analyst typed instead carries
 * `enteredByAnalyst: true` and no passage, never a made-up one.
 */
const provenance = {
  quote: z.optional(nonEmpty),
  /** Present when the value is derived rather than stated, e.g. a year implied by the article date. */
  inferred: z.optional(nonEmpty),
  /** An analyst's own entry (e.g. a correction): shown as such, with no passage. */
  enteredByAnalyst: z.optional(z.custom<true>((v) => v === true, { message: "must be true" })),
};

type Provenance = { quote?: string; enteredByAnalyst?: true };

const hasOneProvenance = (f: Provenance): boolean =>
  (f.quote === undefined) !== (f.enteredByAnalyst === undefined);

/** A fact's shape with its provenance: exactly one of a passage or `enteredByAnalyst`. */
function fact<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.object({ ...shape, ...provenance }).check(
    z.refine((f) => hasOneProvenance(f as unknown as Provenance), {
      message: "a fact needs either a quote (a passage of its source) or enteredByAnalyst: true",
      path: ["quote"],
    }),
  );
}

/**
 * `exact` as stated; `atLeast` for "exceeding" and "more than": the figure is a lower bound (the
 * true value is above it), shown as "more than" / "> " and never as exact.
 */
const bound = oneOf(["exact", "atLeast"]);

const moneyFact = fact({
  amount: z.number().check(positive),
  currency: oneOf(CURRENCIES),
  bound,
});

const countFact = fact({ count: wholeNumber.check(positive), bound });

/** ISO date with the precision the source gives: `2018-04-09` (day), `2017-07` (month), `2014`. */
const dateFact = fact({
  iso: z
    .string()
    .check(matches(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are YYYY, YYYY-MM or YYYY-MM-DD")),
  precision: oneOf(["year", "month", "day"]),
}).check(
  z.refine((d) => d.iso.split("-").length === { year: 1, month: 2, day: 3 }[d.precision], {
    message: "the date's form does not match its precision",
    path: ["iso"],
  }),
);

const textFact = fact({ text: nonEmpty });
const listFact = fact({ items: z.array(nonEmpty).check(atLeastOne) });

const company = z.object({
  id,
  name: nonEmpty,
  legalName: nonEmpty,
  aliases: z.array(nonEmpty),
  /** Optional: an article about a round often names a company without saying more about it. */
  country: z.optional(textFact),
  description: z.optional(textFact),
  founded: z.optional(dateFact),
  ceo: z.optional(id),
  focus: z.optional(textFact),
  partnerCount: z.optional(countFact),
  partners: z.optional(z.array(textFact)),
  sectors: z.optional(listFact),
  notes: z.array(textFact),
});

const investor = z.object({
  id,
  name: nonEmpty,
  legalName: nonEmpty,
  aliases: z.array(nonEmpty),
  description: z.optional(textFact),
  /** e.g. Ant Financial is Alibaba's financial arm. */
  affiliateOf: z.optional(fact({ investor: id, relation: nonEmpty })),
});

/**
 * A round's lead or other investors. `complete: false` when the source names only some of them
 * ("Other investors include …"); absent when the source does not say.
 */
const participants = fact({
  investors: z.array(id).check(atLeastOne),
  complete: z.optional(
    z.custom<boolean>((v) => typeof v === "boolean", { message: "must be true or false" }),
  ),
});

const round = z.object({
  id,
  company: id,
  /** The series letter, when the source names one, with a sub-series number if any ("C", "C1"). */
  series: z.optional(
    fact({
      letter: z
        .string()
        .check(
          matches(/^[A-Z][0-9]{0,2}$/, 'a series is a letter, maybe with a number: "C", "C1"'),
        ),
    }),
  ),
  amount: moneyFact,
  announced: dateFact,
  leads: z.optional(participants),
  others: z.optional(participants),
  postMoneyValuation: z.optional(moneyFact),
  /** Each planned use with the passage that names it. */
  usesOfProceeds: z.optional(z.array(textFact)),
  notes: z.array(textFact),
});

const person = z.object({
  id,
  name: nonEmpty,
  roles: z.array(fact({ title: nonEmpty, organization: id })).check(atLeastOne),
  statements: z.array(textFact),
});

const macroFigure = z.object({
  id,
  country: nonEmpty,
  year: wholeNumber,
  metric: nonEmpty,
  values: z.array(moneyFact).check(atLeastOne),
});

/** What a source is, without its facts: checked first, so its records can be checked one by one. */
export const sourceHeaderSchema = z.object({
  id,
  headline: nonEmpty,
  /** Who published it, when known (e.g. "China Daily"). */
  publisher: z.optional(nonEmpty),
  /** Where it can be read, when known; https only. */
  url: z.optional(z.string().check(matches(/^https:\/\/\S+$/, "links start with https://"))),
  date: z.string().check(matches(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD")),
  caption: z.optional(nonEmpty),
  text: nonEmpty,
});

/** Each collection of records a source carries, with the schema of one record. */
export const RECORD_SCHEMAS = {
  companies: company,
  investors: investor,
  rounds: round,
  people: person,
  macro: macroFigure,
} as const;

/** The names of a source's record collections. */
export type Collection = keyof typeof RECORD_SCHEMAS;
export const COLLECTIONS = Object.keys(RECORD_SCHEMAS) as Collection[];

/** The bundled dataset: a version and its sources. */
export const datasetSchema = z.object({
  version: z.string().check(matches(/^\d+\.\d+\.\d+$/, "versions are semver")),
  // Each source is checked on its own (validateSource): here, any value.
  sources: z.array(z.custom<unknown>()).check(atLeastOne),
});

/**
 * One source (an article, a filing, an analyst's note): its header and the records of each
 * collection, with the facts they support; ids are local to the source (the catalog merges entities
 * across sources by name). Check raw data with `validateSource` before use: it checks the header,
 * then each record on its own, so the type has no schema of its own to carry at run time.
 * @example
 * const source: SourceDocument = {
 *   id: "reuters-2018-05-02", headline: "…", publisher: "Reuters", date: "2018-05-02", text: "…",
 *   companies: [], investors: [], people: [], macro: [],
 *   rounds: [{ id: "r1", company: "megvii", amount: { amount: 6e8, currency: "USD", bound: "exact", quote: "raised $600 million" }, … }],
 * };
 */
export type SourceDocument = SourceHeader & {
  [C in Collection]: z.infer<(typeof RECORD_SCHEMAS)[C]>[];
};
export type SourceHeader = z.infer<typeof sourceHeaderSchema>;
export type Dataset = { version: string; sources: SourceDocument[] };
export type CompanyRecord = z.infer<typeof company>;
export type InvestorRecord = z.infer<typeof investor>;
export type RoundRecord = z.infer<typeof round>;
export type PersonRecord = z.infer<typeof person>;
export type MacroRecord = z.infer<typeof macroFigure>;
export type ParticipantsRecord = z.infer<typeof participants>;
export type MoneyFact = z.infer<typeof moneyFact>;
export type DateFact = z.infer<typeof dateFact>;
export type TextFact = z.infer<typeof textFact>;
export type ListFact = z.infer<typeof listFact>;
export type CountFact = z.infer<typeof countFact>;
export type Currency = (typeof CURRENCIES)[number];
export type Bound = z.infer<typeof bound>;
