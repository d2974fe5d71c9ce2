import type { Company } from "../catalog/entities";
import { optionArgument } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import { andThen, notReported, ok, type Result } from "../core/result";
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
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

const COMPANY_FIELD_NAMES = new Map<string, CompanyField>([
  ...COMPANY_FIELDS.map((f) => [f, f] as const),
  ["foundingyear", "founded"],
  ["chiefexecutive", "ceo"],
  ["chiefexecutiveofficer", "ceo"],
  ["partnercount", "partners"],
  ["partnernames", "partnerlist"],
  ["sector", "sectors"],
]);

/**
 * A company fact with the passage behind it.
 * @example
 * readCompanyField(catalog, sensetime, "partners") // ok: { type: "count", count: 400, bound: "atLeast" }
 * readCompanyField(catalog, megvii, "ceo").message // "Not reported in the source: Megvii ceo"
 */
export function readCompanyField(
  catalog: Catalog,
  company: Company,
  field: unknown,
): Result<Sourced> {
  return andThen(
    optionArgument(field, "field", COMPANY_FIELD_NAMES, COMPANY_FIELDS),
    (name): Result<Sourced> => {
      const found = companyField(catalog, company, name);
      return found ? ok(found) : notReported(`${company.name} ${name}`);
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
  }
}
