/** The Sources view: the article's headline and date, and the passages behind the preview. */
import { currentCatalog } from "../runtime/shared-catalog";
import { formatDate } from "../domain/presentation/format";
import type { TableModel } from "../domain/tables/table-model";
import { byId, element } from "./dom";

/** What the Sources list says when the preview cites no passage (no company ticked, no row). */
export const NOTHING_TO_CITE =
  "Nothing to cite: the preview shows no figure from the source. Tick a company to see the passages behind its figures.";

/**
 * The headline and date of each source the preview cites (all sources when it cites none), in
 * the catalog's order: an added article appears only when the table shows one of its figures.
 */
export function showSources(model: TableModel): void {
  const cited = new Set(
    model.rows.flatMap((row) => row.flatMap((cell) => (cell.sources ?? []).map((s) => s.id))),
  );
  const all = currentCatalog().sources;
  const sources = cited.size > 0 ? all.filter((source) => cited.has(source.id)) : all;
  byId("source-headline", HTMLElement).textContent = sources
    .map(({ headline }) => `"${headline}"`)
    .join("; ");
  byId("source-date", HTMLElement).textContent = sources
    .map(({ date }) => formatDate({ iso: date, precision: "day" }))
    .join("; ");
  const empty = model.quotes.length === 0;
  byId("source-intro", HTMLElement).textContent = empty
    ? NOTHING_TO_CITE
    : "Passages behind the table shown above:";
  const list = byId("source-quotes", HTMLOListElement);
  list.hidden = empty;
  list.replaceChildren(...model.quotes.map((quote) => element("li", quote)));
}
