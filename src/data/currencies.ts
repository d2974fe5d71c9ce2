/** Currencies the sources report figures in (apart from the schema, so that code reading them does not load it). */
export const CURRENCIES = ["USD", "CNY"] as const;
