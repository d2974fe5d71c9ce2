/**
 * Which card features this Excel has, from the requirement sets each one needs (README, Supported
 * Excel versions). Outside Office every answer is false.
 */
import { isSetSupported } from "../cell-values/requirements";

type Supports = (name: string, version: string) => boolean;

/**
 * `=DEALS.PROFILE` formulas: a custom function returning an entity needs CustomFunctionsRuntime 1.4
 * (the data types integration of custom functions). ExcelApi 1.16 alone says nothing about it.
 */
export function profileSupported(supports: Supports = isSetSupported): boolean {
  return supports("CustomFunctionsRuntime", "1.4");
}

/**
 * Entity values written by the pane (`range.valuesAsJson`). ExcelApi 1.16 is not enough: Excel
 * 2021 (perpetual) reports 1.16 yet fails on `valuesAsJson` (office-js #4750). Every build with
 * CustomFunctionsRuntime 1.4 (Microsoft 365 on Windows 2208+, Mac 16.64+, the web) writes them, and
 * no perpetual build has that set, so both are required.
 */
export function entityValuesSupported(supports: Supports = isSetSupported): boolean {
  return supports("ExcelApi", "1.16") && supports("CustomFunctionsRuntime", "1.4");
}
