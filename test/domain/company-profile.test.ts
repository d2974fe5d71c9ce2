import { normalizeWhitespace } from "../../src/data/validate-dataset";
import { catalog } from "../bundled-catalog";
import {
  companyProfile,
  displayText,
  type CompanyProfile,
  type ProfileFact,
} from "../../src/domain/facts/company-profile";
import { resolveCompany } from "../../src/domain/catalog/names/resolve-entity";
import { articleText } from "../data/source-article";

const article = normalizeWhitespace(articleText);

function profileOf(name: string): CompanyProfile {
  const result = companyProfile(catalog, name);
  if (result.kind !== "ok") throw new Error(`${name}: ${result.message}`);
  return result.value;
}

/** Every fact of a profile, its rounds' facts included, with where it stands. */
function factsOf(profile: CompanyProfile): (readonly [string, ProfileFact])[] {
  const { rounds, name, sources, ...company } = profile;
  expect(sources.length).toBeGreaterThan(0);
  const facts = (prefix: string, record: object) =>
    Object.entries(record).flatMap(([key, fact]) =>
      typeof fact === "object" ? [[`${prefix}${key}`, fact as ProfileFact] as const] : [],
    );
  return [
    ...facts(`${name}.`, company),
    ...rounds.flatMap(({ label, ...round }) => facts(`${name} ${label}.`, round)),
  ];
}

describe("companyProfile", () => {
  it("returns SenseTime's figures when asked by name", () => {
    const profile = profileOf("SenseTime");
    expect(profile.name).toBe("SenseTime");
    expect(profile.founded?.value).toEqual({ type: "date", iso: "2014", precision: "year" });
    expect(profile.ceo?.display).toBe("Xu Li");
    expect(profile.totalRaised?.value).toEqual({
      type: "money",
      amount: 1.01e9,
      currency: "USD",
      bound: "exact",
    });
    expect(profile.latestValuation?.value).toEqual({
      type: "money",
      amount: 4.5e9,
      currency: "USD",
      bound: "atLeast",
    });
    expect(profile.latestValuation?.display).toBe("exceeding $4.5B");
    expect(profile.partners?.display).toBe("more than 400");
    expect(profile.partnerList?.display).toContain("Qualcomm Inc; Nvidia Corp");
    expect(profile.sectors?.display).toContain("security; fintech");
    expect(profile.investors?.display).toBe(
      "CDH Investments; Sailing Capital; Alibaba; Temasek; Suning Commerce; others not named",
    );
  });

  it("returns the rounds oldest first, each with what the source gives", () => {
    const shown = profileOf("SenseTime").rounds.map((round) => ({
      label: round.label,
      date: round.date.display,
      amount: round.amount.display,
      leads: round.leads?.display,
      others: round.otherInvestors?.display,
      valuation: round.valuation?.display,
    }));
    expect(shown).toEqual([
      {
        label: "Jul 2017 round",
        date: "Jul 2017",
        amount: "$410M",
        leads: "CDH Investments; Sailing Capital",
        others: undefined,
        valuation: undefined,
      },
      {
        label: "Series C",
        date: "9 Apr 2018",
        amount: "$600M",
        leads: "Alibaba",
        others: "Temasek; Suning Commerce; others not named",
        valuation: "exceeding $4.5B",
      },
    ]);
  });

  it("omits the facts the source does not give when the company is Megvii", () => {
    const profile = profileOf("Face++");
    expect(profile.name).toBe("Megvii");
    for (const missing of ["founded", "ceo", "partners", "partnerList", "sectors"]) {
      expect(profile).not.toHaveProperty(missing);
    }
    expect(profile).not.toHaveProperty("latestValuation");
    expect(profile.totalRaised?.display).toBe("$460M");
    expect(profile.investors?.display).toBe("Ant Financial; others not named");
    const [round] = profile.rounds;
    expect(round.label).toBe("Series C");
    expect(round.date.display).toBe("Oct 2017");
    expect(round).not.toHaveProperty("leads");
    expect(round).not.toHaveProperty("valuation");
    expect(round.otherInvestors?.display).toBe("Ant Financial; others not named");
  });

  it("returns resolveCompany's message and suggestions when the name is unknown", () => {
    const answer = companyProfile(catalog, "SenseTme");
    expect(answer).toEqual(resolveCompany(catalog, "SenseTme"));
    expect(answer).toMatchObject({
      kind: "notFound",
      message: "Unknown company 'SenseTme'. Did you mean SenseTime?",
      suggestions: ["SenseTime"],
    });
  });

  it("returns invalid when the name is empty", () => {
    expect(companyProfile(catalog, "  ").kind).toBe("invalid");
  });

  it("returns facts whose passages are each a passage of the article", () => {
    const facts = [...factsOf(profileOf("SenseTime")), ...factsOf(profileOf("Megvii"))];
    expect(facts.length).toBeGreaterThan(20);
    for (const [path, fact] of facts) {
      expect(fact.passages.length).toBeGreaterThan(0);
      for (const passage of fact.passages) {
        expect({ path, found: article.includes(normalizeWhitespace(passage)) }).toEqual({
          path,
          found: true,
        });
      }
      expect({ path, quote: fact.quote }).toEqual({ path, quote: fact.passages.join(" … ") });
    }
  });
});

describe("displayText", () => {
  it.each([
    [{ type: "money", amount: 6e8, currency: "USD", bound: "exact" } as const, "$600M"],
    [{ type: "date", iso: "2018-04-09", precision: "day" } as const, "9 Apr 2018"],
    [{ type: "count", count: 400, bound: "atLeast" } as const, "more than 400"],
    [{ type: "count", count: 3, bound: "exact" } as const, "3"],
    [{ type: "text", text: "Xu Li" } as const, "Xu Li"],
  ])("returns the memo text when the value is %o", (value, text) => {
    expect(displayText(value)).toBe(text);
  });
});
