/**
 * Which recorded formulas Restore puts back: a formula returns only where every cell it had frozen
 * still holds the frozen value; a cell someone edited since keeps the edit, and the whole formula
 * (its spill included, which would otherwise collide with the edit) is skipped and named.
 */
import { cellAt, fullAddress, localAddress, type Block } from "./a1";
import { groupBlock, type RecordedGroup } from "./citation-sheet";
import { sameValue } from "./cell-trace";

export type RestoreStep = { group: RecordedGroup; block: Block; formulas: unknown[][] };

export type RestorePlan = {
  restore: RestoreStep[];
  /** Formulas not put back, with the edited cells ("Sheet1!B3") or why. */
  skipped: { group: RecordedGroup; why: string }[];
};

/**
 * @param current the values each group's block (`groupBlock`) holds now; undefined for a sheet
 *   that no longer exists.
 */
export function planRestore(
  groups: readonly RecordedGroup[],
  current: (group: RecordedGroup) => unknown[][] | undefined,
): RestorePlan {
  const plan: RestorePlan = { restore: [], skipped: [] };
  for (const group of groups) {
    const block = groupBlock(group);
    const now = current(group);
    if (!now) {
      plan.skipped.push({ group, why: `the sheet ${group.sheet} no longer exists` });
      continue;
    }
    const edited = group.cells
      .filter(
        ({ cell, value }) => !sameValue(now[cell.top - block.top]?.[cell.left - block.left], value),
      )
      .map(({ cell }) => fullAddress(cell));
    if (edited.length > 0) {
      plan.skipped.push({ group, why: `edited since the freeze: ${edited.join(", ")}` });
      continue;
    }
    const formulas = Array.from({ length: block.bottom - block.top + 1 }, (_, r) =>
      Array.from({ length: block.right - block.left + 1 }, (_, c) =>
        localAddress(cellAt(block, r, c)) === localAddress(group.anchor) ? group.formula : "",
      ),
    );
    plan.restore.push({ group, block, formulas });
  }
  return plan;
}
