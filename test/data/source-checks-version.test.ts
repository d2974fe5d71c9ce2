import { xxHash32 } from "js-xxhash";
import * as z from "zod/mini";
import { sourceDocumentSchema } from "../../src/data/schema";
import { SOURCE_CHECKS_VERSION } from "../../src/data/validate-source";

/**
 * Documents kept in a workbook carry the seal of the checks they passed and are not checked again
 * while the seal's version holds. This fingerprint of the schema changes with it: when this test
 * fails, raise SOURCE_CHECKS_VERSION if the new schema could refuse a document the old one passed,
 * then write both new values here.
 */
describe("SOURCE_CHECKS_VERSION", () => {
  it("is raised with the source schema", () => {
    const schema = z.toJSONSchema(sourceDocumentSchema, { unrepresentable: "any", io: "input" });
    const fingerprint = xxHash32(JSON.stringify(schema), 0).toString(16);
    expect({ version: SOURCE_CHECKS_VERSION, fingerprint }).toEqual({
      version: 1,
      fingerprint: "e68e89b4",
    });
  });
});
