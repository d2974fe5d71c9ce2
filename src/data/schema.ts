/**
 * The dataset's schema. Data arrives as `unknown` and is checked once, at load (and by the build and
 * the tests), into typed values; a bad record is reported with its id and the field at fault.
 *
 * zod/mini keeps the functions bundle small: the same checks as zod, tree-shakable.
 */
import * as z from "zod/mini";

const nonEmpty = z.string().check(z.trim(), z.minLength(1));
const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lowercase-kebab-case"));

/** Currencies the article reports figures in. */
export const CURRENCIES = ["USD", "CNY"] as const;

/** Where a value comes from: the verbatim article passage, and the reasoning if it was inferred. */
const provenance = {
  quote: nonEmpty,
  /** Present when the value is derived rather than stated, e.g. a year implied by the article date. */
  inferred: z.optional(nonEmpty),
};

/**
 * `exact` as stated; `atLeast` for "exceeding" and "more than": the figure is a lower bound (the
 * true value is above it), shown as "more than" / "> " and never as exact.
 */
const bound = z.enum(["exact", "atLeast"]);

const moneyFact = z.object({
  amount: z.number().check(z.positive()),
  currency: z.enum(CURRENCIES),
  bound,
  ...provenance,
});

const countFact = z.object({
  count: z.int().check(z.positive()),
  bound,
  ...provenance,
});

/** ISO date with the precision the article gives: `2018-04-09` (day), `2017-07` (month), `2014`. */
const dateFact = z
  .object({
    iso: z
      .string()
      .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are YYYY, YYYY-MM or YYYY-MM-DD")),
    precision: z.enum(["year", "month", "day"]),
    ...provenance,
  })
  .check(
    z.refine((d) => d.iso.split("-").length === { year: 1, month: 2, day: 3 }[d.precision], {
      message: "the date's form does not match its precision",
      path: ["iso"],
    }),
  );

const textFact = z.object({ text: nonEmpty, ...provenance });
const listFact = z.object({ items: z.array(nonEmpty).check(z.minLength(1)), ...provenance });

const company = z.object({
  id,
  name: nonEmpty,
  legalName: nonEmpty,
  aliases: z.array(nonEmpty),
  country: textFact,
  description: textFact,
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
  affiliateOf: z.optional(z.object({ investor: id, relation: nonEmpty, ...provenance })),
});

const participants = z.object({ investors: z.array(id).check(z.minLength(1)), ...provenance });

const round = z.object({
  id,
  company: id,
  /** The series letter, when the article names one. */
  series: z.optional(z.object({ letter: z.string().check(z.regex(/^[A-Z]$/)), ...provenance })),
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
  roles: z
    .array(z.object({ title: nonEmpty, organization: id, ...provenance }))
    .check(z.minLength(1)),
  statements: z.array(textFact),
});

const macroFigure = z.object({
  id,
  country: nonEmpty,
  year: z.int(),
  metric: nonEmpty,
  values: z.array(moneyFact).check(z.minLength(1)),
});

const source = z.object({
  id,
  headline: nonEmpty,
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  caption: z.optional(nonEmpty),
  text: nonEmpty,
});

export const datasetSchema = z.object({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, "versions are semver")),
  source,
  companies: z.array(company).check(z.minLength(1)),
  investors: z.array(investor),
  rounds: z.array(round),
  people: z.array(person),
  macro: z.array(macroFigure),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Company = Dataset["companies"][number];
export type Investor = Dataset["investors"][number];
export type Round = Dataset["rounds"][number];
export type Person = Dataset["people"][number];
export type MacroFigure = Dataset["macro"][number];
export type Source = Dataset["source"];
export type MoneyFact = z.infer<typeof moneyFact>;
export type DateFact = z.infer<typeof dateFact>;
export type TextFact = z.infer<typeof textFact>;
export type ListFact = z.infer<typeof listFact>;
export type CountFact = z.infer<typeof countFact>;
export type Currency = (typeof CURRENCIES)[number];
