import { plainArgument } from "../core/argument";
import { companyFieldNamed } from "./company-fields";
import { roundFieldNamed } from "./round-fields";

/** The two kinds of field: a round's (AIROUND) and a company's (COMPANY). */
export type FieldKind = "round" | "company";

/**
 * The field as typed (trimmed) when it belongs only to the other kind than the one asked for
 * (`amount` asked of a company, `founded` of a round), so that the answer can say where to ask
 * instead; undefined otherwise.
 * @example otherKindField(" founded ", "round")  // "founded"
 * @example otherKindField("valuation", "round") // undefined (both kinds have it)
 */
export function otherKindField(value: unknown, asked: FieldKind): string | undefined {
  const field = plainArgument(value);
  if (typeof field !== "string") return undefined;
  const [own, other] =
    asked === "round" ? [roundFieldNamed, companyFieldNamed] : [companyFieldNamed, roundFieldNamed];
  return other(field) !== undefined && own(field) === undefined ? field.trim() : undefined;
}
