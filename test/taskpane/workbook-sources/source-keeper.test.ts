/**
 * Sources kept in the workbook through the pane's keeper: the catalog the functions and the pane
 * read follows each change, the workbook holds it across a reload, and Excel is asked to
 * recalculate after each change.
 */
import { rawDataset } from "../../../src/data/dataset";
import { createCheckingCatalogStore } from "../../../src/domain/catalog/checking-store";
import { type CheckedSource } from "../../../src/domain/catalog/catalog-store";
import { roundComparison } from "../../../src/domain/tables/table-rounds";
import { loadWorkbookSources } from "../../../src/excel/sources/workbook-source-store";
import { addedSourceSeal, validateDocument } from "../../../src/sources/validate-document";
import { tableBlock } from "../../../src/taskpane/table-block";
import {
  sessionKeeper,
  workbookKeeper,
} from "../../../src/taskpane/workbook-sources/source-keeper";
import { installExcel, WorkbookFile } from "../../excel/sources/workbook-parts-mock";
import { answerOf } from "../../functions/custom-functions-shim";
import { catalogStore } from "../../../src/functions/catalog-root";
import { AIROUND, AISOURCE } from "../../../src/functions/functions";
import { lumenDocument } from "../../fixtures/lumen-source";

function lumen(headline = "Lumen Robotics raises $40 million to build picking arms") {
  const built = lumenDocument(headline);
  // Checked as the pane checks what it keeps: the catalog takes kept sources without checking.
  const checked = validateDocument(built);
  if (!checked.ok) throw new Error(checked.issues.join("; "));
  return { id: built.id, addedAt: "2026-11-28T01:00:00Z", document: checked.value };
}

describe("workbookKeeper", () => {
  it("adds to the workbook and the catalog, survives a reload, and removes from both", async () => {
    const file = new WorkbookFile();
    const runs = installExcel(file);
    const store = createCheckingCatalogStore(rawDataset);
    const keeper = workbookKeeper<CheckedSource>([], store);
    const changes: number[] = [];
    store.subscribe((catalog) => changes.push(catalog.sources.length));

    expect(await keeper.add([lumen()])).toEqual({ ok: true });
    expect(changes).toEqual([2]);
    expect(runs.map((run) => run.calculations)).toEqual([["Full"]]);
    const rows = roundComparison(store.current()).rows.map((row) => row[0]?.display);
    expect(rows).toContain("Lumen Robotics");

    const loaded = await loadWorkbookSources(validateDocument);
    if (!loaded.ok) throw new Error(loaded.message);
    const reopened = createCheckingCatalogStore(rawDataset);
    reopened.setCheckedSources(loaded.value.sources.map((s) => s.document));
    expect(reopened.listSources().map((s) => [s.headline, s.rounds, s.bundled])).toEqual([
      [expect.any(String), 3, true],
      ["Lumen Robotics raises $40 million to build picking arms", 2, false],
    ]);

    const again = workbookKeeper(loaded.value.sources, reopened);
    expect(await again.remove(lumen().id)).toEqual({ ok: true });
    expect(reopened.listSources()).toHaveLength(1);
    expect(file.parts.size).toBe(0);
    expect(runs.at(-1)?.calculations).toEqual(["Full"]);
  });

  it("keeps sources sealed: reopened, they are not checked again unless changed since", async () => {
    const file = new WorkbookFile();
    installExcel(file);
    const seal = addedSourceSeal(() => new Set(["article-2018-04-10"]));
    const keeper = workbookKeeper<CheckedSource>([], createCheckingCatalogStore(rawDataset), seal);
    expect(await keeper.add([lumen()])).toEqual({ ok: true });
    let fullChecks = 0;
    const counted: typeof validateDocument = (raw) => {
      fullChecks += 1;
      return validateDocument(raw);
    };

    const reopened = await loadWorkbookSources(counted, () => false, seal);
    expect(reopened.ok && reopened.value.sources.map((s) => s.document)).toEqual([
      lumen().document,
    ]);
    expect(fullChecks).toBe(0);

    // A part edited outside the add-in: the source is checked in full, and refused when it fails.
    for (const [id, part] of file.parts) {
      file.parts.set(id, {
        ...part,
        xml: part.xml.replace('"amount":40000000', '"amount":-40000000'),
      });
    }
    const edited = await loadWorkbookSources(counted, () => false, seal);
    expect(fullChecks).toBe(1);
    expect(edited.ok && edited.value.quarantined[0]?.reason).toMatch(/failed its checks/);
  });

  it("leaves the catalog as it was when the workbook refuses the write", async () => {
    installExcel(new WorkbookFile(), { failAt: { operation: 1, code: "AccessDenied" } });
    const store = createCheckingCatalogStore(rawDataset);
    const keeper = workbookKeeper<CheckedSource>([], store);
    const outcome = await keeper.add([lumen()]);
    expect(outcome.ok).toBe(false);
    expect(store.listSources()).toHaveLength(1);
    expect(keeper.entries()).toEqual([]);
  });
});

describe("the page's catalog after a change", () => {
  afterEach(() => catalogStore.setCheckedSources([]));

  it("is what the custom functions answer from, citing the added source", async () => {
    const keeper = sessionKeeper<CheckedSource>(catalogStore);
    expect(answerOf(() => AIROUND("Lumen Robotics", "B"))).toMatchObject({ code: "#N/A" });
    await keeper.add([lumen()]);
    expect(answerOf(() => AIROUND("Lumen Robotics", "B"))).toBe(40e6);
    expect(answerOf(() => AISOURCE("Lumen Robotics", "B", "amount"))).toContain(
      "Lumen Robotics raises $40 million to build picking arms",
    );
    await keeper.remove(lumen().id);
    expect(answerOf(() => AIROUND("Lumen Robotics", "B"))).toMatchObject({ code: "#N/A" });
  });

  it("writes an added source's text to cells only through the text guard", async () => {
    const hostile = lumen('=HYPERLINK("https://evil.example","click")');
    const [company, ...others] = hostile.document.companies;
    if (!company) throw new Error("the article names no company");
    const renamed = { name: "=cmd|'/c calc'!A1", legalName: "=cmd|'/c calc'!A1" };
    const checked = validateDocument({
      ...hostile.document,
      companies: [{ ...company, ...renamed }, ...others],
    });
    if (!checked.ok) throw new Error(checked.issues.join("; "));
    await sessionKeeper<CheckedSource>(catalogStore).add([{ ...hostile, document: checked.value }]);
    const block = tableBlock(roundComparison(catalogStore.current()), "values");
    // The guard: every cell holding the added text is formatted as Text ("@") before it is
    // written, so Excel keeps it as the literal text.
    const hostileCells = block.cells.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        typeof cell === "string" && /^[=+\-@]|=HYPERLINK/.test(cell)
          ? [[cell, block.numberFormats[r]?.[c]]]
          : [],
      ),
    );
    expect(hostileCells.map(([cell]) => cell)).toContain("=cmd|'/c calc'!A1");
    expect(hostileCells.every(([, format]) => format === "@")).toBe(true);
  });
});

describe("sessionKeeper", () => {
  it("says so when the source to remove is not kept, instead of reporting it removed", async () => {
    const store = createCheckingCatalogStore(rawDataset);
    const keeper = sessionKeeper<CheckedSource>(store);
    await keeper.add([lumen()]);
    expect(await keeper.remove("not-kept")).toEqual({
      ok: false,
      message: "That source is not kept any more.",
    });
    expect(keeper.entries()).toHaveLength(1);
    expect(await keeper.remove(lumen().id)).toEqual({ ok: true });
  });
});
