import { readFileSync } from "fs";
import { join } from "path";
import { loadDataset } from "../../src/data/load-dataset";
import { extractRounds } from "../../src/extract";
import type { ExtractedRound, Money, Valuation } from "../../src/extract";

/**
 * The dataset's rounds in the extractor's terms. This adapter is the only place that knows the
 * dataset's shape, so a change to src/data touches it alone.
 */
interface DatasetRound {
  names: string[];
  series: string | null;
  amount: Money | null;
  announced: string | null;
  leads: string[][];
  participants: string[][];
  valuation: Valuation | null;
}

function datasetRounds(): { published: string; rounds: DatasetRound[] } {
  const data = loadDataset().sources.find((s) => s.id === "article-2018-04-10");
  if (!data) throw new Error("The bundled dataset no longer carries the source article.");
  const company = (id: string) => data.companies.find((c) => c.id === id);
  const investor = (id: string) => {
    const i = data.investors.find((x) => x.id === id);
    return i ? [i.name, i.legalName, ...i.aliases] : [id];
  };
  const qualifier = (bound: string) => (bound === "atLeast" ? "more than" : null);
  return {
    published: data.date,
    rounds: data.rounds.map((r) => {
      const c = company(r.company);
      return {
        names: c ? [c.name, c.legalName, ...c.aliases] : [r.company],
        series: r.series ? `Series ${r.series.letter}` : null,
        amount: r.amount
          ? {
              value: r.amount.amount,
              currency: r.amount.currency,
              qualifier: qualifier(r.amount.bound),
            }
          : null,
        announced: r.announced?.iso ?? null,
        leads: (r.leads?.investors ?? []).map(investor),
        participants: (r.others?.investors ?? []).map(investor),
        valuation: r.postMoneyValuation
          ? {
              value: r.postMoneyValuation.amount,
              currency: r.postMoneyValuation.currency,
              qualifier: qualifier(r.postMoneyValuation.bound),
              basis: "post-money",
            }
          : null,
      };
    }),
  };
}

const text = readFileSync(join(__dirname, "../../src/data/article-2018-04-10.txt"), "utf8");
const { published, rounds: expected } = datasetRounds();
const { rounds } = extractRounds({ text, published });

const sameName = (a: string, names: string[]) =>
  names.some(
    (n) =>
      n.toLowerCase().replace(/[^a-z0-9+]/g, "") === a.toLowerCase().replace(/[^a-z0-9+]/g, ""),
  );
const find = (e: DatasetRound): ExtractedRound | undefined =>
  rounds.find((r) => sameName(r.company, e.names) && r.amount?.value === e.amount?.value);

describe("the source article, extracted", () => {
  it("returns exactly the dataset's three rounds", () => {
    expect(expected).toHaveLength(3);
    expect(rounds).toHaveLength(3);
    for (const e of expected) expect(find(e)).toBeDefined();
  });

  describe.each(expected.map((e) => [`${e.names[0]} ${e.series ?? e.announced}`, e] as const))(
    "%s",
    (_label, e) => {
      const round = find(e);
      it("has the dataset's series, amount, date and valuation", () => {
        expect(round?.series).toBe(e.series);
        expect(round?.amount).toEqual(e.amount);
        expect(round?.amountUsd).toBeNull();
        expect(round?.announced).toBe(e.announced);
        expect(round?.valuation).toEqual(e.valuation);
      });
      it("has the dataset's lead and other investors", () => {
        expect(round?.leads).toHaveLength(e.leads.length);
        e.leads.forEach((names, i) => expect(sameName(round?.leads[i] ?? "", names)).toBe(true));
        expect(round?.participants).toHaveLength(e.participants.length);
        e.participants.forEach((names, i) =>
          expect(sameName(round?.participants[i] ?? "", names)).toBe(true),
        );
      });
      it("quotes every field verbatim from the article", () => {
        for (const quote of Object.values(round?.quotes ?? {})) expect(text).toContain(quote);
      });
    },
  );

  it("reports the Series C as the article's news and the two earlier rounds as in passing", () => {
    expect(rounds.filter((r) => r.isCurrentRound).map((r) => r.series)).toEqual(["Series C"]);
    expect(rounds.filter((r) => r.isCurrentRound)[0].company).toMatch(/SenseTime/);
  });
});
