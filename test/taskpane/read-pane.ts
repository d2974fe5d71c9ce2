/**
 * Reads what the pane shows, for jsdom tests and for the browser suite alike: each function is
 * self-contained (no imports, no closures), so Playwright can also run it in the page
 * (`locator.evaluate(readAnswer)`).
 */

/** A rendered table as text: caption, header and body rows (header first), footnote. */
export type TableText = { caption: string; rows: string[][]; footnote: string };

/** A shown formula result: the cell's value (or the error), how it reads, its passage. */
export type ShownResult = {
  text: string;
  reading: string;
  quote: string;
  rows: string[][];
  kind: string;
};

export function readTable(table: HTMLTableElement): TableText {
  const cells = (row: HTMLTableRowElement) => [...row.cells].map((cell) => cell.textContent ?? "");
  const head = table.tHead ? [...table.tHead.rows] : [];
  const body = [...table.tBodies].flatMap((tbody) => [...tbody.rows]);
  return {
    caption: table.caption?.textContent ?? "",
    rows: [...head, ...body].map(cells),
    footnote: table.tFoot?.textContent ?? "",
  };
}

/** The answer in an output (its first element: a value, an error or a spill), read as text. */
export function readAnswer(output: Element): ShownResult {
  const answer = output.firstElementChild;
  const textOf = (selector: string) => answer?.querySelector(selector)?.textContent ?? "";
  const kind = answer?.className ?? "";
  return {
    text: kind === "value" ? textOf(".cell-value") : (answer?.textContent ?? ""),
    reading: textOf(".reading").trim(),
    quote: textOf(".quote"),
    rows: [...(answer?.querySelectorAll("tr") ?? [])].map((row) =>
      [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent ?? ""),
    ),
    kind,
  };
}
