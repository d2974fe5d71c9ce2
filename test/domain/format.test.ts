import { excelSerial, formatDate, formatMoney } from "../../src/domain/presentation/format";
import { buildNameIndex } from "../../src/domain/catalog/names/name-index";

describe("excelSerial", () => {
  it.each([
    ["1900-03-01", 61],
    ["2018-04-09", 43199],
    ["2017-07", 42917],
    ["2017-10", 43009],
  ])("returns Excel's serial for %s", (iso, serial) => {
    expect(excelSerial(iso)).toBe(serial);
  });
});

describe("formatDate", () => {
  it("writes each precision as a memo would", () => {
    expect(formatDate({ iso: "2018-04-09", precision: "day" })).toBe("9 Apr 2018");
    expect(formatDate({ iso: "2017-07", precision: "month" })).toBe("Jul 2017");
    expect(formatDate({ iso: "2014", precision: "year" })).toBe("2014");
  });
});

describe("formatMoney", () => {
  it("scales to M, B or T and marks lower bounds", () => {
    expect(formatMoney({ amount: 600e6, currency: "USD", bound: "exact" })).toBe("$600M");
    expect(formatMoney({ amount: 4.5e9, currency: "USD", bound: "atLeast" })).toBe(
      "more than $4.5B",
    );
    expect(formatMoney({ amount: 158.4e9, currency: "USD", bound: "exact" })).toBe("$158.4B");
    expect(formatMoney({ amount: 1e12, currency: "CNY", bound: "exact" })).toBe("CNY 1T");
    expect(formatMoney({ amount: 1.01e9, currency: "USD", bound: "exact" })).toBe("$1.01B");
  });
});

describe("buildNameIndex", () => {
  it("keeps a name two entities share aside as ambiguous, answering both", () => {
    const a = { id: "a", name: "Acme", legalName: "Acme Ltd", aliases: [] };
    const b = { id: "b", name: "Acme Group", legalName: "Acme Inc", aliases: [] };
    const index = buildNameIndex([a, b]);
    expect(index.find("Acme")).toBeUndefined();
    expect(index.candidates("Acme Group")).toEqual([a, b]);
    expect([...index.ambiguous.keys()]).toEqual(["acme"]);
  });
});
