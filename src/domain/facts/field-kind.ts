import { plainArgument, quoteArgument } from "../core/argument";
import { invalid, type Invalid } from "../core/result";
import { companyFieldNamed } from "./company-fields";
import { roundFieldNamed } from "./round-fields";
import { ROUND_FORMS } from "./round-ref";

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

/**
 * A field name typed where the round belongs (=DEALS.AIROUND("SenseTime","valuation")), as typed
 * (trimmed); undefined for anything else. No round is named like a field, so the field wins
 * ("rounds" is the company field, not a Series S).
 * @example fieldInRoundSlot("valuation") // "valuation"
 * @example fieldInRoundSlot("C")         // undefined
 */
export function fieldInRoundSlot(value: unknown): string | undefined {
  const typed = plainArgument(value);
  if (typeof typed !== "string") return undefined;
  const named = roundFieldNamed(typed) ?? companyFieldNamed(typed);
  return named === undefined ? undefined : typed.trim();
}

/**
 * Refuses a field typed where the round belongs, saying so and how to write the call (`example`,
 * given the field as a JSON string) or, without one, the forms a round takes.
 * @example fieldNotRound("valuation")?.message // "'valuation' is a field, not a round. Name a round as …"
 */
export function fieldNotRound(
  value: unknown,
  example?: (typed: string) => string,
): Invalid | undefined {
  const field = fieldInRoundSlot(value);
  if (field === undefined) return undefined;
  const how = example
    ? `Put the round before it: ${example(JSON.stringify(field))}.`
    : `Name a round as ${ROUND_FORMS.join(", ")}.`;
  return invalid(`${quoteArgument(field)} is a field, not a round. ${how}`, [...ROUND_FORMS]);
}
