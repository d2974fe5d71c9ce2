import { RECORD_SCHEMAS } from "../../src/data/schema";
import { copyFields, RECORD_FIELDS } from "../../src/domain/catalog/record-copies";

describe("RECORD_FIELDS", () => {
  it.each(Object.keys(RECORD_FIELDS) as (keyof typeof RECORD_FIELDS)[])(
    "lists every field of the schema's %s, so a merged copy drops none",
    (collection) => {
      const schemaFields = Object.keys(RECORD_SCHEMAS[collection].shape).sort();
      expect([...RECORD_FIELDS[collection]].sort()).toEqual(schemaFields);
    },
  );
});

describe("copyFields", () => {
  it("copies the fields present, leaves absent ones absent, and keeps the base's own", () => {
    const copy = copyFields({ sources: [] }, { id: "a", name: "A", legalName: undefined }, [
      "id",
      "name",
      "legalName",
      "aliases",
    ]);
    expect(copy).toStrictEqual({ sources: [], id: "a", name: "A" });
    expect("legalName" in copy).toBe(false);
  });
});
