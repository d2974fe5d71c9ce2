/**
 * The read half of Freeze DEALS formulas: what a freeze would change, in at most four syncs whatever
 * the size (sheets and selection; used ranges; spills; cells DEALS arguments refer to, only when
 * there are any). The confirmation shows its count; the write re-reads and compares.
 */
import { fullAddress, localAddress, parseBlock, type Block } from "../../domain/audit/a1";
import { isCitationSheet } from "../../domain/audit/citation-sheet";
import { readDealsCalls } from "../../domain/audit/deals-calls";
import {
  dealsFormulaCells,
  planFreeze,
  planSignature,
  type FreezeGroup,
  type FreezePlan,
  type SheetFormulas,
  type SheetGrid,
} from "../../domain/audit/freeze-plan";
import type { Catalog } from "../../domain/catalog/catalog";
import { readCellValues } from "./read-cells";

export type FreezeScope = "selection" | "sheet" | "workbook";

export type PreparedFreeze = {
  plan: FreezePlan;
  signature: string;
  /** Values of the cells DEALS arguments refer to, for the citation sheet. */
  cells: Map<string, unknown>;
  sheetNames: string[];
  structureProtected: boolean;
};

/** Referenced cells read for the citation sheet at most. */
const MAX_REFERENCED_CELLS = 200;

/**
 * Reads what a freeze would change: at most four syncs (sheets and selection; used ranges; spills;
 * cells DEALS arguments refer to, only when there are any).
 */
export async function prepareFreeze(
  context: Excel.RequestContext,
  scope: FreezeScope,
  catalog: Catalog,
): Promise<PreparedFreeze> {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  const protection = workbook.protection;
  protection.load("protected");
  const areas = scope === "selection" ? workbook.getSelectedRanges().areas : undefined;
  areas?.load("items/address");
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  // A citation sheet records formulas as text; it is never frozen itself.
  const targets =
    scope === "workbook" ? sheets.items.filter((sheet) => !isCitationSheet(sheet.name)) : [active];
  const used = targets.map((sheet) => {
    sheet.load("name,protection/protected");
    const range = sheet.getUsedRangeOrNullObject();
    range.load("address,formulas,values,valueTypes,numberFormat");
    return { sheet, range };
  });
  await context.sync();

  const grids: SheetGrid[] = used.map(({ sheet, range }) => ({
    sheet: sheet.name,
    protected: sheet.protection.protected,
    used: range.isNullObject
      ? undefined
      : {
          address: range.address,
          formulas: range.formulas,
          values: range.values,
          valueTypes: range.valueTypes,
          numberFormat: range.numberFormat,
        },
  }));
  const sheetFormulas = grids.map((grid) => ({ grid, cells: dealsFormulaCells(grid) }));
  const spills = await readSpills(context, sheetFormulas);
  const scopeBlocks = areas?.items.flatMap((area) =>
    area.address.split(",").flatMap((part) => parseBlock(part, active.name) ?? []),
  );
  const plan = planFreeze(sheetFormulas, spills, scopeBlocks);
  const cells = await readReferencedCells(context, catalog, plan.groups);
  return {
    plan,
    signature: planSignature(plan),
    cells,
    sheetNames,
    structureProtected: protection.protected,
  };
}

/** Each DEALS formula cell's spill (ExcelApi 1.12), all in one batch. */
async function readSpills(
  context: Excel.RequestContext,
  sheets: readonly SheetFormulas[],
): Promise<Map<string, Block>> {
  const anchors = sheets.flatMap(({ grid, cells }) =>
    cells.map(({ anchor }) => {
      const spill = context.workbook.worksheets
        .getItem(grid.sheet)
        .getRange(localAddress(anchor))
        .getSpillingToRangeOrNullObject();
      spill.load("address");
      return { anchor, spill };
    }),
  );
  if (anchors.length === 0) return new Map();
  await context.sync();
  const spills = new Map<string, Block>();
  for (const { anchor, spill } of anchors) {
    const block = spill.isNullObject ? undefined : parseBlock(spill.address, anchor.sheet);
    if (block) spills.set(fullAddress(anchor), block);
  }
  return spills;
}

/** The cells DEALS arguments refer to (`=DEALS.AIROUND(A1,"C")`), read in one batch if any. */
async function readReferencedCells(
  context: Excel.RequestContext,
  catalog: Catalog,
  groups: readonly FreezeGroup[],
): Promise<Map<string, unknown>> {
  const keys = new Set<string>();
  for (const group of groups) {
    const reading = readDealsCalls(catalog, group.formula, group.anchor.sheet);
    if (reading.kind === "needsCells") reading.refs.forEach((key) => keys.add(key));
  }
  return readCellValues(context, keys, MAX_REFERENCED_CELLS);
}
