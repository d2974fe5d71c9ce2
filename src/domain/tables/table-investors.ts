import { compareText } from "../core/compare";
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
  const columnsOf = new Map<string, number[]>();
  companies.forEach((c, i) => columnsOf.set(c.id, [...(columnsOf.get(c.id) ?? []), i + 1]));
  const rows: TableCell[][] = [];
  // The cells that hold a role, in reading order: the footnote and quotes need only these.
  const filled: TableCell[] = [];
  const investments = new Map(
    catalog.investors.all.map((investor) => [investor, investmentsOf(catalog, investor, true)]),
  );
  for (const investor of investorsByFirstRound(catalog, investments)) {
    const taken = new Map<number, Participation[]>();
    for (const p of investments.get(investor) ?? []) {
      for (const column of columnsOf.get(p.company.id) ?? []) {
        const list = taken.get(column);
        if (list) list.push(p);
        else taken.set(column, [p]);
      }
    }
    if (taken.size === 0) continue;
    // A row starts as one shared "—" cell everywhere and then gets its roles, so its cost is a
    // fill plus the investor's rounds, not a lookup per company.
    const row = new Array<TableCell>(companies.length + 1).fill(NO_RELATION);
    row[0] = labelCell(investorLabel(catalog, investor));
    for (const column of [...taken.keys()].sort((x, y) => x - y)) {
      const cell = roleCell(taken.get(column) ?? []);
      row[column] = cell;
      filled.push(cell);
    }
    rows.push(row);
  }
  return {
    id: "investors",
    title: "Investor map",
    columns: [
      { title: "Investor", kind: "text" },
      ...companies.map((c) => ({ title: c.name, kind: "text" as const })),
    ],
    rows,
    footnote: tableFootnote(catalog, [filled]),
    quotes: quotesOf([filled]),
  };
}

/**
 * Every investor, ordered by its first round, affiliates' rounds included (so Alibaba comes just
 * before Ant Financial), then by name.
 */
function investorsByFirstRound(
  catalog: Catalog,
  investments: ReadonlyMap<Investor, readonly Participation[]>,
): Investor[] {
  // Each investor's first date is read once (its list is oldest first), never inside the comparator.
  const first = new Map(
    catalog.investors.all.map((investor) => [
      investor,
      investments.get(investor)?.[0]?.round.announced.iso ?? "9999",
    ]),
  );
  const firstOf = (investor: Investor) => first.get(investor) ?? "9999";
  return [...catalog.investors.all].sort(
    (a, b) => compareText(firstOf(a), firstOf(b)) || byName.compare(a.name, b.name),
  );
}

/** `localeCompare`'s order (the default locale's), with the collator built once, not per call. */
const byName = new Intl.Collator();

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
