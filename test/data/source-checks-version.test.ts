import { xxHash32 } from "js-xxhash";
import * as z from "zod/mini";
import { COLLECTIONS, RECORD_SCHEMAS, sourceHeaderSchema } from "../../src/data/schema";
import { SOURCE_CHECKS_VERSION } from "../../src/data/validate-source";

/** The checks a source document passes, as `validateSource` applies them: header, then records. */
const documentSchema = z.object({
  ...sourceHeaderSchema.shape,
  ...Object.fromEntries(COLLECTIONS.map((name) => [name, z.array(RECORD_SCHEMAS[name])])),
});

type Refinement = {
  check?: string;
  type?: string;
  fn?: unknown;
  params?: unknown;
  error?: unknown;
};

/**
 * JSON Schema has no word for a refinement, and the source checks are refinements (one of a list,
 * a pattern, above 0, whole, not empty: src/data/schema.ts): each is written into the schema with
 * its predicate, what it keeps with it (a pattern) and its message, so that changing one changes
 * the fingerprint.
 */
function withRefinements(ctx: { zodSchema: z.core.$ZodType; jsonSchema: object }): void {
  const def = ctx.zodSchema._zod.def as Refinement & { checks?: { _zod: { def: Refinement } }[] };
  const refinements = [def, ...(def.checks ?? []).map((check) => check._zod.def)]
    .filter((d) => d.type === "custom" || d.check === "custom")
    .map((d) => ({
      predicate: String(d.fn).replace(/\s+/g, " "),
      params: d.params,
      message: typeof d.error === "function" ? String(d.error()) : undefined,
    }));
  if (refinements.length > 0) Object.assign(ctx.jsonSchema, { refinements });
}

/**
 * Documents kept in a workbook carry the seal of the checks they passed and are not checked again
 * while the seal's version holds. This fingerprint of the schema changes with it: when this test
 * fails, raise SOURCE_CHECKS_VERSION if the new schema could refuse a document the old one passed,
 * then write both new values here.
 */
describe("SOURCE_CHECKS_VERSION", () => {
  it("is raised with the source schema", () => {
    const schema = z.toJSONSchema(documentSchema, {
      unrepresentable: "any",
      io: "input",
      override: withRefinements,
    });
    const fingerprint = xxHash32(JSON.stringify(schema), 0).toString(16);
    expect({ version: SOURCE_CHECKS_VERSION, fingerprint }).toEqual({
      version: 1,
      fingerprint: "5d93183a",
    });
  });
});
