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

/** One row per fact: its label and how to read it for one company. */
const FACTS: readonly { label: string; cell: (catalog: Catalog, company: Company) => TableCell }[] =
  [
    { label: "Founded", cell: (catalog, c) => companyFieldCell(catalog, c, "founded") },
    { label: "CEO", cell: (catalog, c) => companyFieldCell(catalog, c, "ceo") },
    // The article reports some of each company's rounds (a Series C implies earlier ones), so the
    // count and the total say they cover the rounds in the source.
    { label: "Rounds in source", cell: roundCount },
    {
      label: "Raised in those rounds",
      cell: (catalog, c) =>
        factCell(totalRaised(catalog, c), { name: "TOTALRAISED", args: [c.name] }),
    },
    {
      label: "Latest valuation",
      cell: (catalog, c) =>
        factCell(valuationOf(catalog, c), { name: "VALUATION", args: [c.name] }),
    },
    { label: "Partners", cell: (catalog, c) => companyFieldCell(catalog, c, "partners") },
    { label: "Sectors", cell: (catalog, c) => companyFieldCell(catalog, c, "sectors") },
  ];

/**
 * One column per company (default: every company), one row per fact: founded, CEO, rounds,
 * total raised, latest valuation, partners, sectors.
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

/** Derived from the dataset (no single passage says it), so no quote and no formula. */
function roundCount(catalog: Catalog, company: Company): TableCell {
  const count = catalog.roundsByCompany.get(company.id)?.length ?? 0;
  return { value: { type: "count", count, bound: "exact" }, display: String(count) };
}
