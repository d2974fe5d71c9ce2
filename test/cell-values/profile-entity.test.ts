import { catalog } from "../bundled-catalog";
import { companyProfile, type CompanyProfile } from "../../src/domain/facts/company-profile";
import {
  PROFILE_PROPERTIES as P,
  ROUND_PROPERTIES as R,
  toEntity,
} from "../../src/cell-values/profile-entity";

const [source] = catalog.sources;

function profileOf(name: string): CompanyProfile {
  const result = companyProfile(catalog, name);
  if (result.kind !== "ok") throw new Error(result.message);
  return result.value;
}

// The annotation is the compile-time check: toEntity's result is an Excel.EntityCellValue.
const sensetime: Excel.EntityCellValue = toEntity(profileOf("SenseTime"));
const megvii = toEntity(profileOf("Megvii")) satisfies Excel.EntityCellValue;

const property = (entity: Excel.EntityCellValue, name: string) => entity.properties?.[name];

describe("toEntity", () => {
  it("returns an entity named after the company", () => {
    expect(sensetime).toMatchObject({ type: "Entity", text: "SenseTime" });
    expect(sensetime.layouts?.compact?.icon).toBe("Organization");
    expect(sensetime).not.toHaveProperty("basicValue");
  });

  it("returns money as numbers with a scaled format, a lower bound marked >", () => {
    expect(property(sensetime, P.latestValuation)).toMatchObject({
      type: "Double",
      basicValue: 4.5e9,
      numberFormat: '"> "$#,##0.00,,,"B"',
      propertyMetadata: { sublabel: "Lower bound: exceeding $4.5B" },
    });
    expect(property(sensetime, P.latestValuationText)).toMatchObject({
      type: "String",
      basicValue: "exceeding $4.5B",
    });
    expect(property(sensetime, P.totalRaised)).toMatchObject({
      type: "Double",
      basicValue: 1.01e9,
      numberFormat: '$#,##0.00,,,"B"',
      propertyMetadata: { sublabel: "Sum of the 2 rounds in the source" },
    });
    expect(property(sensetime, P.partners)).toMatchObject({
      type: "Double",
      basicValue: 400,
      numberFormat: '"> "#,##0',
    });
  });

  it("returns dates and text as the other DEALS functions do", () => {
    expect(property(sensetime, P.founded)).toMatchObject({
      type: "Double",
      basicValue: 2014,
      numberFormat: "0",
    });
    expect(property(sensetime, P.ceo)).toMatchObject({ type: "String", basicValue: "Xu Li" });
  });

  it("returns the rounds as an array of round entities, oldest first", () => {
    const rounds = property(sensetime, P.rounds);
    if (rounds?.type !== "Array") throw new Error("Rounds is not an array");
    const [july, seriesC] = rounds.elements.map(([round]) => round as Excel.EntityCellValue);
    expect(rounds.elements).toHaveLength(2);
    expect(july).toMatchObject({ type: "Entity", text: "Jul 2017 round" });
    expect(property(july, R.date)).toMatchObject({
      type: "Double",
      basicValue: 42917,
      numberFormat: "mmm yyyy",
      propertyMetadata: { sublabel: expect.stringMatching(/^Inferred: /) },
    });
    expect(property(july, R.leads)).toMatchObject({
      basicValue: "CDH Investments; Sailing Capital",
    });
    expect(july.properties).not.toHaveProperty(R.valuation);
    expect(property(seriesC, R.date)).toMatchObject({ basicValue: 43199 });
    expect(property(seriesC, R.amount)).toMatchObject({
      basicValue: 6e8,
      numberFormat: '$#,##0.0,,"M"',
    });
    expect(property(seriesC, R.otherInvestors)).toMatchObject({
      basicValue: "Temasek; Suning Commerce; others not named",
    });
    expect(property(seriesC, R.valuation)).toMatchObject({ basicValue: 4.5e9 });
  });

  it("attributes every property to the article, quoting its passage", () => {
    const attributions = (entity: Excel.EntityCellValue): [string, string[]][] =>
      Object.entries(entity.properties ?? {}).map(([name, value]) => [
        name,
        ("propertyMetadata" in value ? (value.propertyMetadata?.attribution ?? []) : []).map(
          (a) => a.sourceText ?? "",
        ),
      ]);
    const profile = profileOf("SenseTime");
    const expected = `${source.headline} (10 Apr 2018): "${profile.ceo?.quote}"`;
    expect(Object.fromEntries(attributions(sensetime))[P.ceo]).toEqual([expected]);
    for (const [name, texts] of attributions(sensetime)) {
      expect({ name, count: texts.length > 0 }).toEqual({ name, count: true });
      for (const text of texts)
        expect(text.startsWith(`${source.headline} (10 Apr 2018): "`)).toBe(true);
    }
    expect(Object.fromEntries(attributions(sensetime))[P.investors]).toHaveLength(3);
  });

  it("puts the key figures in the card's first section", () => {
    const card = sensetime.layouts?.card;
    expect(card?.title).toBe("SenseTime");
    expect(card?.sections?.[0]).toEqual({
      layout: "List",
      properties: [P.latestValuation, P.latestValuationText, P.totalRaised, P.rounds],
    });
    const listed = card?.sections?.flatMap((section) => section.properties) ?? [];
    expect([...listed].sort()).toEqual(Object.keys(sensetime.properties ?? {}).sort());
  });

  it("leaves out what the source does not give when the company is Megvii", () => {
    const names = Object.keys(megvii.properties ?? {});
    for (const missing of [P.founded, P.ceo, P.partners, P.partnerList, P.latestValuation]) {
      expect(names).not.toContain(missing);
    }
    expect(megvii.layouts?.card?.sections?.[0]?.properties).toEqual([P.totalRaised, P.rounds]);
  });
});
