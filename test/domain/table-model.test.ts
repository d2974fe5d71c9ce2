import { catalog } from "../bundled-catalog";
import { numberFormatOf } from "../../src/domain/presentation/number-format";
import { displayValue, tableFootnote } from "../../src/domain/tables/table-model";
import type { Value } from "../../src/domain/core/value";

const money = (
  amount: number,
  bound: "exact" | "atLeast" = "exact",
  currency: "USD" | "CNY" = "USD",
): Value => ({ type: "money", amount, currency, bound });
const usd = money;

describe("displayValue and numberFormatOf", () => {
  it.each<[Value, string, string]>([
    [usd(6e8), "$600.0M", '$#,##0.0,,"M"'],
    [usd(1.01e9), "$1.01B", '$#,##0.00,,,"B"'],
    [usd(4.5e9, "atLeast"), "> $4.50B", '"> "$#,##0.00,,,"B"'],
    [money(1e12, "exact", "CNY"), "CNY 1,000.00B", '"CNY "#,##0.00,,,"B"'],
    [{ type: "date", iso: "2018-04-09", precision: "day" }, "9 Apr 2018", "d mmm yyyy"],
    [{ type: "date", iso: "2017-07", precision: "month" }, "Jul 2017", "mmm yyyy"],
    [{ type: "date", iso: "2014", precision: "year" }, "2014", "0"],
    [{ type: "count", count: 400, bound: "atLeast" }, "> 400", '"> "#,##0'],
    [{ type: "count", count: 2, bound: "exact" }, "2", "#,##0"],
    [{ type: "text", text: "=1+1" }, "=1+1", "@"],
  ])("returns what Excel shows for %j: %s with %s", (value, display, format) => {
    expect(displayValue(value)).toBe(display);
    expect(numberFormatOf(value)).toBe(format);
  });
});

describe("tableFootnote", () => {
  it("returns the headline, date and dataset version", () => {
    expect(tableFootnote(catalog)).toBe(
      'Source: "New financing lifts valuation of facial recognition startup to $4.5 billion", 10 Apr 2018. AI Deals dataset v1.0.0.',
    );
  });
});
