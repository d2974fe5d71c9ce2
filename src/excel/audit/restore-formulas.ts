/**
 * Restore formulas: reads the citation sheets a freeze left, and puts each recorded formula back
 * where its cells still hold the frozen values, emptying a spill's other cells so it spills again.
 * Formulas whose cells were edited since are skipped and named. The Status column records what was
 * done, so restoring twice changes nothing. Four syncs whatever the size: sheets, citation rows,
 * target cells, writes.
 *
 * The writes are cell writes only, so where Excel supports undo for add-ins (ExcelApi 1.20) they run
 * as one undo group (`mergeUndoGroup`); a batch that adds or deletes sheets could throw
 * `UndoNotSupported` there, which is why freezing (it adds a sheet) does not ask for it.
 */
import { isSetSupported } from "../../cell-values/requirements";
import { columnName, localAddress, sameSheet } from "../../domain/audit/a1";
import {
  CITATION_HEADER,
  STATUS,
  groupBlock,
  isCitationSheet,
  recordedGroups,
  type RecordedGroup,
} from "../../domain/audit/citation-sheet";
import { planRestore, type RestorePlan } from "../../domain/audit/restore-plan";
import { auditErrorMessage } from "./audit-errors";

export type RestoreOutcome = { ok: boolean; message: string };

const STATUS_COLUMN = CITATION_HEADER.indexOf("Status");

type Citation = { sheet: Excel.Worksheet; rows: unknown[][]; groups: RecordedGroup[] };

export async function restoreFormulas(context: Excel.RequestContext): Promise<RestoreOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const used = sheets.items
    .filter((sheet) => isCitationSheet(sheet.name))
    .map((sheet) => ({ sheet, range: sheet.getUsedRangeOrNullObject().load("values") }));
  if (used.length === 0) {
    return { ok: false, message: "No citation sheet found: there is nothing frozen to restore." };
  }
  await context.sync();

  const citations: Citation[] = used.flatMap(({ sheet, range }) => {
    const groups = range.isNullObject ? undefined : recordedGroups(range.values);
    return groups ? [{ sheet, rows: range.values, groups }] : [];
  });
  const groups = citations.flatMap((c) => c.groups);
  if (groups.length === 0) {
    return { ok: false, message: "Every formula the citation sheets record is already restored." };
  }
  const names = sheets.items.map((sheet) => sheet.name);
  const targets = new Map<RecordedGroup, Excel.Range>();
  const watched = new Map<string, Excel.Worksheet>();
  for (const group of groups) {
    if (!names.some((name) => sameSheet(name, group.sheet))) continue;
    const sheet = sheets.getItem(group.sheet);
    watched.set(group.sheet.toLowerCase(), sheet.load("name,protection/protected"));
    targets.set(group, sheet.getRange(localAddress(groupBlock(group))).load("values"));
  }
  await context.sync();

  const locked = [...watched.values()].filter((s) => s.protection.protected).map((s) => s.name);
  if (locked.length > 0) {
    const one = locked.length === 1;
    return {
      ok: false,
      message: `${locked.join(", ")} ${one ? "is" : "are"} protected: unprotect ${one ? "it" : "them"} to restore. Nothing was changed.`,
    };
  }
  const plan = planRestore(groups, (group) => targets.get(group)?.values);
  for (const step of plan.restore) {
    sheets.getItem(step.group.sheet).getRange(localAddress(step.block)).formulas = step.formulas;
  }
  for (const citation of citations) queueStatus(citation, plan);
  await context.sync();
  return outcome(plan);
}

/** Writes Restored / Not restored (why) in the Status column of the rows acted on. */
function queueStatus({ sheet, rows, groups }: Citation, plan: RestorePlan): void {
  const restored = new Set(plan.restore.map((step) => step.group));
  const skipped = new Map(plan.skipped.map((skip) => [skip.group, skip.why]));
  const status = rows.map((row) => row[STATUS_COLUMN]);
  for (const group of groups) {
    const text = restored.has(group) ? STATUS.restored : `Not restored: ${skipped.get(group)}`;
    for (const { row } of group.cells) status[row] = text;
  }
  const column = columnName(STATUS_COLUMN);
  // The citation sheet's cells are Text-formatted: the status is written as it reads.
  sheet.getRange(`${column}2:${column}${rows.length}`).values = status
    .slice(1)
    .map((text) => [text]);
}

function outcome(plan: RestorePlan): RestoreOutcome {
  const count = plan.restore.length;
  const lines = [`Restored ${count} formula${count === 1 ? "" : "s"}.`];
  if (plan.skipped.length > 0) {
    const named = plan.skipped.map(
      ({ group, why }) => `${group.sheet}!${localAddress(group.anchor)} (${why})`,
    );
    lines.push(`Skipped ${plan.skipped.length}, left as values: ${named.join("; ")}.`);
  }
  return { ok: plan.skipped.length === 0, message: lines.join(" ") };
}

/** ExcelApi 1.20 brings undo for add-in writes; only then is an undo group asked for. */
function undoGroupSupported(): boolean {
  return isSetSupported("ExcelApi", "1.20");
}

/** Runs Restore formulas in one `Excel.run`; Excel errors become a message. */
export async function runRestore(): Promise<RestoreOutcome> {
  try {
    return undoGroupSupported()
      ? await Excel.run({ mergeUndoGroup: true }, restoreFormulas)
      : await Excel.run(restoreFormulas);
  } catch (error) {
    return { ok: false, message: auditErrorMessage(error) };
  }
}
