/**
 * The fact behind one cell of a DEALS spill (AIROUNDS, INVESTORS, INVESTMENTS): the same rows the
 * functions build, in the same order, so row 2 column 3 of `=DEALS.AIROUNDS("SenseTime")` is the
 * amount of SenseTime's first round.
 */
import type { Catalog } from "../catalog/catalog";
import type { Round } from "../catalog/entities";
import { resolveCompany, resolveInvestor } from "../catalog/names/resolve-entity";
import { flagArgument } from "../core/argument";
import { andThen, notReported, ok, type Result } from "../core/result";
import { date, fromFacts, text, type Sourced } from "../core/value";
import { investmentsOf, investorsOf, type Participation } from "../facts/investments";
import { participantsFact, readRoundField } from "../facts/round-fields";
import { roundFactNotReported } from "../facts/field-nouns";
import { findRound, roundLabel } from "../facts/round-ref";
import { headersArgument } from "../formulas/formula-cells";
import { AIROUNDS_HEADER, INVESTMENTS_HEADER, INVESTORS_HEADER } from "../formulas/formula-spills";
import { SEPARATOR, callText, fromResult, type CallTrace } from "./call-facts";
import type { DealsCall } from "./deals-calls";

/** One body row of a spill: what each of its columns shows. */
type Row = { reading: string; cells: (() => Result<Sourced> | string)[] };

const SPILL_HEADERS: Record<string, readonly string[]> = {
  AIROUNDS: AIROUNDS_HEADER,
  INVESTORS: INVESTORS_HEADER,
  INVESTMENTS: INVESTMENTS_HEADER,
};

/** Whether a DEALS function spills a range (and so its cells are traced one by one). */
export const isSpillFunction = (name: string): boolean => name in SPILL_HEADERS;

/**
 * The trace of the cell `row` down and `column` right of the spill's anchor.
 * @example spillCellTrace(catalog, { name: "AIROUNDS", args: ["SenseTime"], value: [] }, 2, 2)
 * // { kind: "fact", reading: "SenseTime · Series C · amount", fact: { value: { type: "money", amount: 6e8, … }, … }, … }
 */
export function spillCellTrace(
  catalog: Catalog,
  call: DealsCall,
  row: number,
  column: number,
): CallTrace {
  const header = SPILL_HEADERS[call.name];
  const text = callText(call);
  const what = header?.[column] ?? "?";
  const withHeader = headersArgument(call.args[call.name === "AIROUNDS" ? 1 : 2]);
  const rows = header ? bodyRows(catalog, call) : notReported(call.name);
  if (!header || withHeader.kind !== "ok" || rows.kind !== "ok") {
    return { kind: "opaque", call: text, reading: what };
  }
  const bodyRow = row - (withHeader.value ? 1 : 0);
  if (bodyRow < 0) {
    return { kind: "label", call: text, reading: `column header`, text: what };
  }
  const found = rows.value[bodyRow];
  const cell = found?.cells[column];
  if (!found || !cell) return { kind: "opaque", call: text, reading: what };
  const reading = `${found.reading}${SEPARATOR}${what.replace(/ \(USD\)$/, "").toLowerCase()}`;
  const answer = cell();
  return typeof answer === "string"
    ? { kind: "label", call: text, reading, text: answer }
    : fromResult(text, reading, answer);
}

function bodyRows(catalog: Catalog, call: DealsCall): Result<Row[]> {
  const [a, b] = call.args;
  switch (call.name) {
    case "AIROUNDS":
      return andThen(resolveCompany(catalog, a), (company) =>
        ok(
          (catalog.roundsByCompany.get(company.id) ?? []).map((round) => ({
            reading: `${company.name}${SEPARATOR}${roundLabel(round)}`,
            cells: roundCells(catalog, company.name, round),
          })),
        ),
      );
    case "INVESTORS":
      return andThen(resolveCompany(catalog, a), (company) => {
        const chosen: Result<Round | undefined> =
          b === null || b === undefined ? ok(undefined) : findRound(catalog, company, b);
        return andThen(chosen, (round) =>
          ok(investorsOf(catalog, company, round).map(participationRow(catalog, "investor"))),
        );
      });
    case "INVESTMENTS":
      return andThen(flagArgument(b, "includeAffiliates argument", true), (affiliates) =>
        andThen(resolveInvestor(catalog, a), (investor) =>
          ok(
            investmentsOf(catalog, investor, affiliates).map(participationRow(catalog, "company")),
          ),
        ),
      );
    default:
      return notReported(call.name);
  }
}

/** AIROUNDS' columns: round, announced, amount, lead, other investors, valuation. */
function roundCells(catalog: Catalog, company: string, round: Round): Row["cells"] {
  const owner = catalog.companyById.get(round.company);
  const field = (name: string) => () =>
    owner ? readRoundField(catalog, owner, round, name) : notReported(company);
  const others = round.others;
  return [
    // A round without a letter is labelled by its date: the date is the fact behind the label.
    round.series ? field("series") : () => ok(date(round.announced)),
    field("date"),
    field("amount"),
    field("lead"),
    () =>
      others
        ? ok(participantsFact(catalog, others))
        : roundFactNotReported(company, roundLabel(round), "other"),
    field("valuation"),
  ];
}

/** INVESTORS' and INVESTMENTS' rows: each cell rests on the passage naming the participation. */
function participationRow(catalog: Catalog, first: "investor" | "company") {
  return (p: Participation): Row => {
    const said = (value: string) => () => ok(text(value, p.fact));
    const roundCell = () =>
      ok(p.round.series ? text(roundLabel(p.round), p.round.series) : date(p.round.announced));
    const announced = () => ok(date(p.round.announced));
    const lead = `${p.company.name}${SEPARATOR}${roundLabel(p.round)}`;
    if (first === "investor") {
      const parent = p.investor.affiliateOf;
      const parentName = parent && catalog.investorById.get(parent.investor)?.name;
      return {
        reading: `${lead}${SEPARATOR}${p.investor.name}`,
        cells: [
          said(p.investor.name),
          said(p.role),
          roundCell,
          announced,
          parent && parentName
            ? () => ok(text(`${parent.relation} of ${parentName}`, parent))
            : () => "— (no affiliation in the source)",
        ],
      };
    }
    const via = p.via;
    return {
      reading: `${lead}${SEPARATOR}${p.investor.name}`,
      cells: [
        said(p.company.name),
        roundCell,
        announced,
        () => readRoundField(catalog, p.company, p.round, "amount"),
        via
          ? () =>
              ok(
                text(
                  `${p.role} (via ${via.name})`,
                  fromFacts(via.affiliateOf ? [p.fact, via.affiliateOf] : [p.fact]),
                ),
              )
          : said(p.role),
      ],
    };
  };
}
