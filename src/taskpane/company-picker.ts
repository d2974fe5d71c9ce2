/**
 * The companies to include, as one checkbox per company of the catalog. A workbook's added sources
 * can bring hundreds: past `PICKER_TOOLS_FROM` companies the list scrolls, and a filter and Select
 * all / Select none (acting on the companies the filter shows) stand above it.
 */
import type { Company } from "../domain/catalog/entities";
import { currentCatalog } from "../runtime/shared-catalog";
import { byId, element } from "./dom";

/** How many companies it takes for the list to scroll and the filter to show. */
export const PICKER_TOOLS_FROM = 13;

/**
 * Keeps a checkbox per company of the catalog in a fieldset: companies new to the catalog get one
 * (ticked), those gone lose theirs. Updates `inputs` in place (so the callers holding it see the
 * change) and returns it.
 */
export function companyCheckboxes(
  fieldsetId: string,
  name: string,
  inputs: HTMLInputElement[] = [],
): HTMLInputElement[] {
  const fieldset = byId(fieldsetId, HTMLFieldSetElement);
  const { list, tools, filter } = pickerParts(fieldset);
  const byValue = new Map(inputs.map((input) => [input.value, input]));
  const companies = currentCatalog().companies.all;
  const next = companies.map((company) => {
    const kept = byValue.get(company.id);
    if (kept) return kept;
    const input = element("input");
    input.type = "checkbox";
    input.name = name;
    input.value = company.id;
    input.checked = true;
    const label = element("label");
    label.dataset.names = searchKeys(company);
    label.append(input, ` ${company.name}`);
    list.append(label);
    return input;
  });
  for (const input of inputs) if (!next.includes(input)) input.closest("label")?.remove();
  inputs.splice(0, inputs.length, ...next);
  const many = companies.length >= PICKER_TOOLS_FROM;
  fieldset.classList.toggle("many", many);
  tools.hidden = !many;
  applyFilter(list, many ? filter.value : "");
  return inputs;
}

/** The fieldset's list, tools row and filter, made on first use. */
function pickerParts(fieldset: HTMLFieldSetElement): {
  list: HTMLElement;
  tools: HTMLElement;
  filter: HTMLInputElement;
} {
  const found = fieldset.querySelector<HTMLElement>(":scope > .choice-list");
  const tools = fieldset.querySelector<HTMLElement>(":scope > .choice-tools");
  const filterFound = tools?.querySelector<HTMLInputElement>("input[type=search]");
  if (found && tools && filterFound) return { list: found, tools, filter: filterFound };

  const list = element("div", undefined, "choice-list");
  list.id = `${fieldset.id}-list`;
  const row = element("div", undefined, "choice-tools");
  // The pane has two such lists: each control's name says which one it serves.
  const section = fieldset.closest("section")?.querySelector("h2")?.textContent?.trim();
  const which = section ? ` (${section})` : "";
  const filter = element("input");
  filter.type = "search";
  filter.placeholder = "Filter companies";
  filter.setAttribute("aria-label", `Filter companies${which}`);
  filter.setAttribute("aria-controls", list.id);
  const selectAll = element("button", "Select all");
  selectAll.setAttribute("aria-label", `Select all companies shown${which}`);
  const selectNone = element("button", "Select none");
  selectNone.setAttribute("aria-label", `Select none of the companies shown${which}`);
  for (const button of [selectAll, selectNone]) {
    button.type = "button";
    button.setAttribute("aria-controls", list.id);
  }
  row.append(filter, selectAll, selectNone);
  fieldset.append(row, list);

  filter.addEventListener("input", () => applyFilter(list, filter.value));
  // Typing in the filter changes no choice: only the boxes' own changes reach the fieldset.
  filter.addEventListener("change", (event) => event.stopPropagation());
  const setShown = (checked: boolean) => {
    for (const label of list.querySelectorAll<HTMLLabelElement>("label")) {
      const box = label.querySelector("input");
      if (box && !label.hidden) box.checked = checked;
    }
    // One change for the whole list, so the preview is rebuilt once.
    fieldset.dispatchEvent(new Event("change", { bubbles: true }));
  };
  selectAll.addEventListener("click", () => setShown(true));
  selectNone.addEventListener("click", () => setShown(false));
  return { list, tools: row, filter };
}

/** A company's name and aliases as the filter compares them: lower case, letters and digits. */
function searchKeys(company: Company): string {
  return [company.name, company.legalName, ...company.aliases].map(searchKey).join(" ");
}

const searchKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Shows the companies whose name or an alias contains the typed text (all when it is empty). */
function applyFilter(list: HTMLElement, typed: string): void {
  const key = searchKey(typed);
  for (const label of list.querySelectorAll<HTMLLabelElement>("label")) {
    label.hidden = key.length > 0 && !(label.dataset.names ?? "").includes(key);
  }
}
