import { optionKey } from "../core/argument";

/**
 * The spellings a field argument accepts, keyed without case, spaces or punctuation: each field,
 * its aliases (the column headers and card labels the add-in prints among them), and for a figure
 * or a date, each of its spellings followed by its aspect ("Post-money valuation (USD) qualifier",
 * "announced precision").
 * @example fieldNames(["amount", "amount qualifier"], { "Amount (USD)": "amount" }, { amount: "amount qualifier" }).get("amountusdqualifier") // "amount qualifier"
 */
export function fieldNames<F extends string>(
  fields: readonly F[],
  aliases: Readonly<Record<string, F>>,
  aspects: Readonly<Partial<Record<F, F>>>,
): Map<string, F> {
  const names = new Map<string, F>();
  const spellings: [string, F][] = [
    ...fields.map((f) => [f, f] as [string, F]),
    ...(Object.entries(aliases) as [string, F][]),
  ];
  for (const [spelling, field] of spellings) {
    names.set(optionKey(spelling), field);
    const aspect = aspects[field];
    // The aspect's own word: "amount qualifier" → "qualifier".
    if (aspect) names.set(optionKey(`${spelling} ${aspect.split(" ").at(-1)}`), aspect);
  }
  return names;
}
