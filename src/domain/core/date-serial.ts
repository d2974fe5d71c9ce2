/**
 * Excel date serials passed where a date is meant. A cell holding "2017-07" holds the date
 * 1 Jul 2017 (serial 42917); a reference to it passes the serial (with a fraction for a time of
 * day). Numbers from 1 Jan 2000 (36526) to 31 Dec 9999 are read as dates; smaller ones, such as a
 * year (2017) or a position (2), are left as numbers, never misread as a date in 1905.
 */
const FIRST_DATE_SERIAL = 36_526;
const LAST_DATE_SERIAL = 2_958_465;

/**
 * The day ("YYYY-MM-DD") a number denotes as an Excel date serial, or undefined for a number
 * outside the dates read as such.
 * @example isoOfDateSerial(43199.5) // "2018-04-09"
 * @example isoOfDateSerial(2017)    // undefined
 */
export function isoOfDateSerial(serial: number): string | undefined {
  if (!(serial >= FIRST_DATE_SERIAL && serial <= LAST_DATE_SERIAL)) return undefined;
  const day = Math.floor(serial);
  return new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).toISOString().slice(0, 10);
}
