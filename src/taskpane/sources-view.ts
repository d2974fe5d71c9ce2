/** The Sources view: the article's headline and date, and the passages behind the preview. */
import { currentCatalog } from "../runtime/shared-catalog";
import { formatDate } from "../domain/presentation/format";
import type { TableModel } from "../domain/tables/table-model";
import { byId, element } from "./dom";

export function showSources(model: TableModel): void {
  const sources = currentCatalog().sources;
  byId("source-headline", HTMLElement).textContent = sources
    .map(({ headline }) => `"${headline}"`)
    .join("; ");
  byId("source-date", HTMLElement).textContent = sources
    .map(({ date }) => formatDate({ iso: date, precision: "day" }))
    .join("; ");
  byId("source-quotes", HTMLOListElement).replaceChildren(
    ...model.quotes.map((quote) => element("li", quote)),
  );
}
