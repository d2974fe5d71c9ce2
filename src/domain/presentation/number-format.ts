/**
 * How a table cell is formatted in Excel: the number format that makes Excel display exactly what
 * `displayValue` shows in the preview. The raw value is `valueCell`'s, as the DEALS functions return.
 */
import type { Value } from "../core/value";

/** Excel's "Text" format: what is written stays text, never a formula, number or date. */
export const TEXT_FORMAT = "@";

/** Excel's number format of a cell nobody formatted. */
export const GENERAL = "General";

/**
 * The number format matching the value's kind, scale, date precision and bound.
 * @example numberFormatOf({ type: "money", amount: 6e8, currency: "USD", bound: "exact" })   // '$#,##0.0,,"M"'
 * @example numberFormatOf({ type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" }) // '"> "$#,##0.00,,,"B"'
 */
export function numberFormatOf(value: Value): string {
  switch (value.type) {
    case "money": {
      const prefix = value.currency === "USD" ? "$" : `"${value.currency} "`;
      const scaled = value.amount >= 1e9 ? `#,##0.00,,,"B"` : `#,##0.0,,"M"`;
      return `${lowerBound(value.bound)}${prefix}${scaled}`;
    }
    case "date":
      return { day: "d mmm yyyy", month: "mmm yyyy", year: "0" }[value.precision];
    case "count":
      return `${lowerBound(value.bound)}#,##0`;
    case "text":
      return TEXT_FORMAT;
  }
}

const lowerBound = (bound: "exact" | "atLeast"): string => (bound === "atLeast" ? `"> "` : "");

/**
 * Whether a number reads wrong without its format: a lower bound (it is not the exact figure) and a
 * day or month (a bare serial reads as a number, and only the format shows the precision). A year
 * is its own number.
 * @example needsNumberFormat({ type: "money", amount: 4.5e9, currency: "USD", bound: "atLeast" }) // true
 * @example needsNumberFormat({ type: "money", amount: 6e8, currency: "USD", bound: "exact" })     // false
 */
export function needsNumberFormat(value: Value): boolean {
  switch (value.type) {
    case "money":
    case "count":
      return value.bound === "atLeast";
    case "date":
      return value.precision !== "year";
    case "text":
      return false;
  }
}
