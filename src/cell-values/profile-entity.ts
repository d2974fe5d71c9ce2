/**
 * Excel cell values built from domain models (here: the company card entity). Shared by the custom
 * functions (DEALS.PROFILE) and the pane (entity cards), so it sits beside both, depending only on
 * the domain.
 */
import type { CompanyProfile, ProfileFact, RoundProfile } from "../domain/facts/company-profile";
import { valueCell } from "../domain/formulas/formula-cells";
import { numberFormatOf } from "../domain/presentation/number-format";
import type { Value } from "../domain/core/value";
import { citationText, disagreementText } from "../domain/presentation/display";
import { citedProperties, passageProperty, sourceName, type CitedCell } from "./attribution";
import { formattedNumber, type NumberOptions } from "./formatted-number";
import { isSetSupported } from "./requirements";

type Properties = Record<string, Excel.EntityPropertyType>;

/** How the host takes a number with a format (see `formattedNumber`). */
export type CardOptions = NumberOptions;

const hostOptions = (): CardOptions => ({ doubleFormats: isSetSupported("ExcelApi", "1.19") });

/**
 * Property names, as analysts reach them in formulas: `=A1.[Raised in reported rounds]`. Each can
 * also be typed as a COMPANY field.
 */
export const PROFILE_PROPERTIES = {
  latestValuation: "Latest valuation",
  latestValuationText: "Latest valuation (as reported)",
  totalRaised: "Raised in reported rounds",
  rounds: "Rounds",
  description: "Description",
  country: "Country",
  founded: "Founded",
  ceo: "CEO",
  focus: "Focus",
  sectors: "Partnership sectors",
  partners: "Partners",
  partnerList: "Partner list",
  investors: "Investors",
} as const;

export const ROUND_PROPERTIES = {
  date: "Announced",
  amount: "Amount",
  leads: "Lead investors",
  otherInvestors: "Other investors",
  valuation: "Post-money valuation",
} as const;

const P = PROFILE_PROPERTIES;

/**
 * The card's facts shown as the profile gives them, in the card's order: the first six in its
 * Company section, the rest under Partners and investors.
 */
const CITED_AS_GIVEN = [
  "description",
  "country",
  "founded",
  "ceo",
  "focus",
  "sectors",
  "partners",
  "partnerList",
  "investors",
] as const;

/**
 * A company card: an entity (ExcelApi 1.16) whose text is the company name and whose properties are
 * the profile's facts, each attributed to its sources (named in the card footer) and followed by
 * its passages (`CEO (source)`, in the card's last section). The key figures come first on the
 * card; facts the source does not give are left out, so `=A1.CEO` answers #FIELD! for Megvii
 * rather than a made-up value.
 */
export function toEntity(
  profile: CompanyProfile,
  options: CardOptions = hostOptions(),
): Excel.EntityCellValue {
  const cite = citer(options);
  const valuation = profile.latestValuation;
  const properties = citedProperties({
    [P.latestValuation]: valuation && cite(valuation),
    [P.latestValuationText]: valuation && cite(valuation, stringValue(valuation.display)),
    // The article reports some of a company's rounds (a Series C implies earlier ones): the total
    // says it covers only those.
    [P.totalRaised]:
      profile.totalRaised &&
      cite(
        profile.totalRaised,
        undefined,
        `Sum of the ${profile.rounds.length} round${profile.rounds.length === 1 ? "" : "s"} in the source`,
      ),
    [P.rounds]: roundsProperty(profile.rounds, cite),
    ...Object.fromEntries(
      CITED_AS_GIVEN.map((key) => {
        const fact = profile[key];
        return [P[key], fact && cite(fact)];
      }),
    ),
  });
  const givenNames = CITED_AS_GIVEN.map((key) => P[key]);
  const card: Excel.EntityCardLayout = {
    title: profile.name,
    sections: sections(properties, [
      { properties: [P.latestValuation, P.latestValuationText, P.totalRaised, P.rounds] },
      { title: "Company", properties: givenNames.slice(0, 6) },
      { title: "Partners and investors", properties: givenNames.slice(6) },
      { title: SOURCES_TITLE, properties: Object.values(P).map(passageProperty) },
    ]),
  };
  if (properties[P.description]) card.subTitle = { property: P.description };
  return {
    type: "Entity",
    text: profile.name,
    properties,
    layouts: { card, compact: { icon: "Organization" } },
    provider: { description: `AI Deals: ${profile.sources.map(sourceName).join("; ")}` },
  };
}

const SOURCES_TITLE = "Sources (their words)";

type Cite = (fact: ProfileFact, cell?: Excel.CellValue, note?: string) => CitedCell;

/**
 * A fact's cell with its citations and its passages as AISOURCE words them (each source's
 * passages, or that an analyst entered it); a lower bound, an inference or a disagreement
 * between sources is the note.
 */
const citer =
  (options: CardOptions): Cite =>
  (fact, cell = factCell(fact.value, options), note = sublabel(fact)) => ({
    cell,
    citations: fact.citations,
    note,
    passages: citationText(fact),
  });

function sublabel(fact: ProfileFact): string | undefined {
  const disagreement = disagreementText(fact);
  if (disagreement) return disagreement;
  if (fact.inferred) return `Inferred: ${fact.inferred}`;
  const bound = fact.value.type === "money" || fact.value.type === "count" ? fact.value.bound : "";
  return bound === "atLeast" ? `Lower bound: ${fact.display}` : undefined;
}

/**
 * The rounds as an array of round entities, attributed to every round's amount sources; each
 * round's card quotes its own passages.
 */
function roundsProperty(rounds: RoundProfile[], cite: Cite): CitedCell | undefined {
  if (rounds.length === 0) return undefined;
  const elements = rounds.map((round) => [roundEntity(round, cite)]);
  const citations = rounds.flatMap((round) => round.amount.citations);
  return { cell: { type: "Array", elements }, citations };
}

function roundEntity(round: RoundProfile, cite: Cite): Excel.EntityCellValue {
  const R = ROUND_PROPERTIES;
  const properties = citedProperties({
    [R.date]: cite(round.date),
    [R.amount]: cite(round.amount),
    [R.leads]: round.leads && cite(round.leads),
    [R.otherInvestors]: round.otherInvestors && cite(round.otherInvestors),
    [R.valuation]: round.valuation && cite(round.valuation),
  });
  return {
    type: "Entity",
    text: round.label,
    properties,
    layouts: {
      card: {
        title: round.label,
        sections: sections(properties, [
          { properties: Object.values(R) },
          { title: SOURCES_TITLE, properties: Object.values(R).map(passageProperty) },
        ]),
      },
      compact: { icon: "Money" },
    },
  };
}

/**
 * Numbers stay numbers so that a card field can be computed with; the number format (the tables'
 * own) carries the scale and a "> " for a lower bound, on a Double where the host reads that
 * (ExcelApi 1.19), else as a FormattedNumber. The sublabel and the "as reported" text carry the
 * qualifier regardless.
 */
function factCell(value: Value, options: CardOptions): Excel.CellValue {
  const basicValue = valueCell(value);
  if (typeof basicValue === "string") return stringValue(basicValue);
  return formattedNumber(basicValue, numberFormatOf(value), options);
}

const stringValue = (text: string): Excel.CellValue => ({ type: "String", basicValue: text });

type SectionPlan = { title?: string; properties: string[] };

/** List sections holding only the properties present; an empty section is dropped. */
function sections(properties: Properties, plan: SectionPlan[]): Excel.CardLayoutSection[] {
  return plan
    .map(({ title, properties: names }) => ({
      layout: "List" as const,
      ...(title ? { title } : {}),
      properties: names.filter((name) => name in properties),
    }))
    .filter((section) => section.properties.length > 0);
}
