import { optionArgument, optionKey, plainArgument } from "../core/argument";
import { invalid, notReported, type Invalid, type NotReported, type Result } from "../core/result";

/**
 * The spellings a field argument accepts, keyed without case, spaces or punctuation: each field,
 * its aliases (the column headers and card labels the add-in prints among them), each also with
 * "(USD)" or "(in USD)" after it as headers give it ("Money Raised (in USD)"), and for a figure or
 * a date, each of its spellings followed by its aspect ("Post-money valuation (USD) qualifier",
 * "announced precision").
 * @example fieldNames(["amount", "amount qualifier"], { amount: ["Amount (USD)"] }, { amount: "amount qualifier" }).get("amountusdqualifier") // "amount qualifier"
 */
export function fieldNames<F extends string>(
  fields: readonly F[],
  aliases: Readonly<Partial<Record<F, readonly string[]>>>,
  aspects: Readonly<Partial<Record<F, F>>>,
): Map<string, F> {
  const names = new Map<string, F>();
  const spellings: [string, F][] = fields.flatMap((field) =>
    [field, ...(aliases[field] ?? [])].map((spelling): [string, F] => [spelling, field]),
  );
  for (const [spelling, field] of spellings) {
    const aspect = aspects[field];
    // Each also in USD, as headers give it: "Amount (USD)", "Money Raised (in USD)", "(US$)".
    for (const key of ["", "usd", "inusd", "us"].map((usd) => optionKey(spelling) + usd)) {
      names.set(key, field);
      // The aspect's own word: "amount qualifier" → "qualifier".
      if (aspect) names.set(key + aspect.split(" ").at(-1), aspect);
    }
  }
  return names;
}

/**
 * Fields analysts ask for that no source in the dataset records (by the start of their key), with
 * what the dataset has instead: answered as not reported rather than as an unknown field, and
 * never guessed as a near spelling ("founder" is not "founded").
 */
const UNRECORDED: readonly [RegExp, string][] = [
  [
    /^pre(?:money|val)|^valuationpre/,
    `pre-money valuation (the sources' valuations are post-money: ask for "valuation")`,
  ],
  [/^clos(?:e|ed|ing)date/, `close date (the sources date a round when announced: ask for "date")`],
  [
    /^(?:cofounders?|founders?|foundedby)$/,
    `founders (the dataset records a company's CEO, not its founders: ask for "ceo")`,
  ],
];

/**
 * A field no source records, answered as not reported with what to ask instead.
 * @example unrecordedField("Pre-money valuation", "SenseTime")?.message // "Not reported in the source: SenseTime pre-money valuation (the sources' valuations are post-money: ask for \"valuation\")"
 */
export function unrecordedField(
  value: unknown,
  owner: string | (() => string),
): NotReported | undefined {
  const typed = plainArgument(value);
  if (typeof typed !== "string") return undefined;
  const key = optionKey(typed);
  const known = UNRECORDED.find(([pattern]) => pattern.test(key));
  if (!known) return undefined;
  return notReported(`${typeof owner === "string" ? owner : owner()} ${known[1]}`);
}

/**
 * A scale written after a field, as in a column header "Amount ($M)", "Valuation (USD bn)" or
 * "Amount (in millions)".
 */
const SCALE = /(?:in)?(?:usd)?(?:m|mm|mn|mil|millions?|b|bn|billions?|k|thousands?)$/;

/**
 * A field asked for in a scale (millions, billions): the answers are plain USD, so the field is
 * refused with the name to use and a number format that shows the scale, rather than answered in
 * a unit the header does not say.
 * @example scaledField("Amount ($M)", names)?.message // "Answers are plain USD (600000000 for $600M): ask for \"amount\" and format the cell as $#,##0,,\"M\" to show millions."
 */
export function scaledField<F extends string>(
  value: unknown,
  names: ReadonlyMap<string, F>,
): Invalid | undefined {
  const typed = plainArgument(value);
  if (typeof typed !== "string") return undefined;
  const key = optionKey(typed);
  if (names.has(key)) return undefined;
  const scale = SCALE.exec(key);
  const field = scale ? names.get(key.slice(0, scale.index)) : undefined;
  if (!scale || field === undefined) return undefined;
  const written = scale[0].replace(/^(?:in)?(?:usd)?/, "");
  const billions = /b/.test(written);
  const thousands = /k|th/.test(written);
  const [format, unit, example] = billions
    ? ['$#,##0.0,,,"B"', "billions", "4500000000 for $4.5B"]
    : thousands
      ? ['$#,##0,"K"', "thousands", "50000 for $50K"]
      : ['$#,##0,,"M"', "millions", "600000000 for $600M"];
  return invalid(
    `Answers are plain USD (${example}): ask for "${field}" and format the cell as ${format} to show ${unit}.`,
    [field],
  );
}

/**
 * The field an analyst typed, read the same way by every fact function: a field the sources never
 * record answers "not reported" for `owner`, a field asked for in a scale is refused with the
 * format that shows it, and any other is found by its spellings.
 * @example typedField("Amount ($M)", "SenseTime C:", names, fields).kind // "invalid"
 */
export function typedField<F extends string>(
  value: unknown,
  owner: string | (() => string),
  names: ReadonlyMap<string, F>,
  fields: readonly string[],
): Result<F> {
  return (
    unrecordedField(value, owner) ??
    scaledField(value, names) ??
    optionArgument(value, "field", names, fields)
  );
}
