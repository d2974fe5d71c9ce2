/**
 * Recognises the DEALS calls inside any worksheet formula, alone (`=DEALS.AIROUND("SenseTime","C")`)
 * or inside a larger expression (`=IFERROR(DEALS.VALUATION(A1)/1000000,0)`), with fast-formula-parser:
 * its lexer tells a call from the same text inside a string, and its evaluator hands each call its
 * arguments already worked out (literals, cell values, nested expressions).
 */
import FormulaParser, { type ParserArgument, type ParserCellRef } from "fast-formula-parser";
import { lex, type LexedToken } from "fast-formula-parser/grammar/lexing";
import type { Catalog } from "../catalog/catalog";
import { dealsFormulaParser, type DealsName } from "../formulas/deals-formula-parser";
import { evaluateFormula } from "../formulas/formulas";

/** A DEALS call as the formula makes it: its arguments' values and what it returns. */
export type DealsCall = {
  /** Upper case, without `DEALS.`: "AIROUND". */
  name: string;
  /** Each argument's value; null where omitted. */
  args: unknown[];
  /** What the call answers (a spill is an array), or the Excel error text. */
  value: unknown;
};

export type CallsReading =
  /** The formula calls no DEALS function. */
  | { kind: "none" }
  /** It does, but the parser cannot follow it (a table column, a spill `A1#`, another workbook). */
  | { kind: "unreadable"; names: string[] }
  /** A DEALS argument depends on these cells ("Sheet1!A1"): read them and ask again. */
  | { kind: "needsCells"; refs: string[] }
  /** The calls in the order Excel evaluates them, and the whole formula's result. */
  | { kind: "calls"; calls: DealsCall[]; result: unknown };

/** A value read from a cell, keyed by `cellKey`. */
export type CellLookup = ReadonlyMap<string, unknown>;

const PREFIX = "DEALS.";
const MAX_LEX_REPAIRS = 20;

/** The key a cell's value is looked up by: "Sheet1!B2" (sheet as named, never quoted). */
export const cellKey = (sheet: string, address: string): string =>
  `${sheet}!${address.replace(/\$/g, "").toUpperCase()}`;

/**
 * Every function a formula calls, upper case, in order (`_xlfn.` dropped); empty for a constant.
 * Text inside quotes is never taken for a call.
 * @example functionNames('=IFERROR(DEALS.AIROUND("SenseTime","C"),0)') // ["IFERROR", "DEALS.AIROUND"]
 */
export function functionNames(formula: unknown): string[] {
  if (typeof formula !== "string" || !formula.startsWith("=")) return [];
  return tokens(formula.slice(1)).flatMap((token) =>
    token.tokenType.name === "Function"
      ? [
          token.image
            .slice(0, -1)
            .toUpperCase()
            .replace(/^_XLFN\./, ""),
        ]
      : [],
  );
}

/**
 * The DEALS functions a formula calls, by name, in order; empty when it calls none.
 * @example dealsFunctionNames('=IFERROR(DEALS.AIROUND("SenseTime","C"),0)') // ["AIROUND"]
 * @example dealsFunctionNames('="DEALS.AIROUND(" & A1')                    // []
 */
export function dealsFunctionNames(formula: unknown): string[] {
  return functionNames(formula).flatMap((name) =>
    name.startsWith(PREFIX) ? [name.slice(PREFIX.length)] : [],
  );
}

/** Whether a cell's formula calls any DEALS function. */
export const callsDeals = (formula: unknown): boolean => dealsFunctionNames(formula).length > 0;

/**
 * The lexer's tokens. It stops at a character it does not know (the spill operator `#`, `[`-less
 * oddities); that character is blanked and the text lexed again, as many times as needed (bounded).
 */
function tokens(text: string): LexedToken[] {
  let repaired = text;
  for (let attempt = 0; attempt <= MAX_LEX_REPAIRS; attempt += 1) {
    try {
      return lex(repaired).tokens;
    } catch (error) {
      const offset = lexErrorOffset(error);
      if (offset === undefined) return [];
      repaired = `${repaired.slice(0, offset)} ${repaired.slice(offset + 1)}`;
    }
  }
  return [];
}

function lexErrorOffset(error: unknown): number | undefined {
  const details = typeof error === "object" && error !== null ? Reflect.get(error, "details") : 0;
  const offset = typeof details === "object" && details ? Reflect.get(details, "offset") : 0;
  return typeof offset === "number" ? offset : undefined;
}

/** Marks a cell the lookup does not have, so a DEALS argument built from it can be told apart. */
const UNREAD = "\u0000";

type Evaluation = { calls: DealsCall[]; unread: Set<string>; touched: Set<string> };

/**
 * The parser is built once (building it costs milliseconds) with fixed callbacks, so what one
 * evaluation needs (catalog, sheet, cell values, the calls found) is set here for the length of a
 * synchronous `parse` and cleared after it.
 */
let current:
  { catalog: Catalog; sheet: string; cells: CellLookup; evaluation: Evaluation } | undefined;
let parser: FormulaParser | undefined;

/**
 * The DEALS calls of a cell's formula, evaluated on `cells` (values of the cells it refers to).
 * Where an argument depends on a cell not in `cells`, the answer names the cells to read.
 * @example readDealsCalls(catalog, '=DEALS.AIROUND("SenseTime","C")/1000000', "Sheet1")
 * // { kind: "calls", calls: [{ name: "AIROUND", args: ["SenseTime", "C"], value: 600000000 }], result: 600 }
 * @example readDealsCalls(catalog, '=DEALS.AIROUND(A1,"C")', "Sheet1") // { kind: "needsCells", refs: ["Sheet1!A1"] }
 */
export function readDealsCalls(
  catalog: Catalog,
  formula: unknown,
  sheet: string,
  cells: CellLookup = new Map(),
  position = { row: 1, col: 1 },
): CallsReading {
  const names = dealsFunctionNames(formula);
  if (typeof formula !== "string" || names.length === 0) return { kind: "none" };
  const evaluation: Evaluation = { calls: [], unread: new Set(), touched: new Set() };
  current = { catalog, sheet, cells, evaluation };
  let result: unknown;
  try {
    result = formulaParser().parse(formula.slice(1), { sheet, ...position }, true);
  } catch {
    return { kind: "unreadable", names };
  } finally {
    current = undefined;
  }
  if (evaluation.unread.size > 0) return { kind: "needsCells", refs: [...evaluation.touched] };
  return { kind: "calls", calls: evaluation.calls, result };
}

function formulaParser(): FormulaParser {
  // The parser does not follow a defined name: its argument reads as a value the pane cannot know.
  parser ??= dealsFormulaParser({ call, onCell: readCell, onRange: () => [[UNREAD]] });
  return parser;
}

function readCell(ref: ParserCellRef): unknown {
  if (!current) return 0;
  const key = cellKey(ref.sheet ?? current.sheet, ref.address ?? "");
  current.evaluation.touched.add(key);
  return current.cells.has(key) ? current.cells.get(key) : `${UNREAD}${key}${UNREAD}`;
}

const { FormulaError } = FormulaParser;
const NA = FormulaError.NA;

/** Records one DEALS call and answers as the custom function would, so outer formulas go on. */
function call(name: DealsName, raw: ParserArgument[]): unknown {
  const args = raw.map((arg) => (arg.omitted ? null : arg.value));
  while (args.length > 0 && args[args.length - 1] === null) args.pop();
  // An argument worked out from a cell not read yet (or failing because of one): ask for the cells.
  const pending = args.some(
    (arg) => (typeof arg === "string" && arg.includes(UNREAD)) || arg instanceof FormulaError,
  );
  if (pending && current) {
    const { cells, evaluation } = current;
    for (const key of evaluation.touched) if (!cells.has(key)) evaluation.unread.add(key);
  }
  const answer =
    name !== "PROFILE" && !pending && current
      ? evaluateFormula(current.catalog, name, args)
      : undefined;
  const value = answer?.kind === "ok" ? answer.value : NA;
  current?.evaluation.calls.push({ name, args, value: value === NA ? NA.error : value });
  return value;
}
