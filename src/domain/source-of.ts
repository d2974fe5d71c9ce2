import type { Company } from "../data/schema";
import type { Catalog } from "./catalog";
import { readCompanyField } from "./company-fields";
import { readRoundField } from "./round-fields";
import { findRound } from "./round-ref";
import { andThen, ok, type Result } from "./result";

/** The passage behind a fact, with the article it comes from. */
export type Citation = { quote: string; inferred?: string; headline: string; date: string };

/**
 * The article passage behind a company fact (no round; `field` a company field, default
 * `description`) or a round fact (`field` a round field, default `amount`).
 * @example sourceOf(catalog, sensetime, "C", "valuation").value.quote
 * // "SenseTime will become the world's most valuable artificial intelligence startup, with its valuation exceeding $4.5 billion after the fundraising."
 */
export function sourceOf(
  catalog: Catalog,
  company: Company,
  round?: unknown,
  field?: unknown,
): Result<Citation> {
  const fact =
    round === undefined || round === null
      ? readCompanyField(catalog, company, field ?? "description")
      : andThen(findRound(catalog, company, round), (r) =>
          readRoundField(catalog, company, r, field),
        );
  const { headline, date } = catalog.dataset.source;
  return andThen(fact, ({ quote, inferred }) =>
    ok(inferred === undefined ? { quote, headline, date } : { quote, inferred, headline, date }),
  );
}
