import { omittedIfBlank } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import type { Company } from "../catalog/entities";
import { quoteArgument } from "../core/argument";
import { andThen, invalid, type Invalid, type Result } from "../core/result";
import type { Sourced } from "../core/value";
import { readCompanyField } from "./company-fields";
import { fieldInRoundSlot, fieldNotRound, otherKindField } from "./field-kind";
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
  // =DEALS.AISOURCE("SenseTime","founded"): the field typed where the round belongs.
  if (omittedIfBlank(field) === undefined && fieldInRoundSlot(round) !== undefined) {
    return sourceOf(catalog, company, undefined, round);
  }
  const withRound = omittedIfBlank(round) !== undefined;
  const misplacedField = withRound ? fieldNotRound(round) : undefined;
  if (misplacedField) return misplacedField;
  const misplaced = otherKind(company, omittedIfBlank(field), withRound);
  if (misplaced) return misplaced;
  return withRound
    ? andThen(findRound(catalog, company, round), (r) => readRoundField(catalog, company, r, field))
    : readCompanyField(catalog, company, omittedIfBlank(field) ?? "description");
}

/**
 * A field of the other kind: a round field asked without a round, or a company field with one.
 * Says how to ask instead.
 */
function otherKind(company: Company, field: unknown, withRound: boolean): Invalid | undefined {
  const typedField = otherKindField(field, withRound ? "round" : "company");
  if (typedField === undefined) return undefined;
  const name = JSON.stringify(company.name);
  const typed = JSON.stringify(typedField);
  return invalid(
    withRound
      ? `${quoteArgument(typedField)} is a company field: drop the round, e.g. =DEALS.AISOURCE(${name},,${typed}).`
      : `${quoteArgument(typedField)} is a round field: add the round, e.g. =DEALS.AISOURCE(${name},"latest",${typed}).`,
  );
}
