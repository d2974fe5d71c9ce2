/**
 * The citation sheet a freeze adds: one row per frozen cell (address, original formula, value, the
 * fact, its passage and source), so the numbers stay cited where the add-in is missing. It is also
 * the record Restore reads back, so its layout is defined, written and parsed here only.
 */
import type { Catalog } from "../catalog/catalog";
import { sourcesOf, type Sourced } from "../core/value";
import { ENTERED_BY_ANALYST_TEXT, displayText, sourceLabel } from "../presentation/display";
import { cellAt, localAddress, parseBlock, sameSheet, type Block } from "./a1";
import { traceCell } from "./cell-trace";
import type { CallTrace } from "./call-facts";
import type { CellLookup } from "./deals-calls";
import type { FreezeGroup } from "./freeze-plan";
import { valueCell } from "../formulas/formula-cells";
import { GENERAL, needsNumberFormat, numberFormatOf } from "../presentation/number-format";

export const CITATION_HEADER = [
  "Sheet",
  "Cell",
  "Formula cell",
  "Original formula",
  "Frozen value",
  "Reading",
  "As the source words it",
  "Passage",
  "Source",
  "Status",
] as const;

/** What Restore acts on; it writes the outcome in the Status column. */
export const STATUS = { frozen: "Frozen", restored: "Restored" } as const;

export const CITATION_SHEET_NAME = "DEALS citations";

/**
 * A sheet name no other sheet has (compared without case, as Excel does), at most 31 characters.
 * @example citationSheetName(["Sheet1", "DEALS citations"]) // "DEALS citations (2)"
 */
export function citationSheetName(taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  let name = CITATION_SHEET_NAME;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${CITATION_SHEET_NAME} (${n})`;
  return name;
}

/** Whether a sheet is one of ours, by name (Restore then checks its header too). */
export const isCitationSheet = (name: string): boolean =>
  name.toLowerCase().startsWith(CITATION_SHEET_NAME.toLowerCase());

/** A number format a frozen cell keeps: row and column within its group's block. */
export type FrozenFormat = { row: number; column: number; format: string };

/**
 * What a freeze records, from one trace of each frozen cell: the citation sheet's rows (header
 * first; `cells` holds values of cells DEALS arguments refer to; values are raw, Frozen value keeps
 * numbers as numbers, text is left for the writer to guard), and for each group the number formats
 * its cells showed where Excel has data types (a lower bound's "> ", a date's precision: see
 * src/cell-values/spill-values.ts), so that a frozen figure reads as the live one did. Only a cell
 * holding its fact's own number gets a format (not, say, `=DEALS.VALUATION(…)/1e9`), and only a
 * cell the user left unformatted (General).
 * @example freezeRecord(catalog, plan.groups, cells).formats.get(airoundsGroup) // [{ row: 2, column: 5, format: '"> "$#,##0.00,,,"B"' }, …]
 */
export function freezeRecord(
  catalog: Catalog,
  groups: readonly FreezeGroup[],
  cells: CellLookup,
): { rows: unknown[][]; formats: Map<FreezeGroup, FrozenFormat[]> } {
  const rows: unknown[][] = [[...CITATION_HEADER]];
  const formats = new Map<FreezeGroup, FrozenFormat[]>();
  for (const group of groups) {
    const kept: FrozenFormat[] = [];
    group.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = cellAt(group.block, r, c);
        const calls = frozenCellCalls(catalog, group, r, c, cells);
        const facts = calls.flatMap((call) => (call.kind === "fact" ? [call.fact] : []));
        rows.push([
          cell.sheet,
          localAddress(cell),
          localAddress(group.anchor),
          group.formula,
          value,
          calls.map((call) => call.reading).join(" | "),
          calls.map(wording).join(" | "),
          facts.map(passageText).join(" | "),
          [...new Set(facts.flatMap(sourcesOf).map(sourceText))].join(" | "),
          STATUS.frozen,
        ]);
        const fact = calls.length === 1 ? facts[0]?.value : undefined;
        // Only where the cell had no format of the user's: theirs is never replaced.
        const unformatted = group.formats[r]?.[c] === GENERAL;
        if (fact && unformatted && needsNumberFormat(fact) && valueCell(fact) === value) {
          kept.push({ row: r, column: c, format: numberFormatOf(fact) });
        }
      }),
    );
    if (kept.length > 0) formats.set(group, kept);
  }
  return { rows, formats };
}

/** The DEALS calls behind one frozen cell (row `r`, column `c` of its group), with their facts. */
function frozenCellCalls(
  catalog: Catalog,
  group: FreezeGroup,
  r: number,
  c: number,
  cells: CellLookup,
): CallTrace[] {
  const value = group.values[r]?.[c];
  const cell = cellAt(group.block, r, c);
  const isAnchor = cell.top === group.anchor.top && cell.left === group.anchor.left;
  const trace = traceCell(
    catalog,
    {
      sheet: cell.sheet,
      address: localAddress(cell),
      formula: isAnchor ? group.formula : value,
      value,
      text: String(value),
      spill: isAnchor
        ? undefined
        : {
            address: localAddress(group.anchor),
            formula: group.formula,
            row: cell.top - group.anchor.top,
            column: cell.left - group.anchor.left,
          },
    },
    cells,
  );
  return trace.kind === "traced" ? trace.calls : [];
}

/** The passages, or that an analyst entered the value (there is then no passage to quote). */
const passageText = (fact: Sourced): string =>
  fact.passages.length > 0 ? fact.quote : ENTERED_BY_ANALYST_TEXT;

/** The source as a reader names it, with its address when the source has one. */
const sourceText = (source: Parameters<typeof sourceLabel>[0]): string =>
  source.url ? `${sourceLabel(source)}, ${source.url}` : sourceLabel(source);

function wording(call: CallTrace): string {
  switch (call.kind) {
    case "fact": {
      const { value, inferred } = call.fact;
      const precision =
        value.type === "date" && value.precision !== "day" ? ` (${value.precision} only)` : "";
      return `${displayText(value)}${precision}${inferred ? ` (inferred: ${inferred})` : ""}`;
    }
    case "failure":
      return `${call.error} ${call.message}`;
    case "label":
      return call.text;
    case "opaque":
      return "computed from the call's result";
  }
}

/** One frozen formula as the citation sheet records it: its cells and what each was frozen to. */
export type RecordedGroup = {
  sheet: string;
  anchor: Block;
  formula: string;
  cells: { cell: Block; value: unknown; row: number }[];
};

/**
 * The frozen formulas a citation sheet records (rows whose status is Frozen), grouped by formula
 * cell; undefined when the sheet's header is not ours. `row` is the 0-based row on that sheet.
 */
export function recordedGroups(values: readonly unknown[][]): RecordedGroup[] | undefined {
  const [header, ...rows] = values;
  if (!header || CITATION_HEADER.some((title, i) => header[i] !== title)) return undefined;
  const groups = new Map<string, RecordedGroup>();
  rows.forEach((row, i) => {
    const [sheet, address, anchorAddress, formula, value, , , , , status] = row;
    if (status !== STATUS.frozen || typeof sheet !== "string" || typeof formula !== "string")
      return;
    const cell = parseBlock(String(address), sheet);
    const anchor = parseBlock(String(anchorAddress), sheet);
    if (!cell || !anchor) return;
    const key = `${sheet.toLowerCase()}!${localAddress(anchor)}`;
    const group = groups.get(key) ?? { sheet, anchor, formula, cells: [] };
    group.cells.push({ cell, value, row: i + 1 });
    groups.set(key, group);
  });
  return [...groups.values()];
}

/** The block a recorded group covers (its spill), from its cells. */
export function groupBlock(group: RecordedGroup): Block {
  const blocks = group.cells.map((c) => c.cell);
  return {
    sheet: group.sheet,
    top: Math.min(...blocks.map((b) => b.top)),
    left: Math.min(...blocks.map((b) => b.left)),
    bottom: Math.max(...blocks.map((b) => b.bottom)),
    right: Math.max(...blocks.map((b) => b.right)),
  };
}

/** Whether a block lies on a sheet (by name, as Excel compares). */
export const onSheet = (block: Block, sheet: string): boolean => sameSheet(block.sheet, sheet);
