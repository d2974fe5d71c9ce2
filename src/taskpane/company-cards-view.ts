/** The "Company cards" section: choose companies, insert one DEALS.PROFILE card each. */
import { currentCatalog } from "../runtime/shared-catalog";
import { companyCheckboxes } from "./company-picker";
import { byId, showStatus } from "./dom";
import { entityValuesSupported, profileSupported } from "./host-support";
import { insertCompanyCards, type CardsInsertion } from "./insert-company-cards";

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
