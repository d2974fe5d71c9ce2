import { optionKey, plainArgument } from "../core/argument";
import { notReported, type NotReported } from "../core/result";

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

/**
 * A field analysts ask for that no source in the dataset records, answered as not reported with
 * what to ask instead (rather than as an unknown field): the pre-money valuation, which the
 * dataset does not keep, beside the post-money one it does.
 * @example unrecordedField("Pre-money valuation", "SenseTime")?.message // "Not reported in the source: SenseTime pre-money valuation (the sources' valuations are post-money: ask for \"valuation\")"
 */
export function unrecordedField(value: unknown, owner: string): NotReported | undefined {
  const typed = plainArgument(value);
  if (typeof typed !== "string" || !optionKey(typed).startsWith("premoney")) return undefined;
  return notReported(
    `${owner} pre-money valuation (the sources' valuations are post-money: ask for "valuation")`,
  );
}
