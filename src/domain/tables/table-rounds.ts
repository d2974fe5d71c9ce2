import { compareText } from "../core/compare";
import type { Company, Round } from "../catalog/entities";
import type { Catalog } from "../catalog/catalog";
import { participantsFact, type RoundField } from "../facts/round-fields";
import { roundLabel, roundRefText } from "../facts/round-ref";
import {
  labelCell,
  notReportedCell,
  quotesOf,
  sourcedCell,
  tableFootnote,
  type TableCell,
  type TableColumn,
  type TableModel,
} from "./table-model";
import { date, money, text } from "../core/value";

/** The round comparison's columns, in order. */
export const ROUND_COMPARISON_COLUMNS: readonly TableColumn[] = [
  { title: "Company", kind: "text" },
  { title: "Round", kind: "text" },
  { title: "Announced", kind: "date" },
  { title: "Amount (USD)", kind: "money" },
  { title: "Lead investors", kind: "text" },
  { title: "Other investors", kind: "text" },
  { title: "Post-money valuation", kind: "money" },
];

/** The amount column, which the table's chart plots. */
const AMOUNT_COLUMN = 3;

/**
 * The rounds of the chosen companies side by side, oldest first (default: every company).
 * Facts the source does not give read "Not reported"; each fact cell carries the DEALS formula
 * that reproduces it.
 * @example roundComparison(catalog).rows.map((row) => row[3].display) // ["$410.0M", "$460.0M", "$600.0M"]
 */
export function roundComparison(
  catalog: Catalog,
  companyIds: readonly string[] = catalog.companies.all.map((c) => c.id),
): TableModel {
  const rounds = companyIds
    .flatMap((id) => {
      const company = catalog.companyById.get(id);
      const list = company ? (catalog.roundsByCompany.get(id) ?? []) : [];
      return company ? list.map((round) => ({ company, round })) : [];
    })
    .sort((a, b) => compareText(a.round.announced.iso, b.round.announced.iso));
  const rows = rounds.map(({ company, round }) => roundRow(catalog, company, round));
  return {
    id: "rounds",
    title: "Round comparison",
    columns: [...ROUND_COMPARISON_COLUMNS],
    rows,
    chartColumn: AMOUNT_COLUMN,
    footnote: tableFootnote(catalog, rows),
    quotes: quotesOf(rows),
  };
}

function roundRow(catalog: Catalog, company: Company, round: Round): TableCell[] {
  const ref = roundRefText(round);
  const airound = (field: RoundField) => ({
    name: "AIROUND" as const,
    args: [company.name, ref, field],
  });
  const others = round.others;
  return [
    labelCell(company.name),
    sourcedCell(text(roundLabel(round), round.series ?? round.announced), airound("round")),
    sourcedCell(date(round.announced), airound("date")),
    sourcedCell(money(round.amount), airound("amount")),
    round.leads
      ? sourcedCell(participantsFact(catalog, round.leads), airound("lead"))
      : notReportedCell(),
    others ? sourcedCell(participantsFact(catalog, others), airound("other")) : notReportedCell(),
    round.postMoneyValuation
      ? sourcedCell(money(round.postMoneyValuation), {
          name: "VALUATION",
          args: [company.name, ref],
        })
      : notReportedCell(),
  ];
}
