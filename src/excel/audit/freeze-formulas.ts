/**
 * Freeze DEALS formulas: replaces each DEALS formula (a spill as a whole) with the values it shows,
 * formats untouched, and adds a citation sheet listing every frozen cell. Writes are one batch for
 * the citation sheet and one per sheet, never one per cell.
 *
 * Values are written with `range.values` and a text guard (`frozenCell`: text gets Excel's quote
 * prefix), not with `copyFrom(…, RangeCopyType.values)` (ExcelApi 1.9) onto the same range: copying
 * a range onto itself is undocumented, and the guard gives the same cells predictably — numbers,
 * dates and booleans as they were, errors as their constants, text as text even when it starts with
 * = + - @.
 *
 * Excel has no transaction: if a write fails half-way, the cells already written get their formulas
 * back and the citation sheet is removed, so the workbook is left as it was.
 */
import { localAddress, sameSheet } from "../../domain/audit/a1";
import {
  citationSheetName,
  freezeRecord,
  type FrozenFormat,
} from "../../domain/audit/citation-sheet";
import { frozenCell, type FreezeGroup, type FreezePlan } from "../../domain/audit/freeze-plan";
import type { Catalog } from "../../domain/catalog/catalog";
import { currentCatalog } from "../../runtime/shared-catalog";
import { isSetSupported } from "../../cell-values/requirements";
import { auditErrorMessage } from "./audit-errors";
import { queueCitationSheet } from "./citation-sheet-writer";
import { prepareFreeze, type FreezeScope, type PreparedFreeze } from "./prepare-freeze";

export type { FreezeScope, PreparedFreeze } from "./prepare-freeze";
export { prepareFreeze } from "./prepare-freeze";

export type FreezeOutcome = { ok: boolean; message: string; prepared?: PreparedFreeze };

/** A sentence for the confirmation: how many cells change, where, and what is left alone. */
export function describePlan(plan: FreezePlan, scope: FreezeScope): string {
  const where = { selection: "the selection", sheet: "the active sheet", workbook: "the workbook" };
  if (plan.groups.length === 0 && plan.skipped.length === 0) {
    return `No DEALS formulas in ${where[scope]}: nothing to freeze.`;
  }
  const spills = plan.groups.filter((g) => g.values.length * (g.values[0]?.length ?? 0) > 1);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const parts = [
    `Freeze ${count(plan.cells, "cell")} (${count(plan.groups.length, "DEALS formula")}${spills.length > 0 ? `, ${count(spills.length, "spill")}` : ""}) in ${where[scope]}?`,
    "Each becomes the value it shows now, formats kept, and a citation sheet lists them. Ctrl+Z may not undo this: use Restore formulas.",
  ];
  for (const { address, why } of plan.skipped) parts.push(`${address} is left as it is: it ${why}`);
  return parts.join(" ");
}

/**
 * Freezes what `prepareFreeze` found, if the workbook still matches the confirmed `signature`;
 * otherwise nothing is written and the new plan is returned for a fresh confirmation.
 */
export async function applyFreeze(
  context: Excel.RequestContext,
  scope: FreezeScope,
  signature: string,
  catalog: Catalog,
): Promise<FreezeOutcome> {
  const prepared = await prepareFreeze(context, scope, catalog);
  const { plan } = prepared;
  if (prepared.signature !== signature) {
    return {
      ok: false,
      message: `The cells changed since you asked. ${describePlan(plan, scope)}`,
      prepared,
    };
  }
  const refusal = refusalOf(prepared);
  if (refusal) return { ok: false, message: refusal };

  const name = citationSheetName(prepared.sheetNames);
  const written: FreezeGroup[] = [];
  try {
    const record = freezeRecord(catalog, plan.groups, prepared.cells);
    // Where the live cells showed a lower bound or a date by its format, the frozen cells keep it.
    const formats = formatsShown() ? record.formats : new Map<FreezeGroup, FrozenFormat[]>();
    queueCitationSheet(context, name, record.rows);
    await context.sync();
    for (const sheet of new Set(plan.groups.map((g) => g.anchor.sheet))) {
      const groups = plan.groups.filter((g) => sameSheet(g.anchor.sheet, sheet));
      const target = context.workbook.worksheets.getItem(sheet);
      for (const group of groups) {
        const range = target.getRange(localAddress(group.block));
        range.values = group.values.map((row, r) =>
          row.map((value, c) => frozenCell(value, group.types[r][c])),
        );
        for (const { row, column, format } of formats.get(group) ?? []) {
          range.getCell(row, column).numberFormat = [[format]];
        }
      }
      written.push(...groups);
      // One write batch per sheet keeps each request well under the web's 5 MB payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (error) {
    return { ok: false, message: await undoPartialFreeze(context, written, name, error) };
  }
  return {
    ok: true,
    message: `Froze ${plan.cells} cell${plan.cells === 1 ? "" : "s"}. The sheet ${name} lists each one with its formula, fact and passage; Restore formulas puts the formulas back.`,
  };
}

function refusalOf(prepared: PreparedFreeze): string | undefined {
  const { plan } = prepared;
  if (plan.busy.length > 0) {
    return `DEALS cells are still calculating (${plan.busy.join(", ")} shows #BUSY!): wait a moment and freeze again. Nothing was changed.`;
  }
  if (plan.groups.length === 0) return "No DEALS formulas to freeze: nothing was changed.";
  if (plan.protectedSheets.length > 0) {
    return `${plan.protectedSheets.join(", ")} ${plan.protectedSheets.length === 1 ? "is" : "are"} protected: unprotect ${plan.protectedSheets.length === 1 ? "it" : "them"} to freeze. Nothing was changed.`;
  }
  if (prepared.structureProtected) {
    return "The workbook's structure is protected, so the citation sheet cannot be added: unprotect it to freeze. Nothing was changed.";
  }
  return undefined;
}

/**
 * A write failed half-way: the groups queued (some may be written) get their formulas back — a
 * spill's cells emptied so it spills again — and the citation sheet goes. One more batch.
 */
async function undoPartialFreeze(
  context: Excel.RequestContext,
  queued: readonly FreezeGroup[],
  citationName: string,
  error: unknown,
): Promise<string> {
  const reason = auditErrorMessage(error).replace(/ Nothing was changed\.$/, "");
  const sheets = context.workbook.worksheets;
  try {
    for (const group of queued) {
      const rows = group.values.map((row, r) =>
        row.map((_, c) => (r === 0 && c === 0 ? group.formula : "")),
      );
      sheets.getItem(group.anchor.sheet).getRange(localAddress(group.block)).formulas = rows;
    }
    const citation = sheets.getItemOrNullObject(citationName);
    citation.load("name");
    await context.sync();
    if (!citation.isNullObject) {
      citation.delete();
      await context.sync();
    }
    return `${reason} Nothing was frozen: the cells it had reached have their formulas back.`;
  } catch {
    return `${reason} Freezing stopped part-way and not every formula could be put back: the sheet ${citationName} lists each cell's formula; use Restore formulas.`;
  }
}

/** Runs a freeze confirmation read: one `Excel.run`; Excel errors become a message. */
export async function runPrepareFreeze(
  scope: FreezeScope,
): Promise<{ ok: true; prepared: PreparedFreeze } | { ok: false; message: string }> {
  try {
    return {
      ok: true,
      prepared: await Excel.run((context) => prepareFreeze(context, scope, currentCatalog())),
    };
  } catch (error) {
    return { ok: false, message: auditErrorMessage(error) };
  }
}

/** Runs a confirmed freeze: one `Excel.run`; Excel errors become a message. */
export async function runFreeze(scope: FreezeScope, signature: string): Promise<FreezeOutcome> {
  try {
    return await Excel.run((context) => applyFreeze(context, scope, signature, currentCatalog()));
  } catch (error) {
    return { ok: false, message: auditErrorMessage(error) };
  }
}

/** Whether this host showed the formats DEALS answers carry where Excel has data types. */
const formatsShown = (): boolean => isSetSupported("ExcelApi", "1.16");
