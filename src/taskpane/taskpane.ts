/**
 * The task pane: comparison tables (preview, insert), formula builder, playground and sources.
 * Everything but inserting works outside Excel; the insert buttons say why they are disabled.
 */
import { currentCatalog, sharedCatalogStore } from "../runtime/shared-catalog";
import { companyComparison } from "../domain/tables/table-companies";
import { investorMap } from "../domain/tables/table-investors";
import type { TableId, TableModel } from "../domain/tables/table-model";
import { roundComparison } from "../domain/tables/table-rounds";
import { setUpCompanyCards } from "./company-cards-view";
import { companyCheckboxes } from "./company-picker";
import { byId, showStatus } from "./dom";
import { insertTable, type Placement } from "./excel-writer";
import { setUpFormulaBuilder } from "./formula-builder";
import { NOT_IN_EXCEL, whenHostKnown } from "./office-host";
import { setUpPlayground } from "./playground/playground-view";
import { renderPreviewContent } from "./render-preview";
import { previewContent } from "./preview-layout";
import { showSources } from "./sources-view";
import { setUpFreeze } from "./freeze/freeze-section";
import { setUpTrace } from "./trace/trace-section";
import { setUpPaneSources } from "./workbook-sources/pane-sources";

const BUILDERS: Record<TableId, (companyIds: readonly string[]) => TableModel> = {
  rounds: (ids) => roundComparison(currentCatalog(), ids),
  companies: (ids) => companyComparison(currentCatalog(), ids),
  investors: (ids) => investorMap(currentCatalog(), ids),
};

let inExcel = false;

const checked = (name: string): string =>
  document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? "";

function currentModel(companies: readonly HTMLInputElement[]): TableModel {
  const id = checked("table");
  const builder = id === "companies" || id === "investors" ? BUILDERS[id] : BUILDERS.rounds;
  return builder(companies.filter((c) => c.checked).map((c) => c.value));
}

function setUp(): void {
  const companies = companyCheckboxes("company-choices", "company");
  const preview = byId("preview", HTMLElement);
  const insert = byId("insert-table", HTMLButtonElement);
  const status = byId("status", HTMLElement);
  const chartChoice = byId("chart-choice", HTMLLabelElement);
  const chart = byId("chart", HTMLInputElement);

  const refresh = () => {
    const model = currentModel(companies);
    const ticked = companies.filter((c) => c.checked).length;
    const content = previewContent(model, ticked);
    preview.replaceChildren(renderPreviewContent(content));
    chartChoice.hidden = model.id !== "rounds";
    // The passages listed are those behind the cells the preview draws.
    showSources(content.kind === "table" ? content.model : model);
  };
  // Company boxes are covered by the fieldset's listener below (the boxes change with the sources).
  for (const input of document.querySelectorAll<HTMLInputElement>("input[name=table]")) {
    input.addEventListener("change", refresh);
  }
  refresh();

  insert.addEventListener("click", async () => {
    if (!inExcel) return;
    const model = currentModel(companies);
    // Company comparison keeps its label rows with no company ticked: count the companies.
    if (!companies.some((c) => c.checked)) {
      showStatus(status, { ok: false, message: "Choose at least one company." });
      return;
    }
    insert.disabled = true;
    status.classList.remove("error", "success");
    status.textContent = "Inserting…";
    const placement: Placement = checked("placement") === "newSheet" ? "newSheet" : "selection";
    const mode = checked("mode") === "formulas" ? "formulas" : "values";
    showStatus(status, await insertTable(model, { mode, placement, chart: chart.checked }));
    insert.disabled = false;
  });

  const refreshBuilder = setUpFormulaBuilder(() => inExcel);
  const refreshCards = setUpCompanyCards(() => inExcel);
  const refreshPlayground = setUpPlayground();
  const trace = setUpTrace();
  const freezeInExcel = setUpFreeze();
  const sources = setUpPaneSources(sharedCatalogStore());
  // Added or removed sources change every answer the pane shows (and may add companies).
  byId("company-choices", HTMLFieldSetElement).addEventListener("change", refresh);
  sharedCatalogStore().subscribe(() => {
    companyCheckboxes("company-choices", "company", companies);
    refresh();
    refreshBuilder();
    refreshCards();
    refreshPlayground();
  });
  whenHostKnown((excel) => {
    showHost(excel);
    refreshBuilder();
    refreshCards();
    freezeInExcel(excel);
    if (excel) void trace.start();
    void sources.hostKnown(excel);
  });
}

/** Enables inserting in Excel; elsewhere disables it and says why (visible and to screen readers). */
function showHost(excel: boolean): void {
  inExcel = excel;
  const note = byId("host-note", HTMLElement);
  const reason = byId("insert-reason", HTMLElement);
  note.textContent = excel ? "Connected to Excel." : NOT_IN_EXCEL;
  note.classList.toggle("warning", !excel);
  reason.textContent = excel ? "" : "Inserting needs Excel.";
  for (const id of ["insert-table", "insert-formula", "insert-cards"]) {
    const button = byId(id, HTMLButtonElement);
    button.disabled = !excel;
    button.title = excel ? "" : NOT_IN_EXCEL;
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
else setUp();
