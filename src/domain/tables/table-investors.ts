import { compareText } from "../core/compare";
import type { Investor, Round } from "../catalog/entities";
import type { Catalog } from "../catalog/catalog";
import { investmentsOf, roleText, type Participation } from "../facts/investments";
import { investorsPartial } from "../facts/round-fields";
import {
  NO_RELATION_TEXT,
  labelCell,
  notReportedCell,
  quotesOf,
  tableFootnote,
  type TableCell,
  type TableModel,
} from "./table-model";
import { LIST_SEPARATOR, fromFacts, sourcesOf } from "../core/value";

/**
 * Investors × companies: each cell the investor's role in the company's rounds, worded as the
 * functions word it ("lead", "participant (via Ant Financial)"); an affiliate's own row names its
 * parent ("Ant Financial (Alibaba's financial arm)"). An investor the sources do not name in a
 * company's rounds reads "Not reported" while any of those rounds lists its investors only in
 * part (the source does not say it stayed out), "—" only when every list is complete.
 * Investors come in the order the sources name them (oldest round first, leads first), companies
 * default to all.
 * @example investorMap(catalog).rows[2].map((cell) => cell.display)
 * // ["Alibaba", "lead", "participant (via Ant Financial)"]
 */
export function investorMap(
  catalog: Catalog,
  companyIds: readonly string[] = catalog.companies.all.map((c) => c.id),
): TableModel {
  const companies = companyIds.flatMap((id) => catalog.companyById.get(id) ?? []);
  const columnsOf = new Map<string, number[]>();
  companies.forEach((c, i) => columnsOf.set(c.id, [...(columnsOf.get(c.id) ?? []), i + 1]));
  // What a cell reads with no role in it, per column: computed once per company.
  const blank = [
    NO_RELATION,
    ...companies.map((c) =>
      (catalog.roundsByCompany.get(c.id) ?? []).some(investorsPartial) ? NOT_NAMED : NO_RELATION,
    ),
  ];
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
    // A row starts as a copy of the shared blank cells and then gets its roles, so its cost is a
    // copy plus the investor's rounds, not a lookup per company.
    const row = blank.slice();
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
 * Every investor in the order the sources name them: by its first round (affiliates' rounds
 * included), then by its place in that round's lists (leads first, each list in the source's
 * order); a parent comes just before the affiliate it joined through; investors in no round last.
 */
function investorsByFirstRound(
  catalog: Catalog,
  investments: ReadonlyMap<Investor, readonly Participation[]>,
): Investor[] {
  type Key = readonly [string, number, number];
  const none: Key = ["9999", 0, 0];
  const first = new Map<Investor, Key>(
    catalog.investors.all.map((investor) => {
      const p = investments.get(investor)?.[0];
      if (!p) return [investor, none];
      // Each investor's place is computed once, never inside the comparator.
      const named = placeIn(catalog, p.round, (p.via ?? p.investor).id);
      return [investor, [p.round.announced.iso, named, p.via ? 0 : 1]];
    }),
  );
  const keyOf = (investor: Investor) => first.get(investor) ?? none;
  return [...catalog.investors.all].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return (
      compareText(ka[0], kb[0]) || ka[1] - kb[1] || ka[2] - kb[2] || compareText(a.name, b.name)
    );
  });
}

/**
 * Where an investor stands in a round's lists, leads first, counting the investors the catalog
 * knows (as `participationsIn` numbers them; the last place when it is named twice, 0 when absent).
 */
function placeIn(catalog: Catalog, round: Round, investorId: string): number {
  if (!catalog.companyById.has(round.company)) return 0;
  let found = 0;
  let place = 0;
  for (const group of [round.leads, round.others]) {
    for (const id of group?.investors ?? []) {
      if (!catalog.investorById.has(id)) continue;
      if (id === investorId) found = place;
      place += 1;
    }
  }
  return found;
}

function investorLabel(catalog: Catalog, investor: Investor): string {
  const parent = investor.affiliateOf && catalog.investorById.get(investor.affiliateOf.investor);
  return parent && investor.affiliateOf
    ? `${investor.name} (${parent.name}'s ${investor.affiliateOf.relation})`
    : investor.name;
}

/** The cell of an investor the sources place outside every complete list of a company. */
const NO_RELATION: TableCell = Object.freeze(labelCell(NO_RELATION_TEXT));

/** The cell of an investor a partial list may leave out: the source does not say. */
const NOT_NAMED: TableCell = Object.freeze(notReportedCell());

function roleCell(taken: readonly Participation[]): TableCell {
  const roles = [...new Set(taken.map(roleText))];
  const role = roles.join(LIST_SEPARATOR);
  const provenance = fromFacts(taken.map((p) => p.fact));
  return {
    value: { type: "text", text: role },
    display: role,
    passages: provenance.passages,
    sources: sourcesOf(provenance),
  };
}
