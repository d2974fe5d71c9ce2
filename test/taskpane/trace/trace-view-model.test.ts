import { traceCell } from "../../../src/domain/audit/cell-trace";
import { traceView } from "../../../src/taskpane/trace/trace-view-model";
import { catalog } from "../../bundled-catalog";

const traced = (formula: string, value: unknown, text = String(value)) =>
  traceView(traceCell(catalog, { sheet: "Sheet1", address: "C4", formula, value, text }));

describe("trace: what the pane shows", () => {
  it("shows the cell's value, the source's hedged wording, the passage and the article", () => {
    const view = traced('=DEALS.VALUATION("SenseTime")', 4.5e9, "> $4.50B");
    expect(view.title).toBe("C4");
    expect(view.cell).toEqual([{ label: "In the cell", text: "> $4.50B (stored as 4500000000)" }]);
    expect(view.facts).toHaveLength(1);
    const [fact] = view.facts;
    expect(fact.reading).toBe("SenseTime · latest reported valuation");
    expect(fact.call).toBe('DEALS.VALUATION("SenseTime")');
    expect(fact.lines).toEqual([
      { label: "The source says", text: "more than $4.5B" },
      { label: "Hedge", text: "a lower bound: the true figure is higher" },
    ]);
    expect(fact.passages[0]).toContain("exceeding $4.5 billion");
    expect(fact.sources).toEqual([
      { label: expect.stringMatching(/^"New financing lifts valuation .*", 10 Apr 2018$/) },
    ]);
  });

  it("says how precisely a date is given and that a computed cell is not the fact itself", () => {
    const view = traced('=YEAR(DEALS.AIROUND("SenseTime","2017-07","date"))', 2017);
    expect(view.cell).toContainEqual({
      label: "Worked out",
      text: `the cell's formula computes its value from the fact below: =YEAR(DEALS.AIROUND("SenseTime","2017-07","date"))`,
    });
    expect(view.facts[0].lines).toEqual([
      { label: "The source says", text: "Jul 2017" },
      {
        label: "Precision",
        text: "the source gives the month only; the cell holds the 1st of the month",
      },
      { label: "Inferred", text: expect.any(String) },
    ]);
  });

  it("shows no fact for an error, only what DEALS answers", () => {
    const view = traced('=DEALS.AIROUND("Megvii","C","lead")', "#N/A");
    expect(view.facts[0].passages).toEqual([]);
    expect(view.facts[0].lines).toEqual([
      {
        label: "DEALS answers",
        text: "#N/A Not reported in the source: Megvii Series C: lead investors",
      },
    ]);
  });

  it("says plainly when a cell holds no DEALS fact, and outside Excel what to do", () => {
    expect(traced("", "")).toMatchObject({
      title: "C4",
      message: "C4 holds no DEALS fact: it is empty.",
      facts: [],
    });
    expect(traceView({ kind: "outsideExcel" }).message).toBe(
      "In Excel, select a cell to see the fact and passage behind it.",
    );
  });
});
