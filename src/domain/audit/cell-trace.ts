/**
 * Traces one worksheet cell to the facts behind it: a DEALS formula (alone or inside a larger one),
 * a cell of a DEALS spill, or a cell of a values table the pane inserted (whose formula the pane
 * recorded). Pure: the Excel side reads the cell, this decides what it shows.
 */
import type { Catalog } from "../catalog/catalog";
import { callTrace, type CallTrace } from "./call-facts";
import { readDealsCalls, type CellLookup, type DealsCall } from "./deals-calls";
import { isSpillFunction, spillCellTrace } from "./spill-cell-facts";

/** What Excel says about the selected cell, read in one batch. */
export type CellSnapshot = {
  sheet: string;
  /** Without the sheet: "B2". */
  address: string;
  formula: unknown;
  value: unknown;
  /** The value as the cell displays it, under its number format. */
  text: string;
  /** The anchor of the spill the cell belongs to, and the cell's offset from it. */
  spill?: { address: string; formula: unknown; row: number; column: number };
  /** The DEALS formula behind the cell, as recorded when the pane inserted a values table. */
  recorded?: { formula: string; value: unknown; table: string };
};

/** How the cell came by its value. */
export type TraceOrigin = "formula" | "spill" | "valueTable";

export type Trace =
  | { kind: "noFact"; address: string; reason: string }
  | { kind: "needsCells"; refs: string[] }
  | { kind: "unreadable"; address: string; formula: string; names: string[] }
  | {
      kind: "traced";
      address: string;
      value: unknown;
      text: string;
      origin: TraceOrigin;
      /** The formula that holds (or, for a values table, held) the DEALS calls. */
      formula: string;
      /** True when the formula works the cell's value out of the facts (it is not one of them). */
      computed: boolean;
      calls: CallTrace[];
    };

/**
 * The facts a cell shows, or why it shows none. `cells` holds the values of cells a DEALS argument
 * refers to; when one is missing the answer is `needsCells`.
 * @example traceCell(catalog, { sheet: "Sheet1", address: "B2", formula: '=DEALS.AIROUND("SenseTime","C")', value: 6e8, text: "600000000" })
 * // { kind: "traced", origin: "formula", computed: false, calls: [{ kind: "fact", reading: "SenseTime · Series C · amount", … }], … }
 */
export function traceCell(
  catalog: Catalog,
  cell: CellSnapshot,
  cells: CellLookup = new Map(),
): Trace {
  const { spill } = cell;
  if (spill && typeof spill.formula === "string") {
    return traceFormula(catalog, cell, spill.formula, "spill", cells, [spill.row, spill.column]);
  }
  if (typeof cell.formula === "string" && cell.formula.startsWith("=")) {
    const traced = traceFormula(catalog, cell, cell.formula, "formula", cells, [0, 0]);
    if (traced.kind !== "noFact" || !cell.recorded) return traced;
  }
  const { recorded } = cell;
  if (recorded) {
    if (!sameValue(recorded.value, cell.value)) {
      return noFact(
        cell,
        `was inserted by the pane in a ${recorded.table} table from ${recorded.formula.slice(1)}, but it has been changed since: it no longer holds that fact.`,
      );
    }
    return traceFormula(catalog, cell, recorded.formula, "valueTable", cells, [0, 0]);
  }
  if (cell.formula === "" || cell.formula === null || cell.formula === undefined) {
    return noFact(cell, "is empty.");
  }
  if (typeof cell.formula === "string" && cell.formula.startsWith("=")) {
    return noFact(cell, `has a formula that calls no DEALS function: ${cell.formula}`);
  }
  return noFact(cell, "holds a value typed or pasted into it, not a DEALS formula.");
}

function noFact(cell: CellSnapshot, why: string): Trace {
  return {
    kind: "noFact",
    address: cell.address,
    reason: `${cell.address} holds no DEALS fact: it ${why}`,
  };
}

function traceFormula(
  catalog: Catalog,
  cell: CellSnapshot,
  formula: string,
  origin: TraceOrigin,
  cells: CellLookup,
  [row, column]: [number, number],
): Trace {
  const reading = readDealsCalls(catalog, formula, cell.sheet, cells);
  switch (reading.kind) {
    case "none":
      return noFact(cell, `has a formula that calls no DEALS function: ${formula}`);
    case "needsCells":
      return reading;
    case "unreadable":
      return { kind: "unreadable", address: cell.address, formula, names: reading.names };
    case "calls": {
      const [only] = reading.calls;
      // The formula's result is the call's own answer (same array for a spill): nothing on top.
      const direct = reading.calls.length === 1 && reading.result === only.value;
      const calls = reading.calls.map((call) => traceOf(catalog, call, direct, row, column));
      return {
        kind: "traced",
        address: cell.address,
        value: cell.value,
        text: cell.text,
        origin,
        formula,
        computed: !direct,
        calls,
      };
    }
  }
}

function traceOf(
  catalog: Catalog,
  call: DealsCall,
  direct: boolean,
  row: number,
  column: number,
): CallTrace {
  if (!isSpillFunction(call.name)) return callTrace(catalog, call);
  return direct ? spillCellTrace(catalog, call, row, column) : callTrace(catalog, call);
}

/**
 * Whether a cell still holds a value written earlier (numbers as Excel stores them, text exactly).
 * @example sameValue(600000000, 6e8) // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }
  return a === b;
}
