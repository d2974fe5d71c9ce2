import type { CompanyField } from "./company-fields";
import type { RoundField } from "./round-fields";
import { notReported, type NotReported } from "../core/result";

/**
 * What a message calls a round field where an analyst's words differ from the short key typed
 * ("lead" → "lead investors"); any other field is called by its key.
 */
const ROUND_FIELD_NOUNS: Readonly<Partial<Record<RoundField, string>>> = {
  date: "announcement date",
  lead: "lead investors",
  other: "other investors",
  source: "source passage",
  "date precision": "announcement date precision",
};

/** What a message calls a company field where it differs from the key. */
const COMPANY_FIELD_NOUNS: Readonly<Partial<Record<CompanyField, string>>> = {
  founded: "founding date",
  ceo: "CEO",
  partners: "number of partners",
  partnerlist: "list of partners",
  sectors: "partnership sectors",
  rounds: "funding rounds",
  raised: "amount raised in reported rounds",
  "founded precision": "founding date precision",
  "partners qualifier": "number of partners qualifier",
  "raised qualifier": "amount raised qualifier",
};

/**
 * A round fact the sources do not report, named as an analyst reads it: the company, the round,
 * then the fact.
 * @example roundFactNotReported("SenseTime", "Jul 2017 round", "other").message // "Not reported in the source: SenseTime Jul 2017 round: other investors"
 */
export function roundFactNotReported(
  company: string,
  round: string,
  field: RoundField,
): NotReported {
  return notReported(`${company} ${round}: ${ROUND_FIELD_NOUNS[field] ?? field}`);
}

/**
 * A company fact the sources do not report, named as an analyst reads it.
 * @example companyFactNotReported("Megvii", "ceo").message // "Not reported in the source: Megvii CEO"
 */
export function companyFactNotReported(company: string, field: CompanyField): NotReported {
  return notReported(`${company} ${COMPANY_FIELD_NOUNS[field] ?? field}`);
}
