import type { Investor } from "../data/schema";
import type { Catalog } from "./catalog";
import { investmentsOf, type Participation } from "./investments";
import {
  NO_RELATION_TEXT,
  labelCell,
  quotesOf,
  tableFootnote,
  type TableCell,
  type TableModel,
} from "./table-model";
import { LIST_SEPARATOR, fromPassages } from "./value";

/**
 * Investors × companies: each cell the investor's role in the company's rounds. An investor that
 * took part through an affiliate reads "Participant via Ant Financial"; an affiliate's own row
 * names its parent ("Ant Financial (Alibaba's financial arm)"); no relation reads "—".
 * Investors come in the order they first invested, companies default to all.
 * @example investorMap(catalog).rows[2].map((cell) => cell.display)
 * // ["Alibaba", "Lead", "Participant via Ant Financial"]
 */
export function investorMap(
  catalog: Catalog,
  companyIds: readonly string[] = catalog.dataset.companies.map((c) => c.id),
): TableModel {
  const companies = companyIds.flatMap((id) => catalog.companyById.get(id) ?? []);
  const chosen = new Set(companies.map((c) => c.id));
  const byInvestor = new Map<string, Participation[]>();
  for (const investor of investorsByFirstRound(catalog)) {
    const taken = investmentsOf(catalog, investor, true).filter((p) => chosen.has(p.company.id));
    if (taken.length > 0) byInvestor.set(investor.id, taken);
  }
  const rows = [...byInvestor.entries()].flatMap(([id, taken]) => {
    const investor = catalog.investorById.get(id);
    if (!investor) return [];
    return [
      [
        labelCell(investorLabel(catalog, investor)),
        ...companies.map((company) => roleCell(taken.filter((p) => p.company.id === company.id))),
      ],
    ];
  });
  return {
    id: "investors",
    title: "Investor map",
    header: ["Investor", ...companies.map((c) => c.name)],
    rows,
    columns: ["text", ...companies.map(() => "text" as const)],
    footnote: tableFootnote(catalog),
    quotes: quotesOf(rows),
  };
}

/**
 * Every investor, ordered by its first round, affiliates' rounds included (so Alibaba comes just
 * before Ant Financial), then by name.
 */
function investorsByFirstRound(catalog: Catalog): Investor[] {
  const first = (investor: Investor) =>
    investmentsOf(catalog, investor, true)[0]?.round.announced.iso ?? "9999";
  return [...catalog.dataset.investors].sort(
    (a, b) => first(a).localeCompare(first(b)) || a.name.localeCompare(b.name),
  );
}

function investorLabel(catalog: Catalog, investor: Investor): string {
  const parent = investor.affiliateOf && catalog.investorById.get(investor.affiliateOf.investor);
  return parent && investor.affiliateOf
    ? `${investor.name} (${parent.name}'s ${investor.affiliateOf.relation})`
    : investor.name;
}

function roleCell(taken: readonly Participation[]): TableCell {
  if (taken.length === 0) return labelCell(NO_RELATION_TEXT);
  const roles = [
    ...new Set(
      taken.map((p) => {
        const role = p.role === "lead" ? "Lead" : "Participant";
        return p.via ? `${role} via ${p.via.name}` : role;
      }),
    ),
  ];
  const role = roles.join(LIST_SEPARATOR);
  const { passages } = fromPassages(taken.map((p) => p.quote));
  return { value: { type: "text", text: role }, display: role, passages };
}
