/**
 * The sources list: every source with its headline, date, link and round count; Remove for added
 * sources (confirmed, saying which answers will change); Export sources and Import sources.
 */
import type { SourceSummary } from "../../domain/catalog/catalog-store";
import type { AffectedCells } from "../../excel/sources/affected-cells";
import {
  importReport,
  readSourcesFile,
  sourcesFileName,
  sourcesFileText,
  type ValidateDocument,
} from "../../sources/sources-file";
import { byId, element, showStatus } from "../dom";
import type { SourceKeeper } from "../workbook-sources/source-keeper";
import { removalNote, sourcesListModel, type SourceRowModel } from "./sources-list-model";

export type SourcesListDeps<D extends { id: string; headline: string; text: string }> = {
  summaries(): SourceSummary[];
  keeper(): SourceKeeper<D>;
  companiesOf(document: D): string[];
  /** The cells a removal changes; undefined outside Excel or when they cannot be read. */
  affectedCells(companies: readonly string[]): Promise<AffectedCells | undefined>;
  validate: ValidateDocument<D>;
};

/** Largest sources file read (500 articles of 1 MB would be 500 MB; real files are far smaller). */
const IMPORT_LIMIT_BYTES = 100_000_000;

/** Wires the list; returns the function that redraws it (call it when the sources change). */
export function setUpSourcesList<D extends { id: string; headline: string; text: string }>(
  deps: SourcesListDeps<D>,
): () => void {
  const list = byId("sources-list", HTMLUListElement);
  const status = byId("sources-status", HTMLElement);
  const exportButton = byId("export-sources", HTMLButtonElement);
  const importButton = byId("import-sources", HTMLButtonElement);
  const file = byId("import-file", HTMLInputElement);
  const heading = byId("sources-list-heading", HTMLHeadingElement);
  heading.tabIndex = -1;

  /** Puts the keyboard back on a row's Remove button after the list is redrawn. */
  const focusRemove = (id: string) =>
    document
      .getElementById(`source-item-${id}`)
      ?.parentElement?.querySelector<HTMLElement>(".actions button")
      ?.focus();

  const render = () => {
    const rows = sourcesListModel(deps.summaries(), deps.keeper().where);
    list.replaceChildren(...rows.map((row) => renderRow(row)));
  };

  const renderRow = (row: SourceRowModel): HTMLLIElement => {
    const item = element("li", undefined, "source-item");
    item.dataset.testid = "source-item";
    const headline = element("span", row.headline, "headline");
    headline.id = `source-item-${row.id}`;
    const details = element("span", `${row.details} · ${row.origin}`, "muted");
    item.append(headline, details);
    if (row.link) {
      const link = element("a", "Open the article");
      link.href = row.link;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      // Every row has one: a screen reader reads which article with it.
      link.setAttribute("aria-describedby", headline.id);
      item.append(link);
    }
    if (row.removable) item.append(removeControls(row, headline.id));
    return item;
  };

  const removeControls = (row: SourceRowModel, headlineId: string): HTMLElement => {
    const actions = element("div", undefined, "actions");
    const remove = element("button", "Remove");
    remove.type = "button";
    remove.setAttribute("aria-describedby", headlineId);
    remove.addEventListener("click", async () => {
      const entry = deps
        .keeper()
        .entries()
        .find((e) => e.id === row.id);
      const companies = entry ? deps.companiesOf(entry.document) : [];
      const note = element("p", "Checking which cells use it…", "note");
      note.id = `${headlineId}-removal`;
      const confirm = element("button", "Remove", "danger");
      confirm.type = "button";
      // Focus lands on the confirming button: a screen reader reads the question with it.
      confirm.setAttribute("aria-describedby", note.id);
      const cancel = element("button", "Cancel");
      cancel.type = "button";
      actions.replaceChildren(note, confirm, cancel);
      cancel.addEventListener("click", () => {
        render();
        focusRemove(row.id);
      });
      confirm.addEventListener("click", async () => {
        confirm.disabled = true;
        const outcome = await deps.keeper().remove(row.id);
        showStatus(
          status,
          outcome.ok
            ? {
                ok: true,
                message: `Removed “${row.headline}”.${outcome.note ? ` ${outcome.note}` : ""}`,
              }
            : outcome,
        );
        render();
        // The row is gone: the keyboard goes on to the list's heading, above the report.
        heading.focus();
      });
      confirm.focus();
      note.textContent = removalNote(row.headline, companies, await deps.affectedCells(companies));
    });
    actions.append(remove);
    return actions;
  };

  exportButton.addEventListener("click", () => {
    const entries = deps.keeper().entries();
    if (entries.length === 0) {
      showStatus(status, { ok: false, message: "There is no added source to export yet." });
      return;
    }
    const now = new Date().toISOString();
    const blob = new Blob([sourcesFileText(entries, now)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const anchor = element("a");
    anchor.href = url;
    anchor.download = sourcesFileName(now);
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    const count = entries.length;
    showStatus(status, {
      ok: true,
      message: `Exported ${count} source${count === 1 ? "" : "s"} to ${anchor.download}.`,
    });
  });

  importButton.addEventListener("click", () => file.click());
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    file.value = "";
    if (!chosen) return;
    // Reading a file of hundreds of articles takes a moment: say so, and let the line show first.
    status.classList.remove("error", "success");
    status.textContent = `Reading ${chosen.name}…`;
    await new Promise((resolve) => setTimeout(resolve, 0));
    showStatus(status, await importFile(chosen, deps));
    render();
  });

  render();
  return render;
}

async function importFile<D extends { id: string; headline: string; text: string }>(
  chosen: File,
  deps: SourcesListDeps<D>,
): Promise<{ ok: boolean; message: string }> {
  if (chosen.size > IMPORT_LIMIT_BYTES) {
    return { ok: false, message: "The file is larger than 100 MB: nothing was imported." };
  }
  const keeper = deps.keeper();
  const read = readSourcesFile(await chosen.text(), keeper.entries(), deps.validate);
  if (!read.ok) return { ok: false, message: read.reason };
  if (read.plan.added.length > 0) {
    const outcome = await keeper.add(read.plan.added);
    if (!outcome.ok) return outcome;
  }
  const report = importReport(read.plan, (document) => document.headline, keeper.where);
  return { ok: read.plan.quarantined.length === 0, message: report };
}
