import { catalog } from "../bundled-catalog";
import { companyProfile, type CompanyProfile } from "../../src/domain/facts/company-profile";
import { OfficeMockObject } from "office-addin-mock";
import {
  PROFILE_PROPERTIES as P,
  ROUND_PROPERTIES as R,
  toEntity,
} from "../../src/cell-values/profile-entity";
import { SOURCE_NAME_MAX, passageProperty, sourceName } from "../../src/cell-values/attribution";
import { citationText } from "../../src/domain/presentation/display";

const [source] = catalog.sources;

function profileOf(name: string): CompanyProfile {
  const result = companyProfile(catalog, name);
  if (result.kind !== "ok") throw new Error(result.message);
  return result.value;
}

// The annotation is the compile-time check: toEntity's result is an Excel.EntityCellValue.
// ExcelApi 1.19 and later: numbers are Doubles with a numberFormat.
const modern = { doubleFormats: true };
const sensetime: Excel.EntityCellValue = toEntity(profileOf("SenseTime"), modern);
const megvii = toEntity(profileOf("Megvii"), modern) satisfies Excel.EntityCellValue;

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

  it("names the source in every attribution, in at most 100 characters", () => {
    const name = `${source.headline} (10 Apr 2018)`;
    expect(sourceName(source)).toBe(name);
    expect(name.length).toBeLessThanOrEqual(SOURCE_NAME_MAX);
    for (const [property, value] of Object.entries(sensetime.properties ?? {})) {
      const attribution = "propertyMetadata" in value ? value.propertyMetadata?.attribution : [];
      expect({ property, attribution }).toEqual({ property, attribution: [{ sourceText: name }] });
    }
  });

  it("shortens a long headline with … to fit the card footer, publisher first", () => {
    const long = {
      id: "x",
      headline: "Funding ".repeat(30),
      date: "2018-04-10",
      publisher: "Wire",
    };
    const name = sourceName(long);
    expect(name).toHaveLength(SOURCE_NAME_MAX);
    expect(name).toMatch(/^Wire: Funding Funding .*…\s?\(10 Apr 2018\)$/);
  });

  it("links the source where its address is known", () => {
    const profile = profileOf("SenseTime");
    const ceo = profile.ceo;
    if (!ceo) throw new Error("SenseTime has a CEO in the source");
    const linked = { ...source, url: "https://example.com/article" };
    const card = toEntity(
      {
        ...profile,
        ceo: { ...ceo, citations: ceo.citations.map((c) => ({ ...c, source: linked })) },
      },
      modern,
    );
    const value = property(card, P.ceo);
    expect(value && "propertyMetadata" in value && value.propertyMetadata?.attribution).toEqual([
      { sourceText: sourceName(source), sourceAddress: "https://example.com/article" },
    ]);
  });

  it("quotes each fact's passages in its own property, left out of calc comparison", () => {
    const profile = profileOf("SenseTime");
    const ceo = profile.ceo;
    if (!ceo) throw new Error("SenseTime has a CEO in the source");
    expect(property(sensetime, passageProperty(P.ceo))).toEqual({
      type: "String",
      basicValue: citationText(ceo),
      propertyMetadata: {
        attribution: [{ sourceText: sourceName(source) }],
        excludeFrom: { calcCompare: true, autoComplete: true },
      },
    });
    expect(citationText(ceo)).toContain(`"${ceo.passages[0]}"`);
    const facts = Object.keys(sensetime.properties ?? {}).filter(
      (name) => !name.endsWith(" (source)") && name !== P.rounds,
    );
    for (const name of facts) expect(sensetime.properties).toHaveProperty([passageProperty(name)]);
  });

  it("lists the passages in the card's last section", () => {
    const last = sensetime.layouts?.card?.sections?.at(-1);
    expect(last?.title).toBe("Sources (their words)");
    expect(last?.properties).toContain(passageProperty(P.ceo));
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

  it("writes FormattedNumber values where ExcelApi 1.19 is missing", () => {
    const legacy = toEntity(profileOf("SenseTime"), { doubleFormats: false });
    expect(property(legacy, P.latestValuation)).toMatchObject({
      type: "FormattedNumber",
      basicValue: 4.5e9,
      numberFormat: '"> "$#,##0.00,,,"B"',
    });
    expect(JSON.stringify(legacy)).not.toMatch(/"type":"Double"/);
  });

  it.each([
    [true, "Double"],
    [false, "FormattedNumber"],
  ])("asks the host for ExcelApi 1.19 by default (supported: %s → %s)", (has119, type) => {
    const office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            has119 || !(name === "ExcelApi" && version === "1.19"),
        },
      },
    });
    Object.assign(globalThis, { Office: office });
    try {
      const card = toEntity(profileOf("SenseTime"));
      expect(property(card, P.totalRaised)?.type).toBe(type);
    } finally {
      Reflect.deleteProperty(globalThis, "Office");
    }
  });

  it("leaves out what the source does not give when the company is Megvii", () => {
    const names = Object.keys(megvii.properties ?? {});
    for (const missing of [P.founded, P.ceo, P.partners, P.partnerList, P.latestValuation]) {
      expect(names).not.toContain(missing);
    }
    expect(megvii.layouts?.card?.sections?.[0]?.properties).toEqual([P.totalRaised, P.rounds]);
  });
});
