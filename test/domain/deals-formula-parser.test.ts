import { FormulaError, type ParserArgument } from "fast-formula-parser";
import { dealsFormulaParser, type DealsName } from "../../src/domain/formulas/deals-formula-parser";
import { FUNCTION_NAMES } from "../../src/domain/formulas/function-names";

const AT = { sheet: "Sheet1", row: 1, col: 1 };

const argumentOf = (arg: ParserArgument): unknown => {
  if (arg.omitted) return null;
  return arg.value instanceof FormulaError ? arg.value.error : arg.value;
};

/** A parser that records every DEALS call and answers with the call's name length. */
function recording() {
  const calls: { name: DealsName; args: unknown[] }[] = [];
  const parser = dealsFormulaParser({
    call: (name: DealsName, args: ParserArgument[]) => {
      calls.push({ name, args: args.map(argumentOf) });
      return name.length;
    },
    onCell: (ref) => `cell ${ref.address ?? ""}`,
    onRange: () => [[2, 3]],
  });
  return { calls, parser };
}

describe("dealsFormulaParser", () => {
  it("returns each DEALS call's answer inside a larger expression, arguments evaluated", () => {
    const { calls, parser } = recording();
    expect(parser.parse('DEALS.AIROUND("Sense"&"Time",MID("xCx",2,1))+1', AT)).toBe(8);
    expect(calls).toEqual([{ name: "AIROUND", args: ["SenseTime", "C"] }]);
  });

  it("routes every DEALS function, PROFILE included, to the same call", () => {
    const { calls, parser } = recording();
    for (const name of [...FUNCTION_NAMES, "PROFILE"]) parser.parse(`DEALS.${name}("x")`, AT);
    expect(calls.map((c) => c.name)).toEqual([...FUNCTION_NAMES, "PROFILE"]);
  });

  it("returns cells and ranges from the hooks, and #NAME? for a defined name", () => {
    const { calls, parser } = recording();
    expect(parser.parse("DEALS.VALUATION(B2, Revenue)", AT)).toBe(9);
    expect(calls).toEqual([{ name: "VALUATION", args: ["cell B2", "#NAME?"] }]);
    expect(parser.parse("SUM(A1:B1)", AT)).toBe(5);
  });
});
