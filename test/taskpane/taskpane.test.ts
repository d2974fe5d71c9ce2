/** @jest-environment jsdom */
import { NOT_IN_EXCEL } from "../../src/taskpane/office-host";
import { catalog } from "../bundled-catalog";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import { mockWorkbook } from "./excel-mock";
import { byTestId, openPane, playgroundSettled, typeInPlayground } from "./open-pane";

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

describe("task pane outside Excel", () => {
  it("says so, disables inserting with the reason, and still previews and evaluates", async () => {
    await openPane();
    expect(byTestId("host-note").textContent).toBe(NOT_IN_EXCEL);
    for (const id of ["insert-table", "insert-formula", "insert-cards"]) {
      const button = byTestId(id) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(button.title).toBe(NOT_IN_EXCEL);
      expect(button.getAttribute("aria-describedby")).toBe("insert-reason");
    }
    expect(byTestId("preview").querySelector("caption")?.textContent).toBe("Round comparison");
    expect(byTestId("source-quotes").children).toHaveLength(roundComparison(catalog).quotes.length);
    const output = await playgroundSettled();
    expect(output.querySelector(".cell-value")?.textContent).toBe("600000000");
    expect(output.querySelector(".reading")?.textContent).toBe(" ($600M)");
    expect(output.querySelector(".quote")?.textContent).toMatch(/^“Chinese facial recognition/);
    expect((byTestId("builder-formula") as HTMLInputElement).value).toBe(
      '=DEALS.AIROUND("SenseTime","C","amount")',
    );
  });

  it("previews the chosen table and evaluates what is typed in the playground", async () => {
    await openPane();
    const investors = document.querySelector<HTMLInputElement>('input[value="investors"]');
    investors?.click();
    expect(byTestId("preview").querySelector("caption")?.textContent).toBe("Investor map");
    const input = byTestId("playground-input") as HTMLInputElement;
    input.value = '=DEALS.VALUATION("Megvii")';
    input.dispatchEvent(new Event("input"));
    expect((await playgroundSettled()).textContent).toMatch(/^#N\/A Not reported in the source/);
  });
});

describe("playground and builder details", () => {
  const type = typeInPlayground;

  it("says what a PROFILE card leads with, and answers #N/A for an unknown name", async () => {
    await openPane();
    expect(
      (await type('=DEALS.PROFILE("SenseTime")')).querySelector(".cell-value")?.textContent,
    ).toBe(
      "A company card. SenseTime: latest valuation exceeding $4.5B; raised $1.01B in 2 reported rounds.",
    );
    expect((await type('=DEALS.PROFILE("SenseTme")')).textContent).toBe(
      "#N/A Unknown company 'SenseTme'. Did you mean SenseTime?",
    );
  });

  it("marks an inferred value as inferred", async () => {
    await openPane();
    const output = await type('=DEALS.AIROUND("SenseTime","C","date")');
    expect(output.querySelector(".cell-value")?.textContent).toBe("43199");
    expect(output.querySelector(".reading")?.textContent).toBe(" (9 Apr 2018)");
    expect(output.querySelector(".inferred")?.textContent).toMatch(
      /^Inferred: "Announced on Monday": the article is dated 2018-04-10/,
    );
    expect((await type('=DEALS.AIROUND("SenseTime","C")')).querySelector(".inferred")).toBeNull();
  });
});

describe("task pane in Excel", () => {
  it("enables inserting and shows an Excel error during sync in the status area", async () => {
    Object.assign(globalThis, {
      Office: {
        HostType: { Excel: "Excel" },
        onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      },
    });
    const rows = roundComparison(catalog).rows.length + 2;
    const { sync } = mockWorkbook(rows, 7);
    sync.mockRejectedValueOnce(
      Object.assign(new Error("edit"), { code: "InvalidOperationInCellEditMode" }),
    );
    await openPane();
    const insert = byTestId("insert-table") as HTMLButtonElement;
    expect(insert.disabled).toBe(false);
    insert.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const status = byTestId("status");
    expect(status.getAttribute("role")).toBe("status");
    expect(status.textContent).toBe(
      "Excel is editing a cell: press Enter or Esc in the sheet, then insert again.",
    );
    expect(status.classList.contains("error")).toBe(true);
  });
});

describe("inserting with no company chosen", () => {
  it("writes nothing and asks for a company, even for Company comparison", async () => {
    Object.assign(globalThis, {
      Office: {
        HostType: { Excel: "Excel" },
        onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      },
    });
    const { sync } = mockWorkbook(9, 1);
    await openPane();
    document.querySelector<HTMLInputElement>('input[value="companies"]')?.click();
    for (const box of document.querySelectorAll<HTMLInputElement>("input[name=company]")) {
      box.click();
    }
    byTestId("insert-table").click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(byTestId("status").textContent).toBe("Choose at least one company.");
    expect(sync).not.toHaveBeenCalled();
  });
});

describe("company cards in the pane", () => {
  const excelWithDataTypes = (supported: boolean) =>
    Object.assign(globalThis, {
      Office: {
        HostType: { Excel: "Excel" },
        onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
        context: { requirements: { isSetSupported: () => supported } },
      },
    });

  const builderFieldOptions = () =>
    [...(byTestId("builder-field") as HTMLSelectElement).options].map((o) => o.value);

  const chooseCompanyFact = () => {
    const round = byTestId("builder-round") as HTMLSelectElement;
    round.value = "";
    round.dispatchEvent(new Event("change"));
  };

  it("offers PROFILE in the builder and entity cards only where Excel has data types", async () => {
    excelWithDataTypes(true);
    await openPane();
    chooseCompanyFact();
    expect(builderFieldOptions()).toContain("card");
    const field = byTestId("builder-field") as HTMLSelectElement;
    field.value = "card";
    field.dispatchEvent(new Event("change"));
    expect((byTestId("builder-formula") as HTMLInputElement).value).toBe(
      '=DEALS.PROFILE("SenseTime")',
    );
    expect(document.getElementById("card-entities-choice")?.hidden).toBe(false);
    expect((byTestId("insert-cards") as HTMLButtonElement).disabled).toBe(false);
  });

  it("leaves PROFILE and entity cards out where Excel lacks data types", async () => {
    excelWithDataTypes(false);
    await openPane();
    chooseCompanyFact();
    expect(builderFieldOptions()).not.toContain("card");
    expect(document.getElementById("card-entities-choice")?.hidden).toBe(true);
    expect((byTestId("insert-cards") as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId("cards-status").textContent).toMatch(
      /^Company cards need Excel with data types/,
    );
  });

  it("lists one checkbox per company and reports an Excel failure in its status line", async () => {
    excelWithDataTypes(true);
    await openPane();
    const boxes = document.querySelectorAll<HTMLInputElement>("input[name=card-company]");
    expect([...boxes].map((b) => b.value)).toEqual(["sensetime", "megvii"]);
    byTestId("insert-cards").click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const status = byTestId("cards-status");
    expect(status.textContent).toMatch(/^Excel did not accept the change: /);
    expect(status.classList.contains("error")).toBe(true);
  });
});
