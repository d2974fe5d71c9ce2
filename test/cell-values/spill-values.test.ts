import { OfficeMockObject } from "office-addin-mock";
import "../functions/custom-functions-shim";
import { sheetValue, spillValues } from "../../src/cell-values/spill-values";
import {
  AIROUND,
  AIROUNDS,
  COMPANY,
  INVESTMENTS,
  INVESTORS,
  MARKET,
  TOTALRAISED,
  VALUATION,
} from "../../src/functions/functions";
import type { SpillCell } from "../../src/domain/formulas/formula-cells";
import { releaseSources, SOURCES_READY_KEY } from "../../src/runtime/sources-ready";

const atLeast: SpillCell = { type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" };
const exact: SpillCell = { type: "money", amount: 6e8, currency: "USD", bound: "exact" };
const month: SpillCell = { type: "date", iso: "2017-10", precision: "month" };
const day: SpillCell = { type: "date", iso: "2018-04-09", precision: "day" };
const year: SpillCell = { type: "date", iso: "2014", precision: "year" };
const names: SpillCell = { type: "text", text: "Alibaba" };

describe("spillValues", () => {
  const withTypes = { formats: true, doubleFormats: true };

  it("keeps a lower bound a lower bound: the number, shown with '> '", () => {
    expect(spillValues([[atLeast, exact]], withTypes)).toEqual([
      [{ type: "Double", basicValue: 4.5e9, numberFormat: '"> "$#,##0.00,,,"B"' }, 6e8],
    ]);
  });

  it("shows a date at the precision the source gives, a year as the year", () => {
    expect(spillValues([[month, day, year]], withTypes)).toEqual([
      [
        { type: "Double", basicValue: 43009, numberFormat: "mmm yyyy" },
        { type: "Double", basicValue: 43199, numberFormat: "d mmm yyyy" },
        2014,
      ],
    ]);
  });

  it("uses FormattedNumber before ExcelApi 1.19, plain cells without data types", () => {
    expect(spillValues([[atLeast]], { formats: true, doubleFormats: false })).toEqual([
      [{ type: "FormattedNumber", basicValue: 4.5e9, numberFormat: '"> "$#,##0.00,,,"B"' }],
    ]);
    expect(
      spillValues([["Series C", atLeast, month, names]], { formats: false, doubleFormats: false }),
    ).toEqual([["Series C", 4.5e9, 43009, "Alibaba"]]);
  });
});

describe("sheetValue", () => {
  it("formats a single lower bound, count or date the same way as a spilled one", () => {
    const partners: SpillCell = { type: "count", count: 400, bound: "atLeast" };
    const options = { formats: true, doubleFormats: false };
    expect(sheetValue(partners, options)).toEqual({
      type: "FormattedNumber",
      basicValue: 400,
      numberFormat: '"> "#,##0',
    });
    expect(sheetValue(day, options)).toEqual(spillValues([[day]], options)[0][0]);
    expect(sheetValue(exact, options)).toBe(6e8);
    expect(sheetValue(partners, { formats: false, doubleFormats: false })).toBe(400);
  });
});

describe("functions in a host with data types", () => {
  beforeEach(() => {
    const office = new OfficeMockObject({
      context: { requirements: { isSetSupported: () => true } },
    });
    Object.assign(globalThis, { Office: office });
    releaseSources();
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "Office");
    Reflect.deleteProperty(globalThis, SOURCES_READY_KEY);
  });

  it("AIROUNDS shows SenseTime's 'exceeding $4.5 billion' as a lower bound, never as exact", () => {
    const rows = AIROUNDS("SenseTime", 0) as unknown[][];
    const seriesC = rows.find((row) => row[0] === "Series C");
    expect(seriesC?.[5]).toEqual({
      type: "Double",
      basicValue: 4.5e9,
      numberFormat: '"> "$#,##0.00,,,"B"',
    });
    expect(seriesC?.[2]).toBe(6e8);
    expect(seriesC?.[1]).toEqual({ type: "Double", basicValue: 43199, numberFormat: "d mmm yyyy" });
  });

  it("INVESTORS and INVESTMENTS show a month-precision round as a month", () => {
    const investors = INVESTORS("Megvii", "C", 0) as unknown[][];
    const investments = INVESTMENTS("Ant Financial", true, 0) as unknown[][];
    const monthOnly = { type: "Double", basicValue: 43009, numberFormat: "mmm yyyy" };
    expect(investors[0]?.[3]).toEqual(monthOnly);
    expect(investments[0]?.[2]).toEqual(monthOnly);
  });

  it("single-value functions keep a lower bound and a date reading as the source gives them", () => {
    const valuation = { type: "Double", basicValue: 4.5e9, numberFormat: '"> "$#,##0.00,,,"B"' };
    expect(VALUATION("SenseTime")).toEqual(valuation);
    expect(AIROUND("SenseTime", "C", "valuation")).toEqual(valuation);
    expect(COMPANY("SenseTime", "valuation")).toEqual(valuation);
    expect(COMPANY("SenseTime", "partners")).toEqual({
      type: "Double",
      basicValue: 400,
      numberFormat: '"> "#,##0',
    });
    expect(AIROUND("SenseTime", "C", "date")).toEqual({
      type: "Double",
      basicValue: 43199,
      numberFormat: "d mmm yyyy",
    });
    expect(AIROUND("Megvii", "C", "date")).toEqual({
      type: "Double",
      basicValue: 43009,
      numberFormat: "mmm yyyy",
    });
  });

  it("exact figures, years and text stay plain cells", () => {
    expect(AIROUND("SenseTime", "C")).toBe(6e8);
    expect(TOTALRAISED("SenseTime")).toBe(1.01e9);
    expect(MARKET("China", 2030)).toBe(1.584e11);
    expect(COMPANY("SenseTime", "founded")).toBe(2014);
    expect(COMPANY("SenseTime", "ceo")).toBe("Xu Li");
  });
});
