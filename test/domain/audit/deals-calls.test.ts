import {
  callsDeals,
  dealsFunctionNames,
  readDealsCalls,
} from "../../../src/domain/audit/deals-calls";
import { catalog } from "../../bundled-catalog";

describe("trace: recognising DEALS calls in a formula", () => {
  it("finds a call alone, inside a larger expression, and ignores the same text in quotes", () => {
    expect(dealsFunctionNames('=DEALS.AIROUND("SenseTime","C")')).toEqual(["AIROUND"]);
    expect(dealsFunctionNames("=IFERROR(deals.valuation(A1)/1000000,0)")).toEqual(["VALUATION"]);
    expect(dealsFunctionNames('="DEALS.AIROUND(" & A1')).toEqual([]);
    expect(dealsFunctionNames("=SUM(B1:B3)")).toEqual([]);
    expect(callsDeals("DEALS.AIROUND(1)")).toBe(false);
    expect(callsDeals(42)).toBe(false);
  });

  it("still finds calls in formulas the parser cannot evaluate (spill and table references)", () => {
    expect(dealsFunctionNames('=A1#+DEALS.TOTALRAISED("Megvii")')).toEqual(["TOTALRAISED"]);
    expect(
      readDealsCalls(catalog, '=SUM(Table1[Amount])+DEALS.AIROUND("SenseTime","C")', "Sheet1"),
    ).toEqual({ kind: "unreadable", names: ["AIROUND"] });
  });

  it("evaluates a call inside a larger expression", () => {
    expect(readDealsCalls(catalog, '=DEALS.AIROUND("SenseTime","C")/1000000', "Sheet1")).toEqual({
      kind: "calls",
      calls: [{ name: "AIROUND", args: ["SenseTime", "C"], value: 600000000 }],
      result: 600,
    });
  });

  it("asks for the cells a DEALS argument reads, then evaluates with their values", () => {
    expect(readDealsCalls(catalog, '=DEALS.AIROUND(A1,"C")', "Sheet1")).toEqual({
      kind: "needsCells",
      refs: ["Sheet1!A1"],
    });
    expect(
      readDealsCalls(catalog, '=DEALS.AIROUND(\'Q1 model\'!$B$2&"","C","date")', "Sheet1"),
    ).toEqual({
      kind: "needsCells",
      refs: ["Q1 model!B2"],
    });
    const cells = new Map([["Sheet1!A1", "SenseTime"]]);
    expect(readDealsCalls(catalog, '=DEALS.AIROUND(A1,"C")', "Sheet1", cells)).toMatchObject({
      kind: "calls",
      calls: [{ name: "AIROUND", args: ["SenseTime", "C"], value: 600000000 }],
    });
  });

  it("does not ask for cells only the rest of the formula reads", () => {
    expect(readDealsCalls(catalog, '=DEALS.AIROUND("SenseTime","C")*B5', "Sheet1")).toMatchObject({
      kind: "calls",
      calls: [{ name: "AIROUND" }],
    });
  });

  it("returns a spill as the formula's result and records failures as Excel errors", () => {
    const spill = readDealsCalls(catalog, '=DEALS.AIROUNDS("SenseTime",0)', "Sheet1");
    expect(spill.kind === "calls" && spill.result === spill.calls[0].value).toBe(true);
    expect(readDealsCalls(catalog, '=DEALS.VALUATION("Megvii")', "Sheet1")).toMatchObject({
      calls: [{ name: "VALUATION", args: ["Megvii"], value: "#N/A" }],
    });
    expect(readDealsCalls(catalog, '=DEALS.NOSUCH("Megvii")', "Sheet1")).toEqual({
      kind: "unreadable",
      names: ["NOSUCH"],
    });
  });
});
