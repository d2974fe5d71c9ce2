import fc from "fast-check";
import type { SourceDocument } from "../../src/data/schema";
import { buildCatalog, type Catalog } from "../../src/domain/catalog/catalog";

const q = { quote: "q" };
const NAMES = ["Alpha", "Beta", "Alpha Co", "alpha", "Beta Ltd", "Gamma", "Delta Group", "&"];
const name = fc.constantFrom(...NAMES);
const names = { name, legalName: name, aliases: fc.array(name, { maxLength: 2 }) };

/** A small source whose names often meet other sources' (and its own): merges, ambiguity, disputes. */
const source = (index: number) =>
  fc
    .record({
      date: fc.constantFrom("2020-01-01", "2021-06-01", "2022-03-01"),
      companies: fc.array(
        fc.record({
          ...names,
          country: fc.option(fc.constantFrom("China", "US"), { nil: undefined }),
          notes: fc.array(fc.constantFrom("n1", "n2"), { maxLength: 1 }),
          ceo: fc.boolean(),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      investors: fc.array(
        fc.record({
          ...names,
          description: fc.option(fc.constantFrom("fund", "bank"), { nil: undefined }),
          parent: fc.option(fc.nat(2), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      person: fc.option(fc.record({ name: fc.constantFrom("Ann", "ann", "Bob"), org: fc.nat(4) }), {
        nil: undefined,
      }),
      rounds: fc.array(
        fc.record({
          company: fc.nat(2),
          letter: fc.option(fc.constantFrom("A", "B"), { nil: undefined }),
          month: fc.constantFrom("2019-01", "2019-02"),
          amount: fc.constantFrom(1e6, 2e6),
          leads: fc.array(fc.nat(2), { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
    })
    .map((s): SourceDocument => {
      const companies = s.companies.map((c, i) => ({
        id: `c${i}`,
        name: c.name,
        legalName: c.legalName,
        aliases: c.aliases,
        notes: c.notes.map((text) => ({ text, ...q })),
        ...(c.country ? { country: { text: c.country, ...q } } : {}),
        ...(c.ceo && s.person ? { ceo: "p0" } : {}),
      }));
      const investors = s.investors.map((v, i) => ({
        id: `i${i}`,
        name: v.name,
        legalName: v.legalName,
        aliases: v.aliases,
        ...(v.description ? { description: { text: v.description, ...q } } : {}),
        ...(v.parent !== undefined && v.parent < s.investors.length && v.parent !== i
          ? { affiliateOf: { investor: `i${v.parent}`, relation: "arm", ...q } }
          : {}),
      }));
      const organizations = [...companies, ...investors].map((o) => o.id);
      const people = s.person
        ? [
            {
              id: "p0",
              name: s.person.name,
              roles: [
                {
                  title: "CEO",
                  organization: organizations[s.person.org % organizations.length],
                  ...q,
                },
              ],
              statements: [],
            },
          ]
        : [];
      const rounds = s.rounds.map((r, i) => ({
        id: `r${i}`,
        company: `c${r.company % companies.length}`,
        ...(r.letter ? { series: { letter: r.letter, ...q } } : {}),
        amount: { amount: r.amount, currency: "USD", bound: "exact", ...q },
        announced: { iso: r.month, precision: "month", ...q },
        ...(r.leads.length > 0
          ? {
              leads: {
                investors: r.leads.map((l) => `i${l % investors.length}`),
                complete: true,
                ...q,
              },
            }
          : {}),
        notes: [],
      }));
      const document = { id: `s${index}`, headline: `Source ${index}`, date: s.date, text: "q" };
      return {
        ...document,
        companies,
        investors,
        people,
        rounds,
        macro: [],
      } as unknown as SourceDocument;
    });

const sources = fc
  .integer({ min: 1, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => source(i))));

/** A question that makes part of a catalog: a lookup by name, a company's rounds, an id. */
const question = fc.oneof(
  fc.record({ ask: fc.constant("company"), name }),
  fc.record({ ask: fc.constant("investor"), name }),
  fc.record({ ask: fc.constant("rounds"), index: fc.nat(5) }),
  fc.record({ ask: fc.constant("investorById"), index: fc.nat(5) }),
  fc.record({ ask: fc.constant("person"), index: fc.nat(2) }),
);
type Question = { ask: string; name?: string; index?: number };

function ask(catalog: Catalog, question: Question): void {
  const nth = <T>(keys: Iterable<T>) => [...keys][question.index ?? 0];
  if (question.ask === "company") catalog.companies.find(question.name ?? "");
  else if (question.ask === "investor") catalog.investors.find(question.name ?? "");
  else if (question.ask === "rounds")
    catalog.roundsByCompany.get(nth(catalog.roundsByCompany.keys()) ?? "");
  else if (question.ask === "investorById")
    catalog.investorById.get(nth(catalog.investorById.keys()) ?? "");
  else catalog.personById.get(nth(catalog.personById.keys()) ?? "");
}

/** Everything a catalog says, in the order it says it (keys in their order too). */
const everything = (catalog: Catalog) =>
  JSON.stringify({
    companies: catalog.companies.all,
    investors: catalog.investors.all,
    rounds: [...catalog.roundsByCompany],
    people: [...catalog.personById.values()],
    participations: [...catalog.participationsByInvestor].map(([id, parts]) => [
      id,
      parts.map((p) => `${p.round.id} ${p.role} ${p.via?.id ?? ""}`),
    ]),
    affiliates: [...catalog.affiliatesOf].map(([id, list]) => [id, list.map((i) => i.id)]),
    issues: catalog.issues,
    ambiguous: [...catalog.companies.ambiguous, ...catalog.investors.ambiguous].map(
      ([key, list]) => [key, list.map((e) => e.id)],
    ),
  });

const copy = (documents: readonly SourceDocument[]) =>
  JSON.parse(JSON.stringify(documents)) as SourceDocument[];

describe("buildCatalog, entities made on first ask", () => {
  it("says the same whatever was asked first, and in whatever order", () => {
    fc.assert(
      fc.property(sources, fc.array(question, { maxLength: 8 }), (documents, questions) => {
        const asked = buildCatalog(copy(documents), { version: "1" });
        for (const question of questions) ask(asked, question);
        expect(everything(asked)).toBe(everything(buildCatalog(copy(documents), { version: "1" })));
      }),
      { numRuns: 400 },
    );
  });

  it("makes no entity at start: a record's facts name their source once its entity is asked for", () => {
    const company = (id: string, name: string) => ({
      id,
      name,
      legalName: name,
      aliases: [],
      notes: [{ text: `${name} note`, ...q }],
    });
    const document = (id: string, date: string, companies: object[]) =>
      ({
        id,
        headline: id,
        date,
        text: "q",
        companies,
        investors: [],
        people: [],
        rounds: [],
        macro: [],
      }) as unknown as SourceDocument;
    const documents = [
      document("a", "2020-01-01", [company("c0", "Alpha"), company("c1", "Beta")]),
      document("b", "2021-01-01", [company("c0", "Alpha Co")]),
    ];
    const catalog = buildCatalog(documents, { version: "1" });
    const notes = documents.map((d) => d.companies.map((c) => "source" in (c.notes[0] ?? {})));
    expect(notes).toEqual([[false, false], [false]]);
    expect(catalog.companies.find("alpha")?.notes.map((n) => `${n.text} (${n.source.id})`)).toEqual(
      ["Alpha note (a)", "Alpha Co note (b)"],
    );
    const made = documents.map((d) => d.companies.map((c) => "source" in (c.notes[0] ?? {})));
    expect(made).toEqual([[true, false], [true]]);
  });
});
