import { RECORD_SCHEMAS, type SourceDocument } from "../../src/data/schema";
import { mergeSources } from "../../src/domain/catalog/merge/merge-sources";
import { copyFields, RECORD_FIELDS } from "../../src/domain/catalog/merge/record-copies";

describe("RECORD_FIELDS", () => {
  it.each(["companies", "investors", "people", "rounds"] as const)(
    "lists every field of the %s schema, in its order",
    (kind) => {
      expect(RECORD_FIELDS[kind]).toEqual(Object.keys(RECORD_SCHEMAS[kind].shape));
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

describe("mergeSources, lists of a later record", () => {
  const source = (id: string, date: string, company: Record<string, unknown>) =>
    ({
      id,
      headline: id,
      date,
      text: "",
      companies: [
        { id: "acme", name: "Acme", legalName: "Acme Ltd", aliases: [], notes: [], ...company },
      ],
      investors: [],
      rounds: [],
      people: [],
      macro: [],
    }) as unknown as SourceDocument;

  it("keeps an empty list where the entity had none, and adds nothing to one it has", () => {
    const empty = mergeSources([
      source("a", "2020-01-01", {}),
      source("b", "2021-01-01", { partners: [] }),
    ]);
    expect(empty.companies.at(0).partners).toEqual([]);
    const kept = mergeSources([
      source("a", "2020-01-01", { partners: [{ text: "P", quote: "" }] }),
      source("b", "2021-01-01", { partners: [] }),
    ]);
    expect(kept.companies.at(0).partners?.map((p) => p.text)).toEqual(["P"]);
  });
});
