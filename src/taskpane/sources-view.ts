/** The Sources view: the article's headline and date, and the passages behind the preview. */
import { catalog } from "../domain/catalog";
import { formatDate } from "../domain/format";
import type { TableModel } from "../domain/table-model";
import { byId, element } from "./dom";

export function showSources(model: TableModel): void {
  const { headline, date } = catalog.dataset.source;
  byId("source-headline", HTMLElement).textContent = `"${headline}"`;
  byId("source-date", HTMLElement).textContent = formatDate({ iso: date, precision: "day" });
  byId("source-quotes", HTMLOListElement).replaceChildren(
    ...model.quotes.map((quote) => element("li", quote)),
  );
}
