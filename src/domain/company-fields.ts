import type { Company } from "../data/schema";
import { optionArgument } from "./argument";
import type { Catalog } from "./catalog";
import { andThen, notReported, ok, type Result } from "./result";
import {
  LIST_SEPARATOR,
  count,
  date,
  fromPassages,
  list,
  text,
  textFact,
  type Sourced,
} from "./value";

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
      const found = companyFact(catalog, company, name);
      return found ? ok(found) : notReported(`${company.name} ${name}`);
    },
  );
}

function companyFact(catalog: Catalog, company: Company, field: CompanyField): Sourced | undefined {
  switch (field) {
    case "founded":
      return company.founded && date(company.founded);
    case "ceo": {
      const person = company.ceo ? catalog.personById.get(company.ceo) : undefined;
      const role = person?.roles.find((r) => r.organization === company.id);
      return person && role && text(person.name, role);
    }
    case "country":
      return textFact(company.country);
    case "partners":
      return company.partnerCount && count(company.partnerCount);
    case "partnerlist": {
      const partners = company.partners ?? [];
      const names = partners.map((p) => p.text).join(LIST_SEPARATOR);
      return partners.length > 0
        ? text(names, fromPassages(partners.map((p) => p.quote)))
        : undefined;
    }
    case "sectors":
      return company.sectors && list(company.sectors);
    case "focus":
      return company.focus && textFact(company.focus);
    case "description":
      return textFact(company.description);
  }
}
