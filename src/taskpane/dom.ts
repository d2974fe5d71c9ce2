/** Small DOM helpers: nodes with text, never markup. */

/** The element with this id; a missing one is a bug in taskpane.html, reported by name. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`taskpane.html lacks #${id}`);
  return element;
}

/** An element with optional text content and class. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
  doc: Document = document,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Shows a result or error in a status line (role="status"), marked for styling. */
export function showStatus(target: HTMLElement, outcome: { ok: boolean; message: string }): void {
  target.textContent = outcome.message;
  target.classList.toggle("error", !outcome.ok);
  target.classList.toggle("success", outcome.ok);
}

/** Fills a `<select>` with options (value, label), keeping the choice when it still exists. */
export function fillSelect(select: HTMLSelectElement, options: readonly [string, string][]): void {
  const previous = select.value;
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const option = element("option", label);
      option.value = value;
      return option;
    }),
  );
  if (options.some(([value]) => value === previous)) select.value = previous;
}
