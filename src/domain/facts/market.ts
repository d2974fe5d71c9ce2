import { CURRENCIES, type Currency } from "../catalog/entities";
import { omittedIfBlank, plainArgument, quoteArgument, textArgument } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import { andThen, invalid, notFound, notReported, ok, type Result } from "../core/result";
import { money, type Sourced } from "../core/value";
import { isoOfDateSerial } from "../core/date-serial";
import { monthOfText } from "./round-dates";

/**
 * How analysts write the currencies, compared by `nameKey` (any case, no spaces or dots; "$" and
 * Chinese characters kept, so "US$" and "人民币" stay apart from other text).
 */
const CURRENCY_NAMES = new Map<string, Currency>([
  ["usd", "USD"],
  ["us$", "USD"],
  ["$", "USD"],
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["usdollar", "USD"],
  ["usdollars", "USD"],
  ["cny", "CNY"],
  ["rmb", "CNY"],
  ["yuan", "CNY"],
  ["renminbi", "CNY"],
  ["¥", "CNY"],
  ["cn¥", "CNY"],
  ["rmbyuan", "CNY"],
  ["usd$", "USD"],
  ["元", "CNY"],
  ["人民币", "CNY"],
]);

/** Other names of the countries the sources give figures for, by `nameKey`. */
const COUNTRY_NAMES = new Map<string, string>([
  ["prc", "China"],
  ["cn", "China"],
  ["chn", "China"],
  ["peoplesrepublicofchina", "China"],
  ["thepeoplesrepublicofchina", "China"],
  ["mainlandchina", "China"],
  ["prchina", "China"],
  ["中国", "China"],
  ["中华人民共和国", "China"],
]);

/**
 * A name compared without case, spaces, dots, apostrophes or hyphens.
 * @example nameKey("People's Republic of China") // "peoplesrepublicofchina"
 */
const nameKey = (text: string): string => text.toLowerCase().replace(/[\s.'’\-_]+/g, "");

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
    const key = COUNTRY_NAMES.get(nameKey(name)) ?? name;
    const ofCountry = figures.filter((f) => nameKey(f.country) === nameKey(key));
    if (ofCountry.length === 0) {
      return notFound(
        `No market figure for ${quoteArgument(name)}. The source has: ${countries.join(", ")}.`,
      );
    }
    const years = ofCountry.map((f) => f.year).join(", ");
    const asYear = yearOf(year);
    if (typeof asYear !== "number" || !Number.isInteger(asYear) || asYear < 1) {
      return invalid(
        `The year must be a whole number from 1, such as ${years}, not ${quoteArgument(asYear)}.`,
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

/**
 * A year as analysts write one: 2030, "2030", "FY2030", "2030E" (an estimate's year), or a date in
 * it (a cell holding 1 Jan 2030 passes its serial, 47484; a date typed as text, "2030-12-31" or
 * "Dec 2030", as a round's date is read). Anything else is returned as its plain value (a cell
 * value's, a one-cell range's), which is how a message quotes it.
 * @example yearOf("2030E")      // 2030
 * @example yearOf(47484)        // 2030
 * @example yearOf("2030-12-31") // 2030
 */
function yearOf(value: unknown): unknown {
  const plain = plainArgument(value);
  if (typeof plain === "number") {
    const day = isoOfDateSerial(plain);
    return day === undefined ? plain : Number(day.slice(0, 4));
  }
  if (typeof plain !== "string") return plain;
  // NFKC: full-width digits ("２０３０") as typed with an East Asian keyboard.
  const text = plain.normalize("NFKC").trim();
  const written = YEAR_TEXT.exec(text);
  if (written) return Number(written[1]);
  const dated = monthOfText(text.toLowerCase());
  return dated && "month" in dated ? Number(dated.month.slice(0, 4)) : plain;
}

/** "2030", "FY2030", "FY 2030", "CY2030", "2030E", "2030e", "2030F", "2030年". */
const YEAR_TEXT = /^(?:[fc]y\s?)?(\d{4})[efp年]?$/i;

function currencyArgument(value: unknown): Result<Currency> {
  const currency = omittedIfBlank(value);
  if (currency === undefined) return ok("USD");
  const code = typeof currency === "string" ? CURRENCY_NAMES.get(nameKey(currency)) : undefined;
  const allowed = [...CURRENCIES];
  return code
    ? ok(code)
    : invalid(`Unknown currency ${quoteArgument(currency)}. Use ${allowed.join(" or ")}.`, allowed);
}
