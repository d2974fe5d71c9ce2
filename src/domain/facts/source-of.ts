import { omittedIfBlank } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import type { Company } from "../catalog/entities";
import { andThen, type Result } from "../core/result";
import type { Sourced } from "../core/value";
import { readCompanyField } from "./company-fields";
import { readRoundField } from "./round-fields";
import { findRound } from "./round-ref";

/**
 * The fact behind a company fact (no round; `field` a company field, default `description`) or a
 * round fact (`field` a round field, default `amount`), with its citations: AISOURCE shows them.
 * @example sourceOf(catalog, sensetime, "C", "valuation").value.passages
 * // ["SenseTime will become the world's most valuable artificial intelligence startup, with its valuation exceeding $4.5 billion after the fundraising."]
 */
export function sourceOf(
  catalog: Catalog,
  company: Company,
  round?: unknown,
  field?: unknown,
): Result<Sourced> {
  return omittedIfBlank(round) === undefined
    ? readCompanyField(catalog, company, omittedIfBlank(field) ?? "description")
    : andThen(findRound(catalog, company, round), (r) =>
        readRoundField(catalog, company, r, field),
      );
}
