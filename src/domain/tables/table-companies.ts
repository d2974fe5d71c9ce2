import type { Company } from "../catalog/entities";
import type { Catalog } from "../catalog/catalog";
import { companyField, type CompanyField } from "../facts/company-fields";
import { totalRaised, valuationOf } from "../facts/company-totals";
import type { Result } from "../core/result";
import {
  labelCell,
  notReportedCell,
  quotesOf,
  sourcedCell,
  tableFootnote,
  type CellFormula,
  type TableCell,
  type TableModel,
} from "./table-model";
import type { Sourced } from "../core/value";

/** The total counts only the rounds the sources report, and says so wherever it is shown. */
export const RAISED_LABEL = "Raised in reported rounds";

/** The article's sectors are those of SenseTime's partnerships, not of its business. */
export const SECTORS_LABEL = "Partnership sectors";

/** One row per fact: its label and how to read it for one company. */
const FACTS: readonly { label: string; cell: (catalog: Catalog, company: Company) => TableCell }[] =
  [
    { label: "Founded", cell: (catalog, c) => companyFieldCell(catalog, c, "founded") },
    { label: "CEO", cell: (catalog, c) => companyFieldCell(catalog, c, "ceo") },
    // The article reports some of each company's rounds (a Series C implies earlier ones), so the
    // count and the total say they cover the rounds in the source.
    { label: "Rounds in source", cell: (catalog, c) => companyFieldCell(catalog, c, "rounds") },
    {
      label: RAISED_LABEL,
      cell: (catalog, c) =>
        factCell(totalRaised(catalog, c), { name: "TOTALRAISED", args: [c.name] }),
    },
    {
      label: "Latest valuation",
      cell: (catalog, c) =>
        factCell(valuationOf(catalog, c), { name: "VALUATION", args: [c.name] }),
    },
    { label: "Partners", cell: (catalog, c) => companyFieldCell(catalog, c, "partners") },
    { label: SECTORS_LABEL, cell: (catalog, c) => companyFieldCell(catalog, c, "sectors") },
  ];

/**
 * One column per company (default: every company), one row per fact: founded, CEO, rounds in
 * source, raised in reported rounds, latest valuation, partners, partnership sectors.
 * @example companyComparison(catalog).rows[1].map((cell) => cell.display) // ["CEO", "Xu Li", "Not reported"]
 */
export function companyComparison(
  catalog: Catalog,
  companyIds: readonly string[] = catalog.companies.all.map((c) => c.id),
): TableModel {
  const companies = companyIds.flatMap((id) => catalog.companyById.get(id) ?? []);
  const rows = FACTS.map((fact) => [
    labelCell(fact.label),
    ...companies.map((company) => fact.cell(catalog, company)),
  ]);
  return {
    id: "companies",
    title: "Company comparison",
    columns: [
      { title: "Company", kind: "text" },
      ...companies.map((c) => ({ title: c.name, kind: "mixed" as const })),
    ],
    rows,
    footnote: tableFootnote(catalog, rows),
    quotes: quotesOf(rows),
  };
}

function factCell(fact: Result<Sourced>, formula: CellFormula): TableCell {
  return fact.kind === "ok" ? sourcedCell(fact.value, formula) : notReportedCell();
}

function companyFieldCell(catalog: Catalog, company: Company, field: CompanyField): TableCell {
  const fact = companyField(catalog, company, field);
  if (!fact) return notReportedCell();
  return sourcedCell(fact, {
    name: "COMPANY",
    args: [company.name, field],
  });
}
