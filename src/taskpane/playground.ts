/** The formula playground: a typed `=DEALS.…` formula evaluated by the same code as the functions. */
import { parseFormula } from "../domain/formula-text";
import { evaluateFormula } from "../domain/formulas";
import { andThen } from "../domain/result";
import { byId } from "./dom";
import { renderFormulaResult } from "./formula-value";

export function setUpPlayground(): void {
  const input = byId("playground-input", HTMLInputElement);
  const output = byId("playground-output", HTMLElement);
  const update = () => {
    const result = andThen(parseFormula(input.value), ({ name, args }) =>
      evaluateFormula(name, args),
    );
    output.replaceChildren(renderFormulaResult(result));
  };
  input.addEventListener("input", update);
  update();
}
