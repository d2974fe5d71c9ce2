/** @jest-environment jsdom */
import { catalog } from "../bundled-catalog";
import { labelCell, type TableModel } from "../../src/domain/tables/table-model";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import { NO_COMPANY_MESSAGE, previewContent } from "../../src/taskpane/preview-layout";
import { renderPreview, renderPreviewContent } from "../../src/taskpane/render-preview";

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
    expect(valuation.className).toBe("key num");
    expect(valuation.getAttribute("data-label")).toBe("Post-money valuation");
    expect(valuation.getAttribute("title")).toMatch(/^SenseTime will become/);
    const megviiLead = table.querySelectorAll("tbody tr")[1].children[4];
    expect(megviiLead.className).toBe("detail not-reported");
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

  it("returns cells that name their column and their part in a row's card", () => {
    const table = renderPreview(roundComparison(catalog));
    const [july] = table.querySelectorAll("tbody tr");
    expect(
      [...july.children].map((cell) => [cell.getAttribute("data-label"), cell.classList[0]]),
    ).toEqual([
      ["Company", "title"],
      ["Round", "title"],
      ["Announced", "detail"],
      ["Amount (USD)", "key"],
      ["Lead investors", "detail"],
      ["Other investors", "detail"],
      ["Post-money valuation", "key"],
    ]);
  });
});

describe("renderPreviewContent", () => {
  it("returns the table when a company is ticked", () => {
    expect(renderPreviewContent(previewContent(roundComparison(catalog), 2)).tagName).toBe("TABLE");
  });

  it("draws a table of 10,000 rounds as its first rows, saying so under the caption", () => {
    const model = roundComparison(catalog);
    const tall = { ...model, rows: Array.from({ length: 10_000 }, (_, i) => model.rows[i % 3]) };
    const node = renderPreviewContent(previewContent(tall, 2));
    expect(node.querySelectorAll("tbody tr")).toHaveLength(50);
    expect(node.querySelector("caption [data-testid=preview-cut]")?.textContent).toBe(
      "The preview shows the first 50 of 10,000 rows; Insert table writes them all.",
    );
    expect(
      renderPreviewContent(previewContent(model, 2)).querySelector("[data-testid=preview-cut]"),
    ).toBeNull();
  });

  it("returns what to do instead of an empty table when no company is ticked", () => {
    const node = renderPreviewContent(previewContent(roundComparison(catalog, []), 0));
    expect(node.tagName).toBe("P");
    expect(node.textContent).toBe(NO_COMPANY_MESSAGE);
  });
});
