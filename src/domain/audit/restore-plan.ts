/**
 * Which recorded formulas Restore puts back: a formula returns only where every cell it had frozen
 * still holds the frozen value; a cell someone edited since keeps the edit, and the whole formula
 * (its spill included, which would otherwise collide with the edit) is skipped and named.
 */
import { blockGrid, fullAddress, localAddress, type Block } from "./a1";
import { groupBlock, type RecordedGroup } from "./citation-sheet";
import { sameValue } from "./cell-trace";
import { functionNames } from "./deals-calls";

/**
 * Functions a restored formula may not call: they reach outside the workbook or run code. The
 * citation sheet is ordinary cells anyone can edit, so Restore writes back only what a freeze
 * could have recorded (a formula calling DEALS) and nothing a stranger could slip in.
 */
const UNSAFE_FUNCTIONS = new Set([
  "WEBSERVICE",
  "HYPERLINK",
  "RTD",
  "CALL",
  "REGISTER.ID",
  "IMAGE",
]);

/**
 * Why a recorded formula is not written back, or undefined when it may be.
 * @example unsafeFormula('=DEALS.AIROUND("SenseTime","C")')                 // undefined
 * @example unsafeFormula('=DEALS.TOTALRAISED("x")+WEBSERVICE("http://x")') // "it calls WEBSERVICE"
 */
export function unsafeFormula(formula: string): string | undefined {
  const names = functionNames(formula);
  if (!names.some((name) => name.startsWith("DEALS."))) return "it calls no DEALS function";
  const unsafe = names.find((name) => UNSAFE_FUNCTIONS.has(name));
  if (unsafe) return `it calls ${unsafe}`;
  return undefined;
}

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
    const unsafe = unsafeFormula(group.formula);
    if (unsafe) {
      plan.skipped.push({ group, why: `the recorded formula is not restored: ${unsafe}` });
      continue;
    }
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
    const anchor = localAddress(group.anchor);
    const formulas = blockGrid(block, (cell) =>
      localAddress(cell) === anchor ? group.formula : "",
    );
    plan.restore.push({ group, block, formulas });
  }
  return plan;
}
