import { uniqueNames } from "../../src/extract/unique-names";

describe("uniqueNames", () => {
  it("returns each name once, as first written, in order", () => {
    expect(
      uniqueNames(["Tencent", "Hillhouse", "TENCENT", "hillhouse"], (n) => n.toLowerCase()),
    ).toEqual(["Tencent", "Hillhouse"]);
  });

  it("returns names the key tells apart as distinct", () => {
    const caseless = (n: string) => n.toLowerCase();
    const bare = (n: string) => n.toLowerCase().replace(/[^a-z0-9]/g, "");
    expect(uniqueNames(["Qiming", "Qi-Ming"], caseless)).toEqual(["Qiming", "Qi-Ming"]);
    expect(uniqueNames(["Qiming", "Qi-Ming"], bare)).toEqual(["Qiming"]);
    expect(uniqueNames([], bare)).toEqual([]);
  });
});
