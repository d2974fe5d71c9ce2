/**
 * Which cells a freeze changes and what it writes, worked out from what Excel read: every cell whose
 * formula calls DEALS, a spill as a whole (anchor and every spilled cell), limited to the selection
 * when asked. Pure, so the counts shown for confirmation and the writes are the same computation.
 */
import { blockGrid, cellAt, fullAddress, overlaps, parseBlock, type Block } from "./a1";
import { dealsFunctionNames } from "./deals-calls";
import { GENERAL } from "../presentation/number-format";

/** One sheet's used range as Excel returned it (`formulas`, `values`, `valueTypes`, `numberFormat`). */
export type SheetGrid = {
  sheet: string;
  protected: boolean;
  used?: {
    address: string;
    formulas: unknown[][];
    values: unknown[][];
    valueTypes: string[][];
    /** The cells' own number formats ("General" where none was set); read when known. */
    numberFormat?: unknown[][];
  };
};

/** A cell whose formula calls DEALS, and the DEALS functions it calls (`dealsFunctionNames`). */
export type DealsFormulaCell = { anchor: Block; formula: string; names: string[] };

/**
 * A sheet's grid with its DEALS formula cells, found once: finding them lexes every formula of the
 * used range, so the spill read and the plan share one finding.
 */
export type SheetFormulas = { grid: SheetGrid; cells: readonly DealsFormulaCell[] };

/** One formula's cells: the formula cell alone, or its whole spill. */
export type FreezeGroup = {
  anchor: Block;
  formula: string;
  block: Block;
  values: unknown[][];
  /** Excel's value types: "Double", "String", "Boolean", "Error", "Empty". */
  types: string[][];
  /** The cells' own number formats: a format the user set is kept as it is. */
  formats: unknown[][];
};

export type FreezePlan = {
  groups: FreezeGroup[];
  cells: number;
  /** Formula cells left as they are, with the reason. */
  skipped: { address: string; why: string }[];
  /** Sheets with cells to freeze that are protected. */
  protectedSheets: string[];
  /** Cells still calculating (`#BUSY!`): freezing now would keep that. */
  busy: string[];
};

/** Errors Excel accepts as typed constants; a frozen cell keeps them. */
const CONSTANT_ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
]);

/**
 * The DEALS formula cells of a sheet's used range. A spilled cell reports no formula of its own,
 * so only anchors (and single-cell formulas) are found here.
 * @example dealsFormulaCells({ sheet: "S", protected: false, used: { address: "S!A1:B1", formulas: [["=DEALS.TOTALRAISED(\"Megvii\")", 1]], … } })
 * // [{ anchor: { sheet: "S", top: 0, left: 0, … }, formula: '=DEALS.TOTALRAISED("Megvii")', names: ["TOTALRAISED"] }]
 */
export function dealsFormulaCells(grid: SheetGrid): DealsFormulaCell[] {
  const used = grid.used;
  const origin = used && parseBlock(used.address, grid.sheet);
  if (!used || !origin) return [];
  // Text that merely reads "=DEALS.…" (a quote-prefixed cell, the citation sheet's formula column)
  // reports that text as its formula too, but its value is the same text: not a formula.
  return used.formulas.flatMap((row, r) =>
    row.flatMap((formula, c) => {
      if (typeof formula !== "string" || formula === used.values[r]?.[c]) return [];
      const names = dealsFunctionNames(formula);
      return names.length > 0 ? [{ anchor: cellAt(origin, r, c), formula, names }] : [];
    }),
  );
}

/**
 * The freeze: each DEALS formula cell (`dealsFormulaCells` of each sheet) with the block it fills
 * (its spill, from `spills`, keyed by the anchor's full address), kept when it meets `scope` (the
 * selection's areas; every cell when omitted).
 */
export function planFreeze(
  sheets: readonly SheetFormulas[],
  spills: ReadonlyMap<string, Block>,
  scope?: readonly Block[],
): FreezePlan {
  const plan: FreezePlan = { groups: [], cells: 0, skipped: [], protectedSheets: [], busy: [] };
  for (const { grid, cells } of sheets) {
    for (const { anchor, formula, names } of cells) {
      const block = spills.get(fullAddress(anchor)) ?? anchor;
      if (scope && !scope.some((area) => overlaps(area, block))) continue;
      const group = withValues(grid, anchor, formula, block);
      const why = skipReason(group, names);
      if (why === "busy") plan.busy.push(fullAddress(anchor));
      else if (why) plan.skipped.push({ address: fullAddress(anchor), why });
      else {
        plan.groups.push(group);
        plan.cells += group.values.length * (group.values[0]?.length ?? 0);
      }
    }
    if (grid.protected && plan.groups.some((g) => g.anchor.sheet === grid.sheet)) {
      plan.protectedSheets.push(grid.sheet);
    }
  }
  return plan;
}

function withValues(grid: SheetGrid, anchor: Block, formula: string, block: Block): FreezeGroup {
  const used = grid.used;
  const origin = used && parseBlock(used.address, grid.sheet);
  const pick = <T>(source: T[][] | undefined, fallback: T) =>
    blockGrid(block, (cell) =>
      origin ? (source?.[cell.top - origin.top]?.[cell.left - origin.left] ?? fallback) : fallback,
    );
  return {
    anchor,
    formula,
    block,
    values: pick(used?.values, ""),
    types: pick(used?.valueTypes, "Empty"),
    formats: pick(used?.numberFormat, GENERAL),
  };
}

function skipReason(group: FreezeGroup, names: readonly string[]): string | undefined {
  if (names.includes("PROFILE")) {
    return "holds a company card (DEALS.PROFILE): a card cannot be written as a plain value, so it stays a formula.";
  }
  const types = group.types.flat();
  const errors = group.values.flat().filter((_, i) => types[i] === "Error");
  if (errors.includes("#BUSY!")) return "busy";
  const odd = errors.find((error) => !CONSTANT_ERRORS.has(String(error)));
  if (odd !== undefined) {
    return `shows ${String(odd)}: fix what the error says, then freeze it.`;
  }
  return undefined;
}

/**
 * What a frozen cell receives: numbers and booleans as they are, an error as its constant, text
 * with Excel's quote prefix, so text that starts with = + - @ (or looks like a number or date)
 * stays the text it was and never becomes a formula.
 * @example frozenCell("=HYPERLINK(1)", "String") // "'=HYPERLINK(1)"
 * @example frozenCell(43199, "Double")          // 43199
 */
export function frozenCell(value: unknown, type: string): unknown {
  if (typeof value === "string" && type !== "Error" && value !== "") return `'${value}`;
  return value;
}

/** A short fingerprint of a plan: the confirmation holds only while the cells are unchanged. */
export function planSignature(plan: FreezePlan): string {
  return JSON.stringify(plan.groups.map((g) => [fullAddress(g.block), g.formula, g.values]));
}
