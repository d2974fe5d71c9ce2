/**
 * How a card cites its source. Excel shows an attribution's `sourceText` as the source's name in
 * the card footer (Microsoft's example: "Wikipedia"), so it holds the article's headline and date,
 * at most {@link SOURCE_NAME_MAX} characters. The passage itself, the words a figure rests on, gets
 * a property of its own beside the fact (`CEO (source)`), shown on the card, usable as
 * `=A1.[CEO (source)]`, and left out of autocomplete and of calc comparison, where the text of a
 * quotation would be noise.
 */
import { formatDate } from "../domain/format";

/** The article a card cites: its headline and ISO date. */
export type CardSource = { headline: string; date: string };

export const SOURCE_NAME_MAX = 100;

/** A fact's cell, the passages behind it and an optional note (the card's sublabel). */
export type CitedCell = { cell: Excel.CellValue; passages: readonly string[]; note?: string };

/**
 * The source's name for the card footer: headline and date, shortened with "…" to fit.
 * @example sourceName({ headline: "New financing lifts valuation", date: "2018-04-10" })
 * // "New financing lifts valuation (10 Apr 2018)"
 */
export function sourceName(source: CardSource): string {
  const date = ` (${formatDate({ iso: source.date, precision: "day" })})`;
  const room = SOURCE_NAME_MAX - date.length;
  const headline =
    source.headline.length > room
      ? `${source.headline.slice(0, room - 1).trimEnd()}…`
      : source.headline;
  return `${headline}${date}`;
}

/**
 * The name of the property that quotes a fact's passages.
 * @example passageProperty("CEO") // "CEO (source)"
 */
export const passageProperty = (name: string): string => `${name} (source)`;

/** Several passages are joined with " … " so that the joint never reads as one sentence. */
const PASSAGE_JOINT = " … ";

/**
 * Each cited cell as a property attributed to the source, followed by its passage property;
 * facts that are absent are left out.
 */
export function citedProperties(
  facts: Record<string, CitedCell | undefined>,
  source: CardSource,
): Record<string, Excel.EntityPropertyType> {
  const attribution = [{ sourceText: sourceName(source) }];
  const properties: Record<string, Excel.EntityPropertyType> = {};
  for (const [name, fact] of Object.entries(facts)) {
    if (!fact) continue;
    const metadata: Excel.CellValuePropertyMetadata = { attribution };
    if (fact.note) metadata.sublabel = fact.note;
    properties[name] = { ...fact.cell, propertyMetadata: metadata };
    properties[passageProperty(name)] = {
      type: "String",
      basicValue: fact.passages.map((passage) => `"${passage}"`).join(PASSAGE_JOINT),
      propertyMetadata: { attribution, excludeFrom: { calcCompare: true, autoComplete: true } },
    };
  }
  return properties;
}
