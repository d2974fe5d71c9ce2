/**
 * The HTML preview of a comparison table: caption, header, body, footnote. DOM nodes and
 * `textContent` only, so names from the data can never become markup.
 */
import { NOT_REPORTED_TEXT, type TableCell, type TableModel } from "../domain/tables/table-model";
import { PASSAGE_SEPARATOR } from "../domain/core/value";

/** Builds `<table>` with caption, thead, tbody and the footnote in tfoot. */
export function renderPreview(model: TableModel, doc: Document = document): HTMLTableElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const table = element("table");
  table.className = "preview-table";
  table.dataset.testid = `preview-${model.id}`;
  table.append(element("caption", model.title));

  const headRow = element("tr");
  for (const { title } of model.columns) {
    const th = element("th", title);
    th.scope = "col";
    headRow.append(th);
  }
  const thead = element("thead");
  thead.append(headRow);

  const tbody = element("tbody");
  for (const row of model.rows) {
    const tr = element("tr");
    row.forEach((cell, index) => {
      const node = index === 0 ? element("th") : element("td");
      if (index === 0) node.scope = "row";
      fillCell(node, cell, model.columns[index]?.kind ?? "text");
      tr.append(node);
    });
    tbody.append(tr);
  }

  const footnote = element("td", model.footnote);
  footnote.colSpan = model.columns.length;
  footnote.className = "footnote";
  const footRow = element("tr");
  footRow.append(footnote);
  const tfoot = element("tfoot");
  tfoot.append(footRow);

  table.append(thead, tbody, tfoot);
  return table;
}

function fillCell(node: HTMLElement, cell: TableCell, kind: string): void {
  node.textContent = cell.display;
  // Numbers align right in a column of numbers; a mixed column (one fact per row) reads better
  // left-aligned throughout.
  const classes = [kind !== "text" && kind !== "mixed" && cell.value.type !== "text" ? "num" : ""];
  if (cell.value.type === "text" && cell.value.text === NOT_REPORTED_TEXT && !cell.passages) {
    classes.push("not-reported");
  }
  node.className = classes.filter(Boolean).join(" ");
  // The tooltip cites the passages, " … " between two, and says when the value was inferred.
  const quote = cell.passages?.join(PASSAGE_SEPARATOR);
  if (quote) node.title = cell.inferred ? `${quote}\n(${cell.inferred})` : quote;
}
