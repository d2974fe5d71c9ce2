import { copyFields } from "../../src/domain/catalog/record-copies";

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
