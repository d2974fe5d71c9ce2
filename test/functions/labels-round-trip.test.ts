/**
 * Every label the add-in prints over a fact (spill headers, table headers and row labels, card
 * property names) typed back as a field name, in any case and spacing, answers that fact: the
 * value in the column (or row, or property) it heads. Calls go through the functions Excel calls.
 */
import fc from "fast-check";
import { answerOf, CustomFunctionsError } from "./custom-functions-shim";
import {
  AIROUND,
  AIROUNDS,
  COMPANY,
  INVESTMENTS,
  INVESTORS,
  PROFILE,
} from "../../src/functions/functions";
import { catalog } from "../bundled-catalog";
import { roundComparison } from "../../src/domain/tables/table-rounds";
import { companyComparison } from "../../src/domain/tables/table-companies";
import { valueCell, NOT_REPORTED } from "../../src/domain/formulas/formula-cells";
import { passageProperty } from "../../src/cell-values/attribution";
import { PROFILE_PROPERTIES } from "../../src/cell-values/profile-entity";
import type { TableCell } from "../../src/domain/tables/table-model";

/** One printed label over one fact: where it is printed, and the call that types it back. */
type Case = {
  where: string;
  label: string;
  expected: unknown;
  typeBack: (field: string) => unknown;
};

const COMPANIES = ["SenseTime", "Megvii"];
const INVESTORS_NAMED = ["Alibaba", "Ant Financial", "Temasek", "CDH Investments"];

/**
 * Columns that say which row it is (the arguments of a formula, not a fact of it): the company,
 * the investor, its role in the round and its parent. They are typed as arguments instead.
 */
const KEY_COLUMNS = new Set(["Company", "Investor", "Role", "Affiliation"]);

/**
 * Card properties that are not one fact a field can answer: the round cards (each typed back
 * below, property by property), the valuation's wording (VALUATION's number with its qualifier,
 * which the `valuation qualifier` field answers), and the passages (AISOURCE's answer).
 */
const CARD_ONLY = new Set([
  PROFILE_PROPERTIES.rounds,
  PROFILE_PROPERTIES.latestValuationText,
  ...Object.values(PROFILE_PROPERTIES).map(passageProperty),
]);

/** The cell a table cell holds; "Not reported" stands for the #N/A a formula answers. */
const tableValue = (cell: TableCell) =>
  cell.display === NOT_REPORTED ? NOT_REPORTED : valueCell(cell.value);

/** A function's answer, an Excel error #N/A standing for "Not reported". */
function answerCell(call: () => unknown): unknown {
  const answer = answerOf(call);
  if (answer instanceof CustomFunctionsError) {
    return answer.code === "#N/A" && answer.message.startsWith("Not reported")
      ? NOT_REPORTED
      : `${answer.code} ${answer.message}`;
  }
  return answer;
}

/** The columns of a spill, typed back through AIROUND with the row's own round label. */
/** A spill's cells, plain outside Excel (no data types there): checked, not cast. */
function plainRows(spill: readonly (readonly unknown[])[]): (string | number)[][] {
  return spill.map((row) =>
    row.map((cell) => {
      if (typeof cell === "string" || typeof cell === "number") return cell;
      throw new Error(`not a plain cell: ${JSON.stringify(cell)}`);
    }),
  );
}

function spillCases(
  where: string,
  spill: (string | number)[][],
  company: (row: (string | number)[]) => string,
): Case[] {
  const [header, ...rows] = spill;
  const roundAt = header.indexOf("Round");
  return rows.flatMap((row) =>
    header.flatMap((label, column) =>
      KEY_COLUMNS.has(String(label)) || row[0] === "Others not named"
        ? []
        : [
            {
              where,
              label: String(label),
              expected: row[column],
              typeBack: (field: string) =>
                answerCell(() => AIROUND(company(row), row[roundAt], field)),
            },
          ],
    ),
  );
}

function roundTableCases(): Case[] {
  const model = roundComparison(catalog);
  const header = model.columns.map((c) => c.title);
  const roundAt = header.indexOf("Round");
  return model.rows.flatMap((row) =>
    header.flatMap((label, column) =>
      KEY_COLUMNS.has(label)
        ? []
        : [
            {
              where: "Round comparison",
              label,
              expected: tableValue(row[column]),
              typeBack: (field: string) =>
                answerCell(() => AIROUND(row[0].display, row[roundAt].display, field)),
            },
          ],
    ),
  );
}

function companyTableCases(): Case[] {
  const model = companyComparison(catalog);
  return model.rows.flatMap((row) =>
    model.columns.slice(1).map(({ title: company }, i) => ({
      where: "Company comparison",
      label: row[0].display,
      expected: tableValue(row[i + 1]),
      typeBack: (field: string) => answerCell(() => COMPANY(company, field)),
    })),
  );
}

type Property = { basicValue?: unknown; text?: string; properties?: Record<string, Property> };

function cardCases(): Case[] {
  return COMPANIES.flatMap((company) => {
    const card = PROFILE(company) as unknown as Property & {
      properties: Record<string, Property & { elements?: Property[][] }>;
    };
    const own = Object.entries(card.properties)
      .filter(([name]) => !CARD_ONLY.has(name))
      .map(([name, property]) => ({
        where: `${company}'s card`,
        label: name,
        expected: property.basicValue,
        typeBack: (field: string) => answerCell(() => COMPANY(company, field)),
      }));
    const rounds = (card.properties[PROFILE_PROPERTIES.rounds]?.elements ?? []).flat();
    const ofRounds = rounds.flatMap((round) =>
      Object.entries(round.properties ?? {})
        .filter(([name]) => !name.endsWith("(source)"))
        .map(([name, property]) => ({
          where: `${company}'s ${round.text} card`,
          label: name,
          expected: property.basicValue,
          typeBack: (field: string) => answerCell(() => AIROUND(company, round.text ?? "", field)),
        })),
    );
    return [...own, ...ofRounds];
  });
}

const CASES: Case[] = [
  ...COMPANIES.flatMap((company) => [
    ...spillCases(`AIROUNDS("${company}")`, plainRows(AIROUNDS(company)), () => company),
    ...spillCases(`INVESTORS("${company}")`, plainRows(INVESTORS(company)), () => company),
  ]),
  ...INVESTORS_NAMED.flatMap((investor) =>
    spillCases(`INVESTMENTS("${investor}")`, plainRows(INVESTMENTS(investor)), (row) =>
      String(row[0]),
    ),
  ),
  ...roundTableCases(),
  ...companyTableCases(),
  ...cardCases(),
];

/** A label as an analyst may type it: any case, spaces dropped, doubled or replaced. */
function respell(label: string, upper: readonly boolean[], space: string, pad: string): string {
  const cased = [...label]
    .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
    .join("");
  return `${pad}${cased.replace(/ /g, space)}${pad}`;
}

describe("every printed label typed back as a field", () => {
  it("covers every spill, table and card that prints a fact under a label", () => {
    const places = new Set(CASES.map((c) => c.where.replace(/\(.*\)|'s .*card/, "")));
    expect([...places].sort()).toEqual(
      [
        "AIROUNDS",
        "Company comparison",
        "INVESTMENTS",
        "INVESTORS",
        "Megvii",
        "Round comparison",
        "SenseTime",
      ].sort(),
    );
    const labels = new Set(CASES.map((c) => c.label));
    for (const label of [
      "Round",
      "Announced",
      "Amount (USD)",
      "Round size (USD)",
      "Lead investors",
      "Other investors",
      "Post-money valuation (USD)",
      "Post-money valuation",
      "Raised in reported rounds",
      "Partnership sectors",
      "Rounds in source",
      "Focus",
      "Investors",
    ]) {
      expect(labels).toContain(label);
    }
  });

  it.each(CASES.map((c) => [c.where, c.label, c] as const))(
    "%s: %j gives its column's value",
    (_, label, c) => {
      expect(c.typeBack(label)).toEqual(c.expected);
    },
  );

  it("gives the column's value for any case and spacing of the label", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: CASES.length - 1 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        fc.constantFrom("", " ", "  ", "\u00a0", "_"),
        fc.constantFrom("", " ", "  "),
        (index, upper, space, pad) => {
          const c = CASES[index];
          expect(c.typeBack(respell(c.label, upper, space, pad))).toEqual(c.expected);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
