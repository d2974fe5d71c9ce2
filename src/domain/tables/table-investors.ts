import type { Investor } from "../catalog/entities";
import type { Catalog } from "../catalog/catalog";
import {
  investmentsOf,
  participationsIn,
  roleText,
  type Participation,
} from "../facts/investments";
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
 * // ["Alibaba", "Not reported", "participant (via Ant Financial)"]
 */
export function investorMap(
  catalog: Catalog,
  companyIds: readonly string[] = catalog.companies.all.map((c) => c.id),
): TableModel {
  const companies = companyIds.flatMap((id) => catalog.companyById.get(id) ?? []);
  const chosen = new Set(companies.map((c) => c.id));
  const partial = new Set(
    companies
      .filter((c) => (catalog.roundsByCompany.get(c.id) ?? []).some(investorsPartial))
      .map((c) => c.id),
  );
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
          if (inCompany) return roleCell(inCompany);
          return partial.has(company.id) ? NOT_NAMED : NO_RELATION;
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
 * Every investor in the order the sources name them: by its first round (affiliates' rounds
 * included), then by its place in that round's lists (leads first, each list in the source's
 * order); a parent comes just before the affiliate it joined through; investors in no round last.
 */
function investorsByFirstRound(catalog: Catalog): Investor[] {
  // Each investor's place is computed once, never inside the comparator.
  const rounds = [...catalog.roundsByCompany.values()].flat();
  const place = new Map<string, number>();
  for (const round of rounds) {
    participationsIn(catalog, round).forEach((p, i) =>
      place.set(`${round.id}|${p.investor.id}`, i),
    );
  }
  const first = new Map(
    catalog.investors.all.map((investor) => {
      const p = investmentsOf(catalog, investor, true)[0];
      if (!p) return [investor, ["9999", 0, 0] as const];
      const named = place.get(`${p.round.id}|${(p.via ?? p.investor).id}`) ?? 0;
      return [investor, [p.round.announced.iso, named, p.via ? 0 : 1] as const];
    }),
  );
  const keyOf = (investor: Investor) => first.get(investor) ?? (["9999", 0, 0] as const);
  return [...catalog.investors.all].sort((a, b) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    return (
      ka[0].localeCompare(kb[0]) || ka[1] - kb[1] || ka[2] - kb[2] || a.name.localeCompare(b.name)
    );
  });
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
