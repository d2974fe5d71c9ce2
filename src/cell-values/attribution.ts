/**
 * How a card cites its sources. Excel shows an attribution's `sourceText` as the source's name in
 * the card footer (Microsoft's example: "Wikipedia"), so it holds the source's name, headline and
 * date, at most {@link SOURCE_NAME_MAX} characters, and `sourceAddress` its link when known. The
 * passages themselves, the words a figure rests on, get a property of their own beside the fact
 * (`CEO (source)`): shown on the card, usable as `=A1.[CEO (source)]`, and left out of autocomplete
 * and of calc comparison, where the text of a quotation would be noise.
 */
import type { SourceRef } from "../domain/catalog/entities";
import type { Citation } from "../domain/core/value";
import { formatDate } from "../domain/presentation/format";

export const SOURCE_NAME_MAX = 100;

/**
 * A fact's cell, the citations behind it, an optional note (the card's sublabel) and the text of
 * its passage property (none for a property whose elements carry their own).
 */
export type CitedCell = {
  cell: Excel.CellValue;
  citations: readonly Citation[];
  note?: string;
  passages?: string;
};

/**
 * The source's name for the card footer: publisher (when known), headline and date, the headline
 * shortened with "…" to fit.
 * @example sourceName({ id: "a", headline: "New financing lifts valuation", date: "2018-04-10" })
 * // "New financing lifts valuation (10 Apr 2018)"
 */
export function sourceName(source: SourceRef): string {
  const publisher = source.publisher ? `${source.publisher}: ` : "";
  const date = ` (${formatDate({ iso: source.date, precision: "day" })})`;
  const room = SOURCE_NAME_MAX - publisher.length - date.length;
  const headline =
    source.headline.length > room
      ? `${source.headline.slice(0, room - 1).trimEnd()}…`
      : source.headline;
  return `${publisher}${headline}${date}`;
}

/**
 * The name of the property that quotes a fact's passages.
 * @example passageProperty("CEO") // "CEO (source)"
 */
export const passageProperty = (name: string): string => `${name} (source)`;

/** One attribution per source cited, in the order first cited. */
function attributions(citations: readonly Citation[]): Excel.CellValueAttributionAttributes[] {
  const sources = new Map(citations.map(({ source }) => [source.id, source]));
  return [...sources.values()].map((source) => ({
    sourceText: sourceName(source),
    ...(source.url ? { sourceAddress: source.url } : {}),
  }));
}

/**
 * Each cited cell as a property attributed to its sources, followed by its passage property;
 * facts that are absent are left out.
 */
export function citedProperties(
  facts: Record<string, CitedCell | undefined>,
): Record<string, Excel.EntityPropertyType> {
  const properties: Record<string, Excel.EntityPropertyType> = {};
  for (const [name, fact] of Object.entries(facts)) {
    if (!fact) continue;
    const attribution = attributions(fact.citations);
    const metadata: Excel.CellValuePropertyMetadata = { attribution };
    if (fact.note) metadata.sublabel = fact.note;
    properties[name] = { ...fact.cell, propertyMetadata: metadata };
    if (fact.passages === undefined) continue;
    properties[passageProperty(name)] = {
      type: "String",
      basicValue: fact.passages,
      propertyMetadata: { attribution, excludeFrom: { calcCompare: true, autoComplete: true } },
    };
  }
  return properties;
}
