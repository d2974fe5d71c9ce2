/** @jest-environment jsdom */
import { validateSource } from "../../src/data/validate-source";
import { syntheticSources } from "../../bench/sources-corpus";
import { sharedCatalogStore } from "../../src/runtime/shared-catalog";
import { companyCheckboxes, PICKER_TOOLS_FROM } from "../../src/taskpane/company-picker";

function fieldset(): HTMLFieldSetElement {
  document.body.innerHTML = '<fieldset id="picker"><legend>Companies</legend></fieldset>';
  return document.getElementById("picker") as HTMLFieldSetElement;
}

const tools = (set: HTMLFieldSetElement) => set.querySelector<HTMLElement>(".choice-tools");
const shown = (set: HTMLFieldSetElement) =>
  [...set.querySelectorAll<HTMLLabelElement>(".choice-list label")]
    .filter((label) => !label.hidden)
    .map((label) => label.textContent?.trim());
const button = (set: HTMLFieldSetElement, name: string) =>
  [...set.querySelectorAll("button")].find((b) => b.textContent === name) as HTMLButtonElement;

function typeFilter(set: HTMLFieldSetElement, text: string): void {
  const filter = set.querySelector<HTMLInputElement>("input[type=search]") as HTMLInputElement;
  filter.value = text;
  filter.dispatchEvent(new Event("input"));
}

describe("companyCheckboxes with the bundled companies", () => {
  it("lists them ticked, without the filter a dozen companies do not need", () => {
    const set = fieldset();
    const inputs = companyCheckboxes("picker", "company");
    expect(inputs.map((input) => [input.value, input.checked])).toEqual([
      ["sensetime", true],
      ["megvii", true],
    ]);
    expect(tools(set)?.hidden).toBe(true);
    expect(set.classList.contains("many")).toBe(false);
  });
});

describe("companyCheckboxes with a workbook's worth of companies", () => {
  const store = sharedCatalogStore();
  beforeAll(() => store.setCheckedResults(syntheticSources(5).map((s) => validateSource(s))));
  afterAll(() => store.setCheckedSources([]));

  it("shows the filter past a dozen companies, matching names and aliases", () => {
    const set = fieldset();
    const inputs = companyCheckboxes("picker", "company");
    expect(inputs.length).toBeGreaterThanOrEqual(PICKER_TOOLS_FROM);
    expect(tools(set)?.hidden).toBe(false);
    expect(set.classList.contains("many")).toBe(true);
    typeFilter(set, "face++");
    expect(shown(set)).toEqual(["Megvii"]);
    typeFilter(set, "SENSE time");
    expect(shown(set)).toEqual(["SenseTime"]);
    typeFilter(set, "");
    expect(shown(set)).toHaveLength(inputs.length);
  });

  it("clears and selects the companies the filter shows, with one change for the list", () => {
    const set = fieldset();
    const inputs = companyCheckboxes("picker", "company");
    let changes = 0;
    set.addEventListener("change", () => (changes += 1));
    button(set, "Select none").click();
    expect(inputs.some((input) => input.checked)).toBe(false);
    typeFilter(set, "megvii");
    button(set, "Select all").click();
    expect(inputs.filter((input) => input.checked).map((input) => input.value)).toEqual(["megvii"]);
    expect(changes).toBe(2);
  });

  it("names each list's controls after its section, so the pane's two lists are told apart", () => {
    document.body.innerHTML = `
      <section><h2>Comparison tables</h2><fieldset id="a"><legend>Companies</legend></fieldset></section>
      <section><h2>Company cards</h2><fieldset id="b"><legend>Companies</legend></fieldset></section>`;
    companyCheckboxes("a", "company");
    companyCheckboxes("b", "card-company");
    const names = [...document.querySelectorAll("input[type=search], button")].map((node) =>
      node.getAttribute("aria-label"),
    );
    expect(names).toEqual([
      "Filter companies (Comparison tables)",
      "Select all companies shown (Comparison tables)",
      "Select none of the companies shown (Comparison tables)",
      "Filter companies (Company cards)",
      "Select all companies shown (Company cards)",
      "Select none of the companies shown (Company cards)",
    ]);
  });

  it("drops the companies of a removed source and hides the filter again", () => {
    const set = fieldset();
    const inputs = companyCheckboxes("picker", "company");
    store.setCheckedSources([]);
    companyCheckboxes("picker", "company", inputs);
    expect(inputs.map((input) => input.value)).toEqual(["sensetime", "megvii"]);
    expect(set.querySelectorAll(".choice-list label")).toHaveLength(2);
    expect(tools(set)?.hidden).toBe(true);
    store.setCheckedResults(syntheticSources(5).map((s) => validateSource(s)));
  });
});
