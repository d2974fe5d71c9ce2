/**
 * The DEALS custom functions: thin adapters over the pure formulas in src/domain/formulas.ts.
 * custom-functions-metadata-plugin builds functions.json from these JSDoc comments (what analysts
 * read in Excel's autocomplete) and appends the CustomFunctions.associate calls itself.
 *
 * Parameter types are what Excel is told to pass: a union such as `string | number` becomes the
 * metadata type "any", so a round can be typed as "C" or as the number 2, and the flags and the year
 * reach the domain as typed ("TRUE", "2030E"): Excel would refuse text for a number or boolean
 * parameter with a bare #VALUE! before the function could say what to write instead. Every function answers
 * with a value or throws a CustomFunctions.Error (#N/A or #VALUE!) whose message says what to fix.
 */
import {
  airoundValue,
  airoundsValues,
  aisource,
  asNumber,
  companyFactValue,
  investmentsValues,
  investorsValues,
  marketValue,
  totalraisedValue,
  valuationValue,
} from "../domain/formulas/formulas";
import { companyProfile, type CompanyProfile } from "../domain/facts/company-profile";
import { toEntity } from "../cell-values/profile-entity";
import { sheetValue, spillValues } from "../cell-values/spill-values";
import { andThen, ok, type Result } from "../domain/core/result";
import type { SpillCell } from "../domain/formulas/formula-cells";
import { catalogStore } from "./catalog-root";
import { answer } from "./to-excel-error";

/**
 * A spill for Excel: a lower bound, a day or a month carries its number format where the host has
 * data types, so it reads as the source gives it (see src/cell-values/spill-values.ts). The
 * functions spell this type out in their signatures, which is where the metadata plugin reads a
 * result's type and dimensionality from.
 */
type SpilledCells = SheetCell[][];

/** One cell's answer for Excel: a number, text, or a number carrying its format. */
type SheetCell = number | string | Excel.CellValue;

const spilled = (result: Result<SpillCell[][]>): Result<SpilledCells> =>
  andThen(result, (rows) => ok(spillValues(rows)));

/**
 * A single value for Excel, shown as the spills show it: where the host has data types, a lower
 * bound ("> $4.50B") or a day or month ("Oct 2017") keeps its reading through its number format,
 * and stays a number to compute with. The playground answers from the same `*Value` functions.
 */
const sheetCell = (result: Result<SpillCell>): Result<SheetCell> =>
  andThen(result, (value) => ok(sheetValue(value)));

/** `sheetCell` for the functions that always answer a number (VALUATION, TOTALRAISED, MARKET). */
const numberCell = (result: Result<SpillCell>): Result<number | Excel.CellValue> =>
  andThen(sheetCell(result), (value) =>
    typeof value === "string" ? asNumber(ok(value)) : ok(value),
  );

/** The catalog as of this call: added sources show in the next recalculation. */
const catalog = () => catalogStore.current();

/**
 * One fact of one funding round. =DEALS.AIROUND("SenseTime","C") → 600000000; =DEALS.AIROUND("SenseTime","Jul 2017","lead") → "CDH Investments; Sailing Capital"; =DEALS.AIROUND("SenseTime","C","valuation qualifier") → "exceeding".
 * @customfunction AIROUND
 * @helpurl https://localhost:3000/help.html#deals-airound
 * @param company Company name or alias, e.g. "SenseTime", "Face++", "商汤".
 * @param round "C", "Series C", "C round", "Series C+" (its own round), "Seed", "latest", "first", a position from the oldest (1, 2), or the round's month: "2017-07", "Jul 2017", "Apr-18", a day of it ("2018-04-09", "9 Apr 2018").
 * @param [field] amount (default, round size in USD), date, series, round, lead, other, investors, valuation, currency, source; amount qualifier, valuation qualifier (exact / exceeding / more than), date precision (day, month, year; "(inferred)"). Column headers work too.
 * @returns The value: USD amounts as numbers (another currency as text, "CNY 500M"), dates as date serials, names as text.
 */
export function AIROUND(
  company: string,
  round: string | number,
  field?: string,
): number | string | Excel.CellValue {
  return answer(() => sheetCell(airoundValue(catalog(), company, round, field)));
}

/**
 * Post-money valuation in USD after a round; a lower bound ("exceeding $4.5 billion") is returned as the bound, shown as "> $4.50B" where Excel has data types. =DEALS.VALUATION("SenseTime") → 4500000000.
 * @customfunction VALUATION
 * @helpurl https://localhost:3000/help.html#deals-valuation
 * @param company Company name or alias, e.g. "SenseTime".
 * @param [round] The round, e.g. "C" or 2; default the latest round that reports a valuation.
 * @returns The valuation in USD.
 */
export function VALUATION(company: string, round?: string | number): number | Excel.CellValue {
  return answer(() => numberCell(valuationValue(catalog(), company, round)));
}

/**
 * Spills every round of a company, oldest first: round, announced, amount (USD), lead investors, other investors, post-money valuation (USD). =DEALS.AIROUNDS("SenseTime").
 * @customfunction AIROUNDS
 * @helpurl https://localhost:3000/help.html#deals-airounds
 * @param company Company name or alias, e.g. "SenseTime".
 * @param [headers] 1 or TRUE (default) for a header row, 0 or FALSE for none.
 * @returns One row per round; values the source does not give read "Not reported"; a partial list of investors ends "others not named".
 */
export function AIROUNDS(
  company: string,
  headers?: number | string | boolean,
): Array<Array<string | number | Excel.CellValue>> {
  return answer(() => spilled(airoundsValues(catalog(), company, headers)));
}

/**
 * Spills the investors of a company's rounds in the article's order with their role (lead / participant) and affiliation; a partial list ends with an "Others not named" row. =DEALS.INVESTORS("SenseTime","C").
 * @customfunction INVESTORS
 * @helpurl https://localhost:3000/help.html#deals-investors
 * @param company Company name or alias, e.g. "Megvii".
 * @param [round] Only this round, e.g. "C" or 2; default every round.
 * @param [headers] 1 or TRUE (default) for a header row, 0 or FALSE for none.
 * @returns One row per investor and round: investor, role, round, announced, affiliation.
 */
export function INVESTORS(
  company: string,
  round?: string | number,
  headers?: number | string | boolean,
): Array<Array<string | number | Excel.CellValue>> {
  return answer(() => spilled(investorsValues(catalog(), company, round, headers)));
}

/**
 * Spills the rounds an investor took part in, oldest first, with the round's size (not the investor's share) and its role; rounds joined through an affiliate read e.g. "participant (via Ant Financial)". =DEALS.INVESTMENTS("Alibaba").
 * @customfunction INVESTMENTS
 * @helpurl https://localhost:3000/help.html#deals-investments
 * @param investor Investor name or alias, e.g. "Alibaba", "Ant Financial".
 * @param [includeAffiliates] TRUE (default) to include rounds joined by the investor's affiliates, FALSE for its own only.
 * @param [headers] 1 or TRUE (default) for a header row, 0 or FALSE for none.
 * @returns One row per round: company, round, announced, round size (USD), role.
 */
export function INVESTMENTS(
  investor: string,
  includeAffiliates?: boolean | number | string,
  headers?: number | string | boolean,
): Array<Array<string | number | Excel.CellValue>> {
  return answer(() => spilled(investmentsValues(catalog(), investor, includeAffiliates, headers)));
}

/**
 * Raised in reported rounds: the sum in USD of the rounds the article reports for a company (not a lifetime total). =DEALS.TOTALRAISED("SenseTime") → 1010000000.
 * @customfunction TOTALRAISED
 * @helpurl https://localhost:3000/help.html#deals-totalraised
 * @param company Company name or alias, e.g. "SenseTime".
 * @returns The sum in USD of the reported rounds.
 */
export function TOTALRAISED(company: string): number | Excel.CellValue {
  return answer(() => numberCell(totalraisedValue(catalog(), company)));
}

/**
 * A company fact. =DEALS.COMPANY("SenseTime","founded") → 2014; =DEALS.COMPANY("SenseTime","ceo") → "Xu Li".
 * @customfunction COMPANY
 * @helpurl https://localhost:3000/help.html#deals-company
 * @param company Company name or alias, e.g. "SenseTime".
 * @param field founded (year), ceo, country, partners (count), partnerlist, sectors (of its partnerships), focus, description, rounds, investors, raised (in reported rounds), valuation; founded precision, partners / raised / valuation qualifier.
 * @returns The fact: a number for founded, partners, rounds, raised and valuation, else text.
 */
export function COMPANY(company: string, field: string): number | string | Excel.CellValue {
  return answer(() => sheetCell(companyFactValue(catalog(), company, field)));
}

/**
 * The article's sentence behind a fact, with its headline and date. =DEALS.AISOURCE("SenseTime","C","valuation").
 * @customfunction AISOURCE
 * @helpurl https://localhost:3000/help.html#deals-aisource
 * @param company Company name or alias, e.g. "SenseTime".
 * @param [round] The round, e.g. "C"; omit it for a company fact.
 * @param [field] A round field (default amount) or, without a round, a company field (default description); a field of the other kind says to add or drop the round.
 * @returns "quote" — headline, date.
 */
export function AISOURCE(company: string, round?: string | number, field?: string): string {
  return answer(() => aisource(catalog(), company, round, field));
}

/**
 * The source's AI market target for a country and year. =DEALS.MARKET("China",2030) → 158400000000; =DEALS.MARKET("China",2030,"CNY") → 1000000000000.
 * @customfunction MARKET
 * @helpurl https://localhost:3000/help.html#deals-market
 * @param country Country, e.g. "China", "PRC", "CN", "中国".
 * @param year Target year, e.g. 2030, "FY2030", "2030E" or a date in that year.
 * @param [currency] USD (default, also "US$") or CNY (also "RMB", "yuan"), any case.
 * @returns The target amount.
 */
export function MARKET(
  country: string,
  year: number | string,
  currency?: string,
): number | Excel.CellValue {
  return answer(() => numberCell(marketValue(catalog(), country, year, currency)));
}

/**
 * A company card (Excel data type): founded, CEO, focus, rounds, raised in reported rounds, latest valuation, partners, partnership sectors and investors, each citing the article passage behind it. =DEALS.PROFILE("SenseTime") → SenseTime (card); =A1.[Raised in reported rounds] → 1010000000.
 * @customfunction PROFILE
 * @helpurl https://localhost:3000/help.html#deals-profile
 * @param company Company name or alias, e.g. "SenseTime", "Face++", "商汤".
 * @returns A company card (an entity value; Excel without data types shows #VALUE!).
 */
export function PROFILE(company: string): Excel.EntityCellValue {
  // The card is built inside `answer`, so it waits for the workbook's sources like every answer.
  return answer(() =>
    andThen(companyProfile(catalog(), company), (profile) => ok(cardOf(profile))),
  );
}

// Excel copies a returned value into the cell, so one card per profile can be shared. Profiles are
// built once per company record, and a change of sources builds new records: old cards drop out.
const cards = new WeakMap<CompanyProfile, Excel.EntityCellValue>();

function cardOf(profile: CompanyProfile): Excel.EntityCellValue {
  const card = cards.get(profile) ?? toEntity(profile);
  cards.set(profile, card);
  return card;
}
