import type { Company, Investor } from "./entities";
import { quoteArgument, textArgument } from "../core/argument";
import type { Catalog } from "./catalog";
import type { Named, NameIndex } from "./name-index";
import { andThen, notFound, ok, type Result } from "../core/result";

/**
 * The company a name denotes, in any alias or spelling; unknown names get close suggestions.
 * @example
 * resolveCompany(catalog, "商汤")      // { kind: "ok", value: <SenseTime> }
 * resolveCompany(catalog, "SenseTme") // { kind: "notFound", message: "Unknown company 'SenseTme'. Did you mean SenseTime?", ... }
 */
export function resolveCompany(catalog: Catalog, query: unknown): Result<Company> {
  return resolve(catalog.companies, query, "company", {
    index: catalog.investors,
    is: "an investor",
  });
}

/**
 * The investor a name denotes, in any alias or spelling; unknown names get close suggestions.
 * @example
 * resolveInvestor(catalog, "Alibaba Group Holding Ltd").kind // "ok"
 */
export function resolveInvestor(catalog: Catalog, query: unknown): Result<Investor> {
  return resolve(catalog.investors, query, "investor", {
    index: catalog.companies,
    is: "a company",
  });
}

const ARTICLE = { company: "a", investor: "an" } as const;

function resolve<T extends Named>(
  index: NameIndex<T>,
  query: unknown,
  kind: "company" | "investor",
  other: { index: NameIndex<Named>; is: string },
): Result<T> {
  return andThen(textArgument(query, `${kind} name`, index.names.slice(0, 2)), (name) => {
    const found = index.find(name);
    if (found) return ok(found);
    const candidates = index.candidates(name);
    if (candidates.length > 0) {
      const names = candidates.map((c) => c.name);
      const listed = candidates.map((c) => `${c.name} (${c.legalName})`);
      return notFound(
        `${quoteArgument(name)} names more than one ${kind} in the sources: ${orList(listed)}. Use a name only one of them has.`,
        names,
      );
    }
    const label = `Unknown ${kind} ${quoteArgument(name)}.`;
    const namesake = other.index.find(name);
    if (namesake)
      return notFound(
        `${label} ${namesake.name} is ${other.is} in the dataset, not ${ARTICLE[kind]} ${kind}.`,
      );
    const suggestions = index.suggest(name);
    return suggestions.length > 0
      ? notFound(`${label} Did you mean ${orList(suggestions)}?`, suggestions)
      : notFound(`${label} The dataset covers: ${index.names.join(", ")}.`);
  });
}

/** "A", "A or B", "A, B or C". */
function orList(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
