import type { DateFact, MoneyFact } from "../catalog/entities";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date at the precision the source gives it.
 * @example formatDate({ iso: "2017-07", precision: "month" }) // "Jul 2017"
 */
export function formatDate(date: Pick<DateFact, "iso" | "precision">): string {
  const [year, month, day] = date.iso.split("-").map(Number);
  switch (date.precision) {
    case "year":
      return String(year);
    case "month":
      return `${MONTHS[month - 1]} ${year}`;
    case "day":
      return `${day} ${MONTHS[month - 1]} ${year}`;
  }
}

/**
 * An amount the way a memo writes it, with its qualifier.
 * @example formatMoney({ amount: 4.5e9, currency: "USD", bound: "atLeast" }) // "more than $4.5B"
 */
export function formatMoney(money: Pick<MoneyFact, "amount" | "currency" | "bound">): string {
  const symbol = money.currency === "USD" ? "$" : "CNY ";
  const [scaled, unit] =
    money.amount >= 1e12
      ? [money.amount / 1e12, "T"]
      : money.amount >= 1e9
        ? [money.amount / 1e9, "B"]
        : [money.amount / 1e6, "M"];
  const figure = `${symbol}${Number(scaled.toFixed(2))}${unit}`;
  return money.bound === "atLeast" ? `more than ${figure}` : figure;
}

/**
 * Excel's serial number for the first day a date can mean (the 1st of a month-precision date).
 * Excel counts days from 1899-12-30 (its 1900 leap-year bug makes that the right epoch after March 1900).
 * @example excelSerial("2018-04-09") // 43199
 */
export function excelSerial(iso: string): number {
  const [year, month = 1, day = 1] = iso.split("-").map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
