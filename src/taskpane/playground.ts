/** The formula playground: a typed `=DEALS.…` formula evaluated by the same code as the functions. */
import { currentCatalog } from "../runtime/shared-catalog";
import { companyProfile, profileSummary } from "../domain/facts/company-profile";
import { parseCall, parseFormula } from "../domain/formulas/formula-text";
import { evaluateFormula, explainFormula } from "../domain/formulas/formulas";
import { andThen } from "../domain/core/result";
import { byId, element } from "./dom";
import { renderFormulaResult } from "./formula-value";

/** Wires the playground; returns the function that evaluates the formula again. */
export function setUpPlayground(): () => void {
  const input = byId("playground-input", HTMLInputElement);
  const output = byId("playground-output", HTMLElement);
  const update = () => {
    const call = parseCall(input.value);
    if (call.kind === "ok" && call.value.name === "PROFILE") {
      output.replaceChildren(profilePreview(call.value.args[0]));
      return;
    }
    const parsed = parseFormula(input.value);
    const result = andThen(parsed, ({ name, args }) =>
      evaluateFormula(currentCatalog(), name, args),
    );
    const fact =
      parsed.kind === "ok"
        ? explainFormula(currentCatalog(), parsed.value.name, parsed.value.args)
        : undefined;
    output.replaceChildren(renderFormulaResult(result, fact));
  };
  input.addEventListener("input", update);
  update();
  return update;
}

/**
 * PROFILE answers with a company card, which only a worksheet can show: the playground says what
 * the card leads with, or shows the error the cell would (an unknown name is #N/A).
 */
function profilePreview(company: unknown): HTMLElement {
  const profile = companyProfile(currentCatalog(), company);
  if (profile.kind !== "ok") return renderFormulaResult(profile);
  const note = element("span", undefined, "value");
  note.append(
    element("span", `A company card. ${profileSummary(profile.value)}`, "cell-value"),
    element("span", "Insert it from Company cards to open the card in Excel.", "quote"),
  );
  return note;
}
