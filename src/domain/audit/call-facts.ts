/**
 * What one DEALS call shows, for tracing a cell back to the article: the reading ("SenseTime ·
 * Series C · amount"), the fact with its passages, or why there is none. Single-value functions
 * here; the cells of a spill in `spill-cell-facts.ts`.
 */
import type { Catalog } from "../catalog/catalog";
import { resolveCompany } from "../catalog/names/resolve-entity";
import { optionKey } from "../core/argument";
import { EXCEL_ERROR, type Result } from "../core/result";
import type { Sourced } from "../core/value";
import { findRound, roundLabel } from "../facts/round-ref";
import {
  companyFieldFact,
  marketFact,
  roundFact,
  totalRaisedFact,
  valuationFact,
} from "../formulas/formula-facts";
import type { DealsCall } from "./deals-calls";

/** What the pane can say about one DEALS call (or one cell of its spill). */
export type CallTrace =
  /** A fact of the source, with its passages. */
  | { kind: "fact"; call: string; reading: string; fact: Sourced }
  /** A cell with no passage of its own: a spill's header, "—" for no affiliation, a company card. */
  | { kind: "label"; call: string; reading: string; text: string }
  /** The call answers an Excel error: no fact is shown, the reason is. */
  | { kind: "failure"; call: string; reading: string; error: string; message: string }
  /** The cell's value comes from the call through a formula the pane does not follow cell by cell. */
  | { kind: "opaque"; call: string; reading: string };

/** Reads "SenseTime · Series C · amount". */
export const SEPARATOR = " · ";

/**
 * The call as a formula writes it, without the `=`: strings quoted, omitted arguments empty.
 * @example callText({ name: "AIROUND", args: ["SenseTime", null, "date"], value: 0 }) // 'DEALS.AIROUND("SenseTime",,"date")'
 */
export function callText(call: Pick<DealsCall, "name" | "args">): string {
  const text = (arg: unknown): string => {
    if (arg === null || arg === undefined) return "";
    if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
    if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
    return typeof arg === "number" ? String(arg) : "…";
  };
  return `DEALS.${call.name}(${call.args.map(text).join(",")})`;
}

/** The company's name as the source writes it, else the argument as typed. */
export function companyName(catalog: Catalog, arg: unknown): string {
  const found = resolveCompany(catalog, arg);
  return found.kind === "ok" ? found.value.name : argumentText(arg);
}

/** The round's label ("Series C", "Jul 2017 round"), else the argument as typed. */
export function roundName(catalog: Catalog, company: unknown, round: unknown): string {
  const found = resolveCompany(catalog, company);
  const picked = found.kind === "ok" ? findRound(catalog, found.value, round) : found;
  return picked.kind === "ok" ? roundLabel(picked.value) : argumentText(round);
}

const argumentText = (arg: unknown): string =>
  typeof arg === "string" || typeof arg === "number" ? String(arg).trim() : "?";

const fieldName = (arg: unknown, fallback: string): string =>
  arg === null || arg === undefined ? fallback : optionKey(String(arg)) || fallback;

const present = (arg: unknown): boolean => arg !== null && arg !== undefined;

/** The reading and the fact behind a single-value call; undefined for the spilling functions. */
function single(
  catalog: Catalog,
  call: DealsCall,
): { reading: string; fact: () => Result<Sourced> } | undefined {
  const [a, b, c] = call.args;
  const join = (...parts: string[]) => parts.join(SEPARATOR);
  switch (call.name) {
    case "AIROUND":
      return {
        reading: join(companyName(catalog, a), roundName(catalog, a, b), fieldName(c, "amount")),
        fact: () => roundFact(catalog, a, b, c),
      };
    case "VALUATION":
      return {
        reading: present(b)
          ? join(companyName(catalog, a), roundName(catalog, a, b), "valuation")
          : join(companyName(catalog, a), "latest reported valuation"),
        fact: () => valuationFact(catalog, a, b),
      };
    case "TOTALRAISED":
      return {
        reading: join(companyName(catalog, a), "raised in reported rounds"),
        fact: () => totalRaisedFact(catalog, a),
      };
    case "COMPANY":
      return {
        reading: join(companyName(catalog, a), fieldName(b, "?")),
        fact: () => companyFieldFact(catalog, a, b),
      };
    case "MARKET":
      return {
        reading: join(
          argumentText(a),
          argumentText(b),
          `AI industry target (${present(c) ? argumentText(c).toUpperCase() : "USD"})`,
        ),
        fact: () => marketFact(catalog, a, b, c),
      };
    case "AISOURCE":
      return present(b)
        ? {
            reading: join(
              companyName(catalog, a),
              roundName(catalog, a, b),
              `passage for ${fieldName(c, "amount")}`,
            ),
            fact: () => roundFact(catalog, a, b, c),
          }
        : {
            reading: join(companyName(catalog, a), `passage for ${fieldName(c, "description")}`),
            fact: () => companyFieldFact(catalog, a, c ?? "description"),
          };
    default:
      return undefined;
  }
}

/**
 * What a single-value DEALS call shows. A spilling function's call as a whole has no single fact
 * (its cells do: see `spillCellTrace`); a company card cites its passages on the card itself.
 * @example callTrace(catalog, { name: "VALUATION", args: ["SenseTime"], value: 4.5e9 })
 * // { kind: "fact", call: 'DEALS.VALUATION("SenseTime")', reading: "SenseTime · latest reported valuation", fact: { value: { type: "money", bound: "atLeast", … }, … } }
 */
export function callTrace(catalog: Catalog, call: DealsCall): CallTrace {
  const text = callText(call);
  if (call.name === "PROFILE") {
    return {
      kind: "label",
      call: text,
      reading: `${companyName(catalog, call.args[0])}${SEPARATOR}company card`,
      text: "A company card: open it in the cell to see each figure with its passage.",
    };
  }
  const known = single(catalog, call);
  if (!known) {
    return {
      kind: "opaque",
      call: text,
      reading: `${companyName(catalog, call.args[0])}${SEPARATOR}${call.name}`,
    };
  }
  return fromResult(text, known.reading, known.fact());
}

/** A lookup's answer as a trace: the fact, or the error the cell shows and why. */
export function fromResult(call: string, reading: string, result: Result<Sourced>): CallTrace {
  if (result.kind === "ok") return { kind: "fact", call, reading, fact: result.value };
  return {
    kind: "failure",
    call,
    reading,
    error: EXCEL_ERROR[result.kind],
    message: result.message,
  };
}
