import { CURRENCIES, type Currency } from "../catalog/entities";
import {
  omittedIfBlank,
  optionKey,
  plainArgument,
  quoteArgument,
  textArgument,
} from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import { andThen, invalid, notFound, notReported, ok, type Result } from "../core/result";
import { money, type Sourced } from "../core/value";

const CURRENCY_NAMES = new Map<string, Currency>([
  ["usd", "USD"],
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["cny", "CNY"],
  ["rmb", "CNY"],
  ["yuan", "CNY"],
]);

/**
 * The source's macro figure: a country's AI industry target for a year, in USD (default) or CNY.
 * @example marketSize(catalog, "China", 2030, "CNY") // ok: 1e12 CNY
 */
export function marketSize(
  catalog: Catalog,
  country: unknown,
  year: unknown,
  currency: unknown = "USD",
): Result<Sourced> {
  const figures = catalog.macro;
  const countries = [...new Set(figures.map((f) => f.country))];
  return andThen(textArgument(country, "country", countries), (name) => {
    const ofCountry = figures.filter((f) => optionKey(f.country) === optionKey(name));
    if (ofCountry.length === 0) {
      return notFound(
        `No market figure for ${quoteArgument(name)}. The source has: ${countries.join(", ")}.`,
      );
    }
    const years = ofCountry.map((f) => f.year).join(", ");
    const plain = plainArgument(year);
    const asYear = typeof plain === "string" && /^\s*\d{4}\s*$/.test(plain) ? Number(plain) : plain;
    if (typeof asYear !== "number" || !Number.isInteger(asYear)) {
      return invalid(
        `The year must be a whole number such as ${years}, not ${quoteArgument(year)}.`,
        [years],
      );
    }
    const figure = ofCountry.find((f) => f.year === asYear);
    if (!figure) {
      const what = `${ofCountry[0].country} AI industry target for ${asYear}`;
      return notReported(`${what} (the source gives ${years})`);
    }
    return andThen(currencyArgument(currency), (code) => {
      const value = figure.values.find((v) => v.currency === code);
      return value
        ? ok(money(value))
        : notReported(`${figure.country} ${figure.year} target in ${code}`);
    });
  });
}

function currencyArgument(value: unknown): Result<Currency> {
  const currency = omittedIfBlank(value);
  if (currency === undefined) return ok("USD");
  const code = typeof currency === "string" ? CURRENCY_NAMES.get(optionKey(currency)) : undefined;
  const allowed = [...CURRENCIES];
  return code
    ? ok(code)
    : invalid(`Unknown currency ${quoteArgument(currency)}. Use ${allowed.join(" or ")}.`, allowed);
}
