import {
  airound,
  asNumber,
  evaluateFormula,
  explainFormula,
  FUNCTION_NAMES,
  FUNCTION_PARAMETERS,
  signature,
  type FunctionName,
} from "../../src/domain/formulas/formulas";
import { catalog } from "../bundled-catalog";
import { headersArgument, usdCell, valueCell } from "../../src/domain/formulas/formula-cells";
import { notReported, ok } from "../../src/domain/core/result";
import { catalogInYuan } from "../catalog-in-yuan";

describe("evaluateFormula", () => {
  it.each([
    ["AIROUND", ["SenseTime", "C"], 600000000],
    ["AIROUND", ["SenseTime", "C", "date"], 43199],
    ["AIROUND", ["SenseTime", "2017-07", "lead"], "CDH Investments; Sailing Capital"],
    ["VALUATION", ["SenseTime"], 4500000000],
    ["TOTALRAISED", ["SenseTime"], 1010000000],
    ["COMPANY", ["SenseTime", "founded"], 2014],
    ["COMPANY", ["SenseTime", "partners"], 400],
    ["MARKET", ["China", 2030], 158400000000],
    ["MARKET", ["China", "2030", "CNY"], 1e12],
    ["MARKET", ["China", 2030, null], 158400000000],
  ] as const)("returns %s(%j) = %j", (name, args, expected) => {
    expect(evaluateFormula(catalog, name, args)).toEqual({ kind: "ok", value: expected });
  });

  it("returns a spill with a header row when headers is omitted", () => {
    const result = evaluateFormula(catalog, "AIROUNDS", ["SenseTime"]);
    expect(result.kind === "ok" && result.value).toHaveLength(3);
  });

  it("returns 'Not reported' in a spill where the source gives no value", () => {
    expect(evaluateFormula(catalog, "AIROUNDS", ["Megvii", 0])).toEqual(
      ok([
        [
          "Series C",
          43009,
          460000000,
          "Not reported",
          "Ant Financial; others not named",
          "Not reported",
        ],
      ]),
    );
  });

  it("returns the failure kinds the spec names", () => {
    expect(evaluateFormula(catalog, "AIROUND", ["SenseTme", "C"]).kind).toBe("notFound");
    expect(evaluateFormula(catalog, "AIROUND", ["SenseTime", "D"]).kind).toBe("notFound");
    expect(evaluateFormula(catalog, "VALUATION", ["Megvii"]).kind).toBe("notReported");
    expect(evaluateFormula(catalog, "AIROUND", ["SenseTime", "C", "colour"]).kind).toBe("invalid");
    expect(evaluateFormula(catalog, "INVESTORS", ["Megvii", null, 3]).kind).toBe("invalid");
  });

  it("returns invalid naming the signature when there are too many arguments", () => {
    expect(evaluateFormula(catalog, "TOTALRAISED", ["SenseTime", "C"])).toMatchObject({
      kind: "invalid",
      message: "DEALS.TOTALRAISED takes at most 1 argument: TOTALRAISED(company).",
    });
  });

  it("returns invalid describing an argument that is neither text nor a number", () => {
    expect(evaluateFormula(catalog, "AIROUND", [Object.create(null), "C"])).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining(
        "The company name must be text, not a value that is not text, a number or TRUE/FALSE.",
      ),
    });
  });

  it("returns invalid instead of throwing when the lookup itself fails", () => {
    const broken = new Proxy(catalog, {
      get() {
        throw new Error("index unavailable");
      },
    });
    expect(evaluateFormula(broken, "AIROUND", ["SenseTime", "C"])).toEqual({
      kind: "invalid",
      message: "DEALS.AIROUND could not evaluate these arguments (index unavailable).",
      allowed: [],
    });
  });
});

describe("signature", () => {
  it("returns the function with its parameters, optional ones bracketed", () => {
    expect(signature("AIROUND")).toBe("AIROUND(company, round, [field])");
    expect(FUNCTION_NAMES.every((name) => FUNCTION_PARAMETERS[name].length > 0)).toBe(true);
  });
});

describe("valueCell", () => {
  it("returns a lower bound as the bound value", () => {
    expect(valueCell({ type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" })).toBe(
      4.5e9,
    );
    expect(valueCell({ type: "count", count: 400, bound: "atLeast" })).toBe(400);
  });

  it("returns the 1st of the month for a month-precision date and the year for a year", () => {
    expect(valueCell({ type: "date", iso: "2017-07", precision: "month" })).toBe(42917);
    expect(valueCell({ type: "date", iso: "2014", precision: "year" })).toBe(2014);
  });
});

describe("usdCell", () => {
  it("returns another currency written out rather than its number", () => {
    expect(usdCell({ type: "money", amount: 1e12, currency: "CNY", bound: "exact" })).toBe(
      "CNY 1T",
    );
  });
});

describe("AIROUND on a round reported in yuan", () => {
  const inYuan = catalogInYuan();

  it("writes the yuan figure out, never as a number read as US dollars", () => {
    expect(airound(inYuan, "SenseTime", "C")).toEqual(ok("CNY 600M"));
    expect(airound(inYuan, "SenseTime", "C", "valuation")).toEqual(ok("more than CNY 4.5B"));
    expect(airound(inYuan, "SenseTime", "C", "currency")).toEqual(ok("CNY"));
    expect(evaluateFormula(inYuan, "AIROUND", ["SenseTime", "C"])).toEqual(ok("CNY 600M"));
  });
});

describe("headersArgument", () => {
  it.each([
    [undefined, true],
    [null, true],
    [1, true],
    [0, false],
    [true, true],
    [false, false],
    ["1", true],
    [" 0 ", false],
    ["", true],
    ["TRUE", true],
    ["false", false],
    ["Yes", true],
    ["no", false],
    [{ type: "Double", basicValue: 0 }, false],
  ])("returns ok for %j", (value, expected) => {
    expect(headersArgument(value)).toEqual(ok(expected));
  });

  it.each([2, -1, 0.5, "headers", NaN])("returns invalid for %j", (value) => {
    expect(headersArgument(value).kind).toBe("invalid");
  });
});

describe("asNumber", () => {
  it("returns numbers and failures unchanged and text as invalid", () => {
    expect(asNumber(ok(1))).toEqual(ok(1));
    expect(asNumber(notReported("x")).kind).toBe("notReported");
    expect(asNumber(ok("text")).kind).toBe("invalid");
  });
});

describe("explainFormula", () => {
  const shown = (name: FunctionName, args: unknown[]) => {
    const fact = explainFormula(catalog, name, args);
    return fact?.kind === "ok"
      ? { value: fact.value.value, inferred: fact.value.inferred !== undefined }
      : fact?.kind;
  };

  it("returns the fact behind each single-value function, with its qualifier", () => {
    expect(shown("VALUATION", ["SenseTime"])).toEqual({
      value: { type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" },
      inferred: false,
    });
    expect(shown("AIROUND", ["SenseTime", "C", "date"])).toEqual({
      value: { type: "date", iso: "2018-04-09", precision: "day" },
      inferred: true,
    });
    expect(shown("COMPANY", ["SenseTime", "partners"])).toEqual({
      value: { type: "count", count: 400, bound: "atLeast" },
      inferred: false,
    });
    expect(shown("MARKET", ["China", 2030, "CNY"])).toEqual({
      value: { type: "money", amount: 1e12, currency: "CNY", bound: "exact" },
      inferred: false,
    });
  });

  it("agrees with evaluateFormula on values and failures", () => {
    const cases: [FunctionName, unknown[]][] = [
      ["AIROUND", ["SenseTime", "C"]],
      ["TOTALRAISED", ["Face++"]],
      ["VALUATION", ["Megvii"]],
      ["AIROUND", ["SenseTme", "C"]],
      ["COMPANY", ["SenseTime", "revenue"]],
    ];
    for (const [name, args] of cases) {
      const fact = explainFormula(catalog, name, args);
      const value = evaluateFormula(catalog, name, args);
      expect(fact?.kind).toBe(value.kind);
      if (fact?.kind === "ok" && value.kind === "ok") {
        expect(valueCell(fact.value.value)).toBe(value.value);
      }
    }
  });

  it("returns undefined for the spills, AISOURCE and too many arguments", () => {
    expect(explainFormula(catalog, "AIROUNDS", ["SenseTime"])).toBeUndefined();
    expect(explainFormula(catalog, "AISOURCE", ["SenseTime"])).toBeUndefined();
    expect(explainFormula(catalog, "TOTALRAISED", ["SenseTime", 1])).toBeUndefined();
  });
});

describe("a field typed where the round belongs", () => {
  const answer = (name: FunctionName, args: unknown[]) => {
    const result = evaluateFormula(catalog, name, args);
    return result.kind === "ok" ? result.value : `${result.kind}: ${result.message}`;
  };

  it("says which call AIROUND needs instead of 'Unknown round'", () => {
    expect(answer("AIROUND", ["SenseTime", "valuation"])).toBe(
      `invalid: 'valuation' is a field, not a round. Put the round before it: =DEALS.AIROUND("SenseTime","latest","valuation").`,
    );
  });

  it.each([
    ["VALUATION", ["SenseTime", "post-money"]],
    ["INVESTORS", ["SenseTime", "lead investors"]],
    ["AIROUND", ["SenseTime", "rounds", "amount"]],
  ] as const)("refuses %s(%j) as a field, not a round", (name, args) => {
    expect(answer(name, [...args])).toMatch(/^invalid: '[^']+' is a field, not a round\. /);
  });

  it("answers AISOURCE(company, field) as the company field's source", () => {
    expect(answer("AISOURCE", ["SenseTime", "founded"])).toBe(
      answer("AISOURCE", ["SenseTime", null, "founded"]),
    );
    expect(answer("AISOURCE", ["SenseTime", "founded"])).toMatch(/^"Founded in 2014/);
    expect(answer("AISOURCE", ["SenseTime", "amount"])).toMatch(
      /^invalid: 'amount' is a round field: add the round/,
    );
  });
});

describe("INVESTORS with the header flag where the round belongs", () => {
  it("says the headers come after the round", () => {
    expect(evaluateFormula(catalog, "INVESTORS", ["SenseTime", false])).toMatchObject({
      kind: "invalid",
      message:
        'The round must be text or a number, not FALSE. Headers come after the round: =DEALS.INVESTORS("SenseTime",,0) for every round.',
    });
  });
});
