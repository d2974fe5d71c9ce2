import type { Round } from "../catalog/entities";
import { flagArgument, omittedIfBlank, plainArgument, quoteArgument } from "../core/argument";
import type { Catalog } from "../catalog/catalog";
import {
  NOT_REPORTED,
  headersArgument,
  spill,
  plainSpill,
  usdValue,
  type SpillCell,
} from "./formula-cells";
import { investmentsOf, investorsOf, roleText, type Participation } from "../facts/investments";
import { resolveCompany, resolveInvestor } from "../catalog/names/resolve-entity";
import { investorsPartial, participantsFact } from "../facts/round-fields";
import { findRound, roundLabel } from "../facts/round-ref";
import { fieldNotRound } from "../facts/field-kind";
import { andThen, invalid, notReported, ok, type Invalid, type Result } from "../core/result";
import type { Value } from "../core/value";

/** An investor with no parent in the source. */
const NO_AFFILIATION = "—";

export const AIROUNDS_HEADER = [
  "Round",
  "Announced",
  "Amount (USD)",
  "Lead investors",
  "Other investors",
  "Post-money valuation (USD)",
] as const;
export const INVESTORS_HEADER = ["Investor", "Role", "Round", "Announced", "Affiliation"] as const;
/** The money column is the round's size, not the investor's cheque (the sources give no cheques). */
export const INVESTMENTS_HEADER = [
  "Company",
  "Round",
  "Announced",
  "Round size (USD)",
  "Role",
] as const;

/**
 * Every round of a company, oldest first, one row each (see AIROUNDS_HEADER). The plain spills
 * are marked pure, so a bundle that calls only the `*Values` functions (functions.js) leaves them out.
 * @example airounds(catalog, "SenseTime", 0)
 * // ok: [["Jul 2017 round", 42917, 410000000, "CDH Investments; Sailing Capital", "Not reported", "Not reported"],
 * //      ["Series C", 43199, 600000000, "Alibaba", "Temasek; Suning Commerce; others not named", 4500000000]]
 */
export const airounds = /* @__PURE__ */ plainSpill(airoundsValues);

/** `airounds` with each figure and date as its value, so that Excel can show its precision. */
export function airoundsValues(
  catalog: Catalog,
  company: unknown,
  headers?: unknown,
): Result<SpillCell[][]> {
  return andThen(headersArgument(headers), (withHeader) =>
    andThen(resolveCompany(catalog, company), (found) => {
      const rounds = catalog.roundsByCompany.get(found.id) ?? [];
      if (rounds.length === 0) return notReported(`${found.name} funding rounds`);
      return ok(
        spill(
          AIROUNDS_HEADER,
          rounds.map((round) => roundRow(catalog, round)),
          withHeader,
        ),
      );
    }),
  );
}

function roundRow(catalog: Catalog, round: Round): SpillCell[] {
  const names = (group: Round["leads"]) =>
    group ? participantsFact(catalog, group).value : NOT_REPORTED;
  const valuation = round.postMoneyValuation;
  return [
    roundLabel(round),
    dateCell(round),
    usdValue({ type: "money", ...round.amount }),
    names(round.leads),
    names(round.others),
    valuation ? usdValue({ type: "money", ...valuation }) : NOT_REPORTED,
  ];
}

const dateCell = (round: Round): Value => ({ type: "date", ...round.announced });

/**
 * The investors of a company's rounds (or of one round), oldest round first, leads first, with the
 * investor an affiliate belongs to (see INVESTORS_HEADER); a round whose list is partial ends with
 * an "Others not named" row.
 * @example investors(catalog, "Megvii", "C", 0)
 * // ok: [["Ant Financial", "participant", "Series C", 43009, "financial arm of Alibaba"],
 * //      ["Others not named", "participant", "Series C", 43009, "Not reported"]]
 */
export const investors = /* @__PURE__ */ plainSpill(investorsValues);

/** `investors` with each date as its value, so that Excel can show its precision. */
export function investorsValues(
  catalog: Catalog,
  company: unknown,
  round?: unknown,
  headers?: unknown,
): Result<SpillCell[][]> {
  return andThen(headersArgument(headers), (withHeader) =>
    andThen(resolveCompany(catalog, company), (found) => {
      const roundOf: Result<Round | undefined> =
        omittedIfBlank(round) === undefined
          ? ok(undefined)
          : (fieldNotRound(round) ??
            headersNotRound(found.name, round) ??
            findRound(catalog, found, round));
      return andThen(roundOf, (chosen) => {
        const rounds = chosen ? [chosen] : (catalog.roundsByCompany.get(found.id) ?? []);
        const rows = rounds.flatMap((r) => [
          ...investorsOf(catalog, found, r).map((p) => investorRow(catalog, p)),
          ...(investorsPartial(r) ? [unnamedRow(r)] : []),
        ]);
        if (rows.length === 0) {
          return notReported(`investors of ${found.name}${chosen ? ` ${roundLabel(chosen)}` : ""}`);
        }
        return ok(spill(INVESTORS_HEADER, rows, withHeader));
      });
    }),
  );
}

/**
 * TRUE/FALSE where the round belongs (=DEALS.INVESTORS("SenseTime",FALSE)) is the header flag one
 * argument early: says where it goes.
 */
function headersNotRound(company: string, round: unknown): Invalid | undefined {
  const flag = plainArgument(round);
  if (typeof flag !== "boolean") return undefined;
  const name = JSON.stringify(company);
  return invalid(
    `The round must be text or a number, not ${quoteArgument(flag)}. Headers come after the round: =DEALS.INVESTORS(${name},,${flag ? 1 : 0}) for every round.`,
  );
}

function investorRow(catalog: Catalog, p: Participation): SpillCell[] {
  const parent = p.investor.affiliateOf;
  const parentName = parent && catalog.investorById.get(parent.investor)?.name;
  // No parent is an answer, not a gap: "—" rather than "Not reported".
  const affiliation = parent && parentName ? `${parent.relation} of ${parentName}` : NO_AFFILIATION;
  return [p.investor.name, roleText(p), roundLabel(p.round), dateCell(p.round), affiliation];
}

/** What stands for the investors a source does not name, where the investors are listed. */
export const OTHERS_NOT_NAMED_ROW = "Others not named";

/**
 * The row that marks a round's list of investors as partial: the others' role is "participant"
 * when the source says there are others ("Other investors include …"), else not reported.
 */
function unnamedRow(round: Round): SpillCell[] {
  const role = round.others?.complete === false ? "participant" : NOT_REPORTED;
  return [OTHERS_NOT_NAMED_ROW, role, roundLabel(round), dateCell(round), NOT_REPORTED];
}

/**
 * The rounds an investor took part in, oldest first. With affiliates (default TRUE) a round joined
 * through an affiliate shows the role "participant (via Ant Financial)".
 * @example investments(catalog, "Alibaba", true, 0)
 * // ok: [["Megvii", "Series C", 43009, 460000000, "participant (via Ant Financial)"],
 * //      ["SenseTime", "Series C", 43199, 600000000, "lead"]]
 */
export const investments = /* @__PURE__ */ plainSpill(investmentsValues);

/** `investments` with each figure and date as its value, so that Excel can show its precision. */
export function investmentsValues(
  catalog: Catalog,
  investor: unknown,
  includeAffiliates?: unknown,
  headers?: unknown,
): Result<SpillCell[][]> {
  return andThen(headersArgument(headers), (withHeader) =>
    andThen(flagArgument(includeAffiliates, "includeAffiliates argument", true), (affiliates) =>
      andThen(resolveInvestor(catalog, investor), (found) => {
        const rows = investmentsOf(catalog, found, affiliates).map((p): SpillCell[] => [
          p.company.name,
          roundLabel(p.round),
          dateCell(p.round),
          usdValue({ type: "money", ...p.round.amount }),
          roleText(p),
        ]);
        if (rows.length === 0) return notReported(`rounds with ${found.name} as an investor`);
        return ok(spill(INVESTMENTS_HEADER, rows, withHeader));
      }),
    ),
  );
}
