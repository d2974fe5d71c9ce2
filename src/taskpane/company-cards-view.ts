/** The "Company cards" section: choose companies, insert one DEALS.PROFILE card each. */
import { currentCatalog } from "../runtime/shared-catalog";
import { byId, element, showStatus } from "./dom";
import { entityValuesSupported, profileSupported } from "./host-support";
import { insertCompanyCards, type CardsInsertion } from "./insert-company-cards";

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
  const byValue = new Map(inputs.map((input) => [input.value, input]));
  const next = currentCatalog().companies.all.map((company) => {
    const kept = byValue.get(company.id);
    if (kept) return kept;
    const input = element("input");
    input.type = "checkbox";
    input.name = name;
    input.value = company.id;
    input.checked = true;
    const label = element("label");
    label.append(input, ` ${company.name}`);
    fieldset.append(label);
    return input;
  });
  for (const input of inputs) if (!next.includes(input)) input.closest("label")?.remove();
  inputs.splice(0, inputs.length, ...next);
  return inputs;
}

/** Wires the section; `canInsert` says whether Excel is there to insert into. */
export function setUpCompanyCards(canInsert: () => boolean): () => void {
  const companies = companyCheckboxes("card-companies", "card-company");
  const entitiesChoice = byId("card-entities-choice", HTMLLabelElement);
  const entities = byId("card-entities", HTMLInputElement);
  const insert = byId("insert-cards", HTMLButtonElement);
  const status = byId("cards-status", HTMLElement);

  insert.addEventListener("click", async () => {
    if (!canInsert()) return;
    insert.disabled = true;
    const names = companies
      .filter((c) => c.checked)
      .map((c) => currentCatalog().companyById.get(c.value)?.name ?? c.value);
    const mode = entities.checked && entityValuesSupported() ? "entities" : "formulas";
    showStatus(status, describe(await insertCompanyCards(names, mode)));
    insert.disabled = false;
  });
  // Entity values need valuesAsJson; where Excel lacks them, cards go in as formulas only. Without
  // data types for add-in functions there are no cards at all: the button says why.
  return () => {
    companyCheckboxes("card-companies", "card-company", companies);
    entitiesChoice.hidden = !entityValuesSupported();
    if (canInsert() && !profileSupported()) {
      insert.disabled = true;
      showStatus(status, { ok: false, message: NO_CARDS });
    }
  };
}

const NO_CARDS =
  "Company cards need Excel with data types for add-in functions (Microsoft 365 or Excel on the web); the other DEALS functions work here.";

function describe(outcome: CardsInsertion): { ok: boolean; message: string } {
  return outcome.kind === "inserted"
    ? { ok: true, message: `Inserted company cards in ${outcome.address}.` }
    : { ok: false, message: outcome.message };
}
