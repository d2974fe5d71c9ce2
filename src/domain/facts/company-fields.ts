import type { Company } from "../catalog/entities";
import { optionKey } from "../core/argument";
import { aspect, aspectOf } from "./aspect";
import { fieldNames, typedField } from "./field-names";
import { companyFactNotReported } from "./field-nouns";
import { totalRaised, valuationOf } from "./company-totals";
import { investorsOf } from "./investments";
import { investorsPartial, listText } from "./round-fields";
import type { Catalog } from "../catalog/catalog";
import { andThen, ok, type Result } from "../core/result";
import {
  LIST_SEPARATOR,
  count,
  date,
  disputed,
  fromFacts,
  list,
  text,
  textFact,
  type Sourced,
} from "../core/value";

export const COMPANY_FIELDS = [
  "founded",
  "ceo",
  "country",
  "partners",
  "partnerlist",
  "sectors",
  "focus",
  "description",
  "rounds",
  "investors",
  "raised",
  "valuation",
  "founded precision",
  "partners qualifier",
  "raised qualifier",
  "valuation qualifier",
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

/**
 * Accepted spellings of each field (compared without case, spaces or punctuation), among them
 * every label the Company comparison table and the company card print.
 */
const COMPANY_FIELD_NAMES = fieldNames<CompanyField>(
  COMPANY_FIELDS,
  {
    founded: [
      "founding year",
      "year founded",
      "founded year",
      "founded in",
      "founding date",
      "founded date",
      "established",
      "year established",
    ],
    ceo: ["chief executive", "chief executive officer", "ceo name"],
    partners: ["partner count", "number of partners"],
    partnerlist: ["partner names", "partners list", "list of partners"],
    sectors: ["sector", "Partnership sectors", "partner sectors", "sectors of partnerships"],
    rounds: [
      "Rounds in source",
      "reported rounds",
      "number of rounds",
      "number of funding rounds",
      "round count",
    ],
    investors: ["all investors"],
    raised: [
      "Raised in reported rounds",
      "total raised",
      "amount raised",
      "funding",
      "total funding",
      "total funding amount",
    ],
    valuation: [
      "Latest valuation",
      "last valuation",
      "post-money",
      "post valuation",
      "last known valuation",
      "post-money valuation",
    ],
    description: ["about", "summary", "overview"],
    "partners qualifier": ["qualifier"],
    "founded precision": ["precision"],
  },
  {
    founded: "founded precision",
    partners: "partners qualifier",
    raised: "raised qualifier",
    valuation: "valuation qualifier",
  },
);

/** The company field a typed name denotes, if any. */
export const companyFieldNamed = (field: string): CompanyField | undefined =>
  COMPANY_FIELD_NAMES.get(optionKey(field));

/**
 * A company fact with the passage behind it.
 * @example
 * readCompanyField(catalog, sensetime, "partners") // ok: { type: "count", count: 400, bound: "atLeast" }
 * readCompanyField(catalog, megvii, "ceo").message // "Not reported in the source: Megvii CEO"
 */
export function readCompanyField(
  catalog: Catalog,
  company: Company,
  field: unknown,
): Result<Sourced> {
  return andThen(
    typedField(field, company.name, COMPANY_FIELD_NAMES, COMPANY_FIELDS),
    (name): Result<Sourced> => {
      const found = companyField(catalog, company, name);
      return found ? ok(found) : companyFactNotReported(company.name, name);
    },
  );
}

/**
 * One company fact by its typed field name, or undefined when no source gives it; when sources
 * disagree the newest answers and `differs` holds the others.
 * @example companyField(catalog, sensetime, "founded")?.value // { type: "date", iso: "2014", precision: "year" }
 */
export function companyField(
  catalog: Catalog,
  company: Company,
  field: CompanyField,
): Sourced | undefined {
  const { disputes } = company;
  switch (field) {
    case "founded":
      return company.founded && disputed(date(company.founded), disputes.founded?.map(date));
    case "ceo": {
      const person = company.ceo ? catalog.personById.get(company.ceo) : undefined;
      const role = person?.roles.find((r) => r.organization === company.id);
      return person && role && text(person.name, role);
    }
    case "country":
      return (
        company.country && disputed(textFact(company.country), disputes.country?.map(textFact))
      );
    case "partners":
      return (
        company.partnerCount &&
        disputed(count(company.partnerCount), disputes.partnerCount?.map(count))
      );
    case "partnerlist": {
      const partners = company.partners ?? [];
      const names = partners.map((p) => p.text).join(LIST_SEPARATOR);
      return partners.length > 0 ? text(names, fromFacts(partners)) : undefined;
    }
    case "sectors":
      return company.sectors && disputed(list(company.sectors), disputes.sectors?.map(list));
    case "focus":
      return company.focus && disputed(textFact(company.focus), disputes.focus?.map(textFact));
    case "description":
      return (
        company.description &&
        disputed(textFact(company.description), disputes.description?.map(textFact))
      );
    case "rounds":
      return roundsCount(catalog, company);
    case "investors":
      return companyInvestors(catalog, company);
    case "raised":
      return reported(totalRaised(catalog, company));
    case "valuation":
      return reported(valuationOf(catalog, company));
    default: {
      // An aspect of a figure or a date: "partners qualifier", "founded precision".
      const [base, read] = aspectOf(field);
      return hedge(companyField(catalog, company, base as CompanyField), read);
    }
  }
}

const reported = (result: Result<Sourced>): Sourced | undefined =>
  result.kind === "ok" ? result.value : undefined;

const hedge = (fact: Sourced | undefined, read: (fact: Sourced) => string | undefined) =>
  fact && reported(aspect(ok(fact), read));

/**
 * Every investor named in the company's rounds, each once, in the source's order (oldest round
 * first, leads first), ending with "others not named" when a round's list is partial.
 */
function companyInvestors(catalog: Catalog, company: Company): Sourced | undefined {
  const rounds = catalog.roundsByCompany.get(company.id) ?? [];
  const taken = investorsOf(catalog, company);
  if (taken.length === 0) return undefined;
  const names = [...new Set(taken.map((p) => p.investor.name))];
  return text(listText(names, rounds.some(investorsPartial)), fromFacts(taken.map((p) => p.fact)));
}

/**
 * How many of the company's rounds the sources report, citing each round's amount passage (the
 * count is the sources', not the company's lifetime number of rounds).
 */
function roundsCount(catalog: Catalog, company: Company): Sourced | undefined {
  const rounds = catalog.roundsByCompany.get(company.id) ?? [];
  if (rounds.length === 0) return undefined;
  return {
    value: { type: "count", count: rounds.length, bound: "exact" },
    ...fromFacts(rounds.map((r) => r.amount)),
  };
}
