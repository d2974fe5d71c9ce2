import type { Investor } from "../catalog/entities";
import type { Catalog } from "../catalog/catalog";
import { investmentsOf, type Participation } from "../facts/investments";
import {
  NO_RELATION_TEXT,
  labelCell,
  quotesOf,
  tableFootnote,
  type TableCell,
  type TableModel,
} from "./table-model";
import { LIST_SEPARATOR, fromFacts, sourcesOf } from "../core/value";

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
  companyIds: readonly string[] = catalog.companies.all.map((c) => c.id),
): TableModel {
  const companies = companyIds.flatMap((id) => catalog.companyById.get(id) ?? []);
  const chosen = new Set(companies.map((c) => c.id));
  // Each investor's participations grouped by company once, so a row costs one lookup per column.
  const byInvestor = new Map<string, Map<string, Participation[]>>();
  for (const investor of investorsByFirstRound(catalog)) {
    const taken = new Map<string, Participation[]>();
    for (const p of investmentsOf(catalog, investor, true)) {
      if (!chosen.has(p.company.id)) continue;
      const list = taken.get(p.company.id);
      if (list) list.push(p);
      else taken.set(p.company.id, [p]);
    }
    if (taken.size > 0) byInvestor.set(investor.id, taken);
  }
  const rows = [...byInvestor.entries()].flatMap(([id, taken]) => {
    const investor = catalog.investorById.get(id);
    if (!investor) return [];
    return [
      [
        labelCell(investorLabel(catalog, investor)),
        ...companies.map((company) => {
          const inCompany = taken.get(company.id);
          return inCompany ? roleCell(inCompany) : NO_RELATION;
        }),
      ],
    ];
  });
  return {
    id: "investors",
    title: "Investor map",
    header: ["Investor", ...companies.map((c) => c.name)],
    rows,
    columns: ["text", ...companies.map(() => "text" as const)],
    footnote: tableFootnote(catalog, rows),
    quotes: quotesOf(rows),
  };
}

/**
 * Every investor, ordered by its first round, affiliates' rounds included (so Alibaba comes just
 * before Ant Financial), then by name.
 */
function investorsByFirstRound(catalog: Catalog): Investor[] {
  // Each investor's first date is read once (its list is oldest first), never inside the comparator.
  const first = new Map(
    catalog.investors.all.map((investor) => [
      investor,
      investmentsOf(catalog, investor, true)[0]?.round.announced.iso ?? "9999",
    ]),
  );
  const firstOf = (investor: Investor) => first.get(investor) ?? "9999";
  return [...catalog.investors.all].sort(
    (a, b) => firstOf(a).localeCompare(firstOf(b)) || a.name.localeCompare(b.name),
  );
}

function investorLabel(catalog: Catalog, investor: Investor): string {
  const parent = investor.affiliateOf && catalog.investorById.get(investor.affiliateOf.investor);
  return parent && investor.affiliateOf
    ? `${investor.name} (${parent.name}'s ${investor.affiliateOf.relation})`
    : investor.name;
}

/** The cell of an investor with no part in a company's rounds, shared by every such cell. */
const NO_RELATION: TableCell = Object.freeze(labelCell(NO_RELATION_TEXT));

function roleCell(taken: readonly Participation[]): TableCell {
  const roles = [
    ...new Set(
      taken.map((p) => {
        const role = p.role === "lead" ? "Lead" : "Participant";
        return p.via ? `${role} via ${p.via.name}` : role;
      }),
    ),
  ];
  const role = roles.join(LIST_SEPARATOR);
  const provenance = fromFacts(taken.map((p) => p.fact));
  return {
    value: { type: "text", text: role },
    display: role,
    passages: provenance.passages,
    sources: sourcesOf(provenance),
  };
}
