import type { Company, Investor } from "../entities";
import { quoteArgument, textArgument } from "../../core/argument";
import type { Catalog } from "../catalog";
import type { Named, NameIndex } from "./name-index";
import { matchForms, suggestForForms, type FormMatch } from "./name-forms";
import { andThen, notFound, ok, type Result } from "../../core/result";

/**
 * The company a name denotes, in any alias or spelling, or in a form analysts type (an alias in
 * brackets, names joined by a slash, "The", a possessive) when all its names denote it; unknown
 * names get close suggestions.
 * @example
 * resolveCompany(catalog, "商汤")      // { kind: "ok", value: <SenseTime> }
 * resolveCompany(catalog, "Megvii (Face++)").kind    // "ok"
 * resolveCompany(catalog, "Megvii/SenseTime").kind   // "notFound": it names both
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
    if (candidates.length > 0) return ambiguous(name, kind, candidates);
    // Only a name the exact lookup missed is read as a form (brackets, a slash, "The", "'s").
    const form = matchForms(index, name);
    if (form?.kind === "one") return ok(form.entity);
    if (form?.kind === "several") return ambiguous(name, kind, form.entities);
    const label = `Unknown ${kind} ${quoteArgument(name)}`;
    if (form?.kind === "stray") {
      const { entity, part } = form;
      return notFound(
        `${label}: ${quoteArgument(part)} is not a name of ${entity.name} in the sources. Use "${entity.name}" alone if it is the ${kind} meant.`,
        [entity.name],
      );
    }
    const namesake = other.index.find(name) ?? oneOf(matchForms(other.index, name));
    if (namesake)
      return notFound(
        `${label}. ${namesake.name} is ${other.is} in the dataset, not ${ARTICLE[kind]} ${kind}.`,
      );
    const close = index.suggest(name);
    const suggestions = close.length > 0 ? close : suggestForForms(index, name);
    return suggestions.length > 0
      ? notFound(`${label}. Did you mean ${orList(suggestions)}?`, suggestions)
      : notFound(`${label}. The dataset covers: ${index.names.join(", ")}.`);
  });
}

/** A name (or a form of names) that denotes several entities: each is listed, none is chosen. */
function ambiguous<T extends Named>(
  name: string,
  kind: "company" | "investor",
  entities: readonly T[],
): Result<T> {
  const listed = entities.map((e) => `${e.name} (${e.legalName})`);
  return notFound(
    `${quoteArgument(name)} names more than one ${kind} in the sources: ${orList(listed)}. Use a name only one of them has.`,
    entities.map((e) => e.name),
  );
}

const oneOf = <T>(form: FormMatch<T> | undefined): T | undefined =>
  form?.kind === "one" ? form.entity : undefined;

/** "A", "A or B", "A, B or C". */
function orList(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
