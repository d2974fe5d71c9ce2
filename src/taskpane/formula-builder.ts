/** The formula builder: company, round and field pickers, the formula, its value, insert and copy. */
import { currentCatalog } from "../runtime/shared-catalog";
import { COMPANY_FIELDS } from "../domain/facts/company-fields";
import { fieldLabel } from "../domain/presentation/field-labels";
import { formatDate } from "../domain/presentation/format";
import { formulaText } from "../domain/formulas/formula-text";
import { evaluateFormula, explainFormula } from "../domain/formulas/formulas";
import { ROUND_FIELDS } from "../domain/facts/round-fields";
import { roundLabel, roundRefText } from "../domain/facts/round-ref";
import type { CellFormula } from "../domain/tables/table-model";
import { byId, element, fillSelect, showStatus } from "./dom";
import { profileSupported } from "./host-support";
import { profileFormula } from "./insert-company-cards";
import { insertFormula } from "./formula-writer";
import { renderFormulaResult } from "./formula-value";

/** No round chosen: the field is a company fact. */
const COMPANY_FACT = "";

/** The company-fact "field" that stands for the whole company card (DEALS.PROFILE). */
const CARD_FIELD = "card";

/**
 * The formula for a choice: a round fact (AIROUND) or, without a round, a company fact (COMPANY).
 * @example builderFormula("SenseTime", "C", "valuation") // { name: "AIROUND", args: ["SenseTime", "C", "valuation"] }
 */
export function builderFormula(company: string, round: string, field: string): CellFormula {
  return round === COMPANY_FACT
    ? { name: "COMPANY", args: [company, field] }
    : { name: "AIROUND", args: [company, round, field] };
}

/**
 * The round to show after the company changed: the same kind of choice as before. A company fact
 * stays a company fact; a round stays that round if the new company has it, else becomes the new
 * company's latest round (`refs` are oldest first), never a company fact that answers #N/A.
 * @example roundAfterCompanyChange("2017-07", ["C"]) // "C"
 * @example roundAfterCompanyChange("", ["C"])        // "" (a company fact)
 */
export function roundAfterCompanyChange(previous: string, refs: readonly string[]): string {
  if (previous === COMPANY_FACT || refs.includes(previous)) return previous;
  return refs[refs.length - 1] ?? COMPANY_FACT;
}

/** Wires the builder's controls; `canInsert` says whether Excel is there to insert into. */
export function setUpFormulaBuilder(canInsert: () => boolean): () => void {
  const company = byId("builder-company", HTMLSelectElement);
  const round = byId("builder-round", HTMLSelectElement);
  const field = byId("builder-field", HTMLSelectElement);
  const formula = byId("builder-formula", HTMLInputElement);
  const value = byId("builder-value", HTMLOutputElement);
  const status = byId("builder-status", HTMLElement);
  const insert = byId("insert-formula", HTMLButtonElement);
  const copy = byId("copy-formula", HTMLButtonElement);

  const fillCompanies = () =>
    fillSelect(
      company,
      currentCatalog().companies.all.map((c) => [c.name, c.name]),
    );
  fillCompanies();
  const update = () => {
    const found = currentCatalog().companies.all.find((c) => c.name === company.value);
    const rounds = found ? (currentCatalog().roundsByCompany.get(found.id) ?? []) : [];
    const previousRound = round.value;
    fillSelect(round, [
      [COMPANY_FACT, "None: a company fact"],
      ...rounds.map((r): [string, string] => [
        roundRefText(r),
        r.series ? `${roundLabel(r)}, ${formatDate(r.announced)}` : roundLabel(r),
      ]),
    ]);
    round.value = roundAfterCompanyChange(previousRound, rounds.map(roundRefText));
    const fields = round.value === COMPANY_FACT ? COMPANY_FIELDS : ROUND_FIELDS;
    // Company cards are entities returned by a function: offered only where Excel can show them.
    const card: [string, string][] =
      round.value === COMPANY_FACT && profileSupported() ? [[CARD_FIELD, "company card"]] : [];
    fillSelect(field, [...fields.map((f): [string, string] => [f, fieldLabel(f)]), ...card]);
    if (field.value === CARD_FIELD) {
      formula.value = profileFormula(company.value);
      value.replaceChildren(element("span", "A company card: insert it to see its figures."));
      return;
    }
    const chosen = builderFormula(company.value, round.value, field.value);
    formula.value = formulaText(chosen.name, chosen.args);
    value.replaceChildren(
      renderFormulaResult(
        evaluateFormula(currentCatalog(), chosen.name, chosen.args),
        explainFormula(currentCatalog(), chosen.name, chosen.args),
      ),
    );
  };
  update();
  // Start on the latest round (rounds are listed oldest first) and its amount.
  const latest = round.options[round.options.length - 1];
  if (latest) round.value = latest.value;
  update();
  for (const select of [company, round, field]) select.addEventListener("change", update);

  insert.addEventListener("click", async () => {
    if (!canInsert()) return;
    insert.disabled = true;
    showStatus(status, await insertFormula(formula.value));
    insert.disabled = false;
  });
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(formula.value);
      showStatus(status, { ok: true, message: "Copied the formula." });
    } catch {
      formula.focus();
      formula.select();
      showStatus(status, {
        ok: true,
        message: "The formula is selected: press Ctrl+C to copy it.",
      });
    }
  });
  return () => {
    fillCompanies();
    update();
  };
}
