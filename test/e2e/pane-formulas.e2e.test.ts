import { describeE2E } from "./browser";
import { evaluateInPlayground, readResult, usePane } from "./pane";

/**
 * Wiring only: the builder's selects and the playground's input drive their outputs in a real
 * browser. The formulas' values and messages are tested in jsdom and in the evaluator's unit tests.
 */
describeE2E("task pane: formula builder and playground", () => {
  const pane = usePane();

  it("rebuilds the formula and its value when a choice changes, keeping the round kind", async () => {
    const page = await pane.open();
    const formula = page.getByTestId("builder-formula");
    expect(await formula.inputValue()).toBe('=DEALS.AIROUND("SenseTime","C","amount")');
    await page.getByTestId("builder-round").selectOption("2017-07");
    await page.getByTestId("builder-company").selectOption("Megvii");
    expect(await formula.inputValue()).toBe('=DEALS.AIROUND("Megvii","C","amount")');
    expect((await readResult(page, "builder-value")).text).toBe("460000000");
  });

  it("evaluates what is typed: a value, an error with its message, a spill as a grid", async () => {
    const page = await pane.open();
    expect(
      await evaluateInPlayground(page, '=DEALS.AIROUND("SenseTime";"C")/1000000'),
    ).toMatchObject({ text: "600", kind: "value" });
    expect(
      await evaluateInPlayground(page, '=DEALS.AIROUND("Megvii","C","valuation")+1'),
    ).toMatchObject({
      text: "#N/A Not reported in the source: Megvii Series C: valuation",
      kind: "error",
    });
    const spill = await evaluateInPlayground(page, '=DEALS.AIROUNDS("Megvii")');
    expect(spill.kind).toBe("spill labelled");
    expect(spill.rows).toHaveLength(2);
    // The month-precision round reads as a month beside its serial, as Excel shows it.
    expect(spill.rows[1]?.[1]).toBe("43009 (Oct 2017)");
    const sensetime = await evaluateInPlayground(page, '=DEALS.AIROUNDS("SenseTime")');
    expect(sensetime.rows[2]?.[5]).toBe("4500000000 (> $4.50B)");
  });
});
