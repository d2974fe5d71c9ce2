import { companyFieldNamed } from "./company-fields";
import { roundFieldNamed } from "./round-fields";

/** The two kinds of field: a round's (AIROUND) and a company's (COMPANY). */
export type FieldKind = "round" | "company";

/**
 * Whether a typed field belongs only to the other kind than the one asked for (`amount` asked of a
 * company, `founded` of a round), so that the answer can say where to ask instead.
 * @example ofOtherKindOnly("founded", "round") // true
 * @example ofOtherKindOnly("valuation", "round") // false (both kinds have it)
 */
export function ofOtherKindOnly(field: unknown, asked: FieldKind): field is string {
  if (typeof field !== "string") return false;
  const [own, other] =
    asked === "round" ? [roundFieldNamed, companyFieldNamed] : [companyFieldNamed, roundFieldNamed];
  return other(field) !== undefined && own(field) === undefined;
}
