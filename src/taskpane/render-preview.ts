/**
 * The HTML preview of a comparison table: caption, header, body, footnote. DOM nodes and
 * `textContent` only, so names from the data can never become markup. Each body cell carries its
 * column's name (`data-label`) and card role (class), so the stylesheet can show a narrow pane one
 * card per row, key figures first, and a wide pane the grid.
 */
import { NOT_REPORTED_TEXT, type TableCell, type TableModel } from "../domain/tables/table-model";
import { PASSAGE_SEPARATOR } from "../domain/core/value";
import { element } from "./dom";
import { cardRoles, type CardRole, type PreviewContent } from "./preview-layout";

/**
 * The preview area's content (`previewContent`): the table, or a sentence saying what to do when
 * there is none.
 * @example renderPreviewContent(previewContent(model, 0)).textContent // "Tick at least one company above …"
 */
export function renderPreviewContent(
  content: PreviewContent,
  doc: Document = document,
): HTMLElement {
  if (content.kind === "table") return renderPreview(content.model, doc, content.cut);
  const note = element("p", content.message, "preview-empty", doc);
  note.dataset.testid = "preview-empty";
  return note;
}

/**
 * Builds `<table>` with caption, thead, tbody and the footnote in tfoot; `cut`, when the table is
 * larger than the preview draws, is said under the caption.
 */
export function renderPreview(
  model: TableModel,
  doc: Document = document,
  cut?: string,
): HTMLTableElement {
  const table = element("table", undefined, "preview-table", doc);
  table.dataset.testid = `preview-${model.id}`;
  const caption = element("caption", model.title, undefined, doc);
  if (cut) {
    const note = element("span", cut, "preview-cut", doc);
    note.dataset.testid = "preview-cut";
    caption.append(note);
  }
  table.append(caption);

  const headRow = element("tr", undefined, undefined, doc);
  for (const { title } of model.columns) {
    const th = element("th", title, undefined, doc);
    th.scope = "col";
    headRow.append(th);
  }
  const thead = element("thead", undefined, undefined, doc);
  thead.append(headRow);

  const roles = cardRoles(model);
  const tbody = element("tbody", undefined, undefined, doc);
  for (const row of model.rows) {
    const tr = element("tr", undefined, undefined, doc);
    row.forEach((cell, index) => {
      const node = element(index === 0 ? "th" : "td", undefined, undefined, doc);
      if (index === 0) node.scope = "row";
      fillCell(node, cell, model.columns[index]?.kind ?? "text", roles[index] ?? "detail");
      node.dataset.label = model.columns[index]?.title ?? "";
      tr.append(node);
    });
    tbody.append(tr);
  }

  const footnote = element("td", model.footnote, "footnote", doc);
  footnote.colSpan = model.columns.length;
  const footRow = element("tr", undefined, undefined, doc);
  footRow.append(footnote);
  const tfoot = element("tfoot", undefined, undefined, doc);
  tfoot.append(footRow);

  table.append(thead, tbody, tfoot);
  return table;
}

function fillCell(node: HTMLElement, cell: TableCell, kind: string, role: CardRole): void {
  node.textContent = cell.display;
  // Numbers align right in a column of numbers; a mixed column (one fact per row) reads better
  // left-aligned throughout.
  const classes: string[] = [role];
  if (kind !== "text" && kind !== "mixed" && cell.value.type !== "text") classes.push("num");
  if (cell.value.type === "text" && cell.value.text === NOT_REPORTED_TEXT && !cell.passages) {
    classes.push("not-reported");
  }
  node.className = classes.join(" ");
  // The tooltip cites the passages, " … " between two, and says when the value was inferred.
  const quote = cell.passages?.join(PASSAGE_SEPARATOR);
  if (quote) node.title = cell.inferred ? `${quote}\n(${cell.inferred})` : quote;
}
