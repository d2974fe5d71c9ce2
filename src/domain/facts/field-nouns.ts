import type { CompanyField } from "./company-fields";
import type { RoundField } from "./round-fields";
import { notReported, type NotReported } from "../core/result";

/** What a message calls each round field: an analyst's words, not the short key typed. */
const ROUND_FIELD_NOUNS: Readonly<Record<RoundField, string>> = {
  amount: "amount",
  date: "announcement date",
  series: "series",
  round: "round",
  lead: "lead investors",
  other: "other investors",
  investors: "investors",
  valuation: "valuation",
  currency: "currency",
  source: "source passage",
  "amount qualifier": "amount qualifier",
  "valuation qualifier": "valuation qualifier",
  "date precision": "announcement date precision",
};

/** What a message calls each company field. */
const COMPANY_FIELD_NOUNS: Readonly<Record<CompanyField, string>> = {
  founded: "founding date",
  ceo: "CEO",
  country: "country",
  partners: "number of partners",
  partnerlist: "list of partners",
  sectors: "partnership sectors",
  focus: "focus",
  description: "description",
  rounds: "funding rounds",
  investors: "investors",
  raised: "amount raised in reported rounds",
  valuation: "valuation",
  "founded precision": "founding date precision",
  "partners qualifier": "number of partners qualifier",
  "raised qualifier": "amount raised qualifier",
  "valuation qualifier": "valuation qualifier",
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
  return notReported(`${company} ${round}: ${ROUND_FIELD_NOUNS[field]}`);
}

/**
 * A company fact the sources do not report, named as an analyst reads it.
 * @example companyFactNotReported("Megvii", "ceo").message // "Not reported in the source: Megvii CEO"
 */
export function companyFactNotReported(company: string, field: CompanyField): NotReported {
  return notReported(`${company} ${COMPANY_FIELD_NOUNS[field]}`);
}
