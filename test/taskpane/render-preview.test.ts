/** @jest-environment jsdom */
import { catalog } from "../bundled-catalog";
import { labelCell, type TableModel } from "../../src/domain/tables/table-model";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import { renderPreview } from "../../src/taskpane/render-preview";

const texts = (nodes: Iterable<Element>) => [...nodes].map((node) => node.textContent);

describe("renderPreview", () => {
  it("returns a table whose caption, header, body and footnote match the model", () => {
    const model = roundComparison(catalog);
    const table = renderPreview(model);
    expect(table.caption?.textContent).toBe("Round comparison");
    expect(texts(table.querySelectorAll("thead th"))).toEqual(model.columns.map((c) => c.title));
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => texts(tr.children));
    expect(rows).toEqual(model.rows.map((row) => row.map((cell) => cell.display)));
    expect(table.querySelector("tfoot td")?.textContent).toBe(model.footnote);
    expect(table.querySelector("tfoot td")?.getAttribute("colspan")).toBe("7");
  });

  it("returns cells that carry their quote and mark numbers and missing facts", () => {
    const table = renderPreview(roundComparison(catalog));
    const [, , seriesC] = table.querySelectorAll("tbody tr");
    const valuation = seriesC.children[6];
    expect(valuation.textContent).toBe("> $4.50B");
    expect(valuation.className).toBe("num");
    expect(valuation.getAttribute("title")).toMatch(/^SenseTime will become/);
    const megviiLead = table.querySelectorAll("tbody tr")[1].children[4];
    expect(megviiLead.className).toBe("not-reported");
    expect(megviiLead.hasAttribute("title")).toBe(false);
    expect(seriesC.children[0].tagName).toBe("TH");
    expect(seriesC.children[0].getAttribute("scope")).toBe("row");
  });

  it("returns hostile names as text, creating no element from them", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const model: TableModel = {
      id: "investors",
      title: hostile,
      columns: [
        { title: hostile, kind: "text" },
        { title: "B", kind: "text" },
      ],
      rows: [[labelCell(hostile), labelCell("—")]],
      footnote: hostile,
      quotes: [],
    };
    const table = renderPreview(model);
    expect(table.querySelector("img")).toBeNull();
    expect(table.caption?.textContent).toBe(hostile);
    expect(table.querySelector("tbody th")?.textContent).toBe(hostile);
    expect(table.querySelectorAll("*").length).toBe(12);
  });
});
