/** The formula playground: a typed `=DEALS.…` formula evaluated by the same code as the functions. */
import { parseFormula } from "../domain/formula-text";
import { evaluateFormula, explainFormula } from "../domain/formulas";
import { andThen } from "../domain/result";
import { byId } from "./dom";
import { renderFormulaResult } from "./formula-value";

export function setUpPlayground(): void {
  const input = byId("playground-input", HTMLInputElement);
  const output = byId("playground-output", HTMLElement);
  const update = () => {
    const parsed = parseFormula(input.value);
    const result = andThen(parsed, ({ name, args }) => evaluateFormula(name, args));
    const fact =
      parsed.kind === "ok" ? explainFormula(parsed.value.name, parsed.value.args) : undefined;
    output.replaceChildren(renderFormulaResult(result, fact));
  };
  input.addEventListener("input", update);
  update();
}
