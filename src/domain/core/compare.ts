/**
 * Orders ISO dates and ids by code unit: the order they mean, at a fraction of `localeCompare`'s
 * cost (sorts of thousands of rounds run on every table build).
 * @example ["2018-04", "2017-07"].sort(compareText) // ["2017-07", "2018-04"]
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
