/** @jest-environment jsdom */
import type { Sourced } from "../../src/domain/core/value";
import { ok } from "../../src/domain/core/result";
import { renderFormulaResult } from "../../src/taskpane/formula-value";

const source = { id: "lumen", headline: "Lumen raises", date: "2026-11-24" };
const money = { type: "money", amount: 45e6, currency: "USD", bound: "exact" } as const;

describe("renderFormulaResult: where a value comes from", () => {
  it("says a value an analyst typed was entered by an analyst, never empty quotes", () => {
    const typed: Sourced = {
      value: money,
      quote: "",
      passages: [],
      citations: [{ source, enteredByAnalyst: true }],
    };
    const shown = renderFormulaResult(ok(45e6), ok(typed));
    expect(shown.querySelector(".quote")?.textContent).toBe("Entered by an analyst");
    expect(shown.textContent).not.toContain("“”");
  });

  it("quotes the passages, and says when part of a total was typed by an analyst", () => {
    const passage = "it has raised $40 million in a Series B round";
    const cited: Sourced = {
      value: money,
      quote: passage,
      passages: [passage],
      citations: [{ source, passage }],
    };
    expect(renderFormulaResult(ok(40e6), ok(cited)).querySelector(".quote")?.textContent).toBe(
      `“${passage}”`,
    );
    const mixed = {
      ...cited,
      citations: [...cited.citations, { source, enteredByAnalyst: true as const }],
    };
    expect(renderFormulaResult(ok(52e6), ok(mixed)).querySelector(".quote")?.textContent).toBe(
      `“${passage}” · Part entered by an analyst`,
    );
  });

  it("says when another source gives a different figure, not only the newest one", () => {
    const passage = "it had raised $620 million in a Series C round";
    const newer: Sourced = {
      value: { ...money, amount: 620e6 },
      quote: passage,
      passages: [passage],
      citations: [{ source, passage }],
      differs: [
        {
          value: { ...money, amount: 600e6 },
          quote: "it has acquired $600 million in its Series C round",
          passages: ["it has acquired $600 million in its Series C round"],
          citations: [{ source: { id: "older", headline: "Older", date: "2018-04-10" } }],
        },
      ],
    };
    expect(renderFormulaResult(ok(620e6), ok(newer)).textContent).toContain(
      'Newest source answers; "Older", 10 Apr 2018 gives $600M.',
    );
  });
});
