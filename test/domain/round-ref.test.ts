import { catalog } from "../bundled-catalog";
import {
  findRound,
  parseRoundRef,
  roundLabel,
  roundRefText,
} from "../../src/domain/facts/round-ref";
import type { Company } from "../../src/domain/catalog/entities";

const company = (id: string) => catalog.companyById.get(id) as Company;
const sensetime = company("sensetime");
const megvii = company("megvii");
const roundId = (ref: unknown, of = sensetime) => {
  const result = findRound(catalog, of, ref);
  return result.kind === "ok" ? result.value.id : result.kind;
};

describe("parseRoundRef", () => {
  it.each([
    ["C", { by: "series", letter: "C" }],
    ["c", { by: "series", letter: "C" }],
    ["Series C", { by: "series", letter: "C" }],
    ["series-c", { by: "series", letter: "C" }],
    [" SERIES_C ", { by: "series", letter: "C" }],
    ["latest", { by: "latest" }],
    ["Most recent", { by: "latest" }],
    ["first", { by: "first" }],
    [2, { by: "position", position: 2 }],
    ["2", { by: "position", position: 2 }],
    ["2017-07", { by: "month", month: "2017-07" }],
    ["2017/7", { by: "month", month: "2017-07" }],
  ])("parses %p", (input, ref) => {
    expect(parseRoundRef(input)).toEqual({ kind: "ok", value: ref });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "0", "-3", "2.5"])(
    "refuses the position %p as invalid",
    (input) => {
      expect(parseRoundRef(input)).toMatchObject({
        kind: "invalid",
        message: expect.stringContaining("Round positions are whole numbers from 1"),
      });
    },
  );

  it.each([0, "", "  ", null])("reads %p, a blank cell, as a missing round", (input) => {
    expect(parseRoundRef(input)).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^The round is missing\./),
    });
  });

  it("reads a cell value through its basic value", () => {
    expect(parseRoundRef({ type: "Double", basicValue: 2 })).toEqual({
      kind: "ok",
      value: { by: "position", position: 2 },
    });
    expect(parseRoundRef({ type: "String", basicValue: "C" })).toEqual({
      kind: "ok",
      value: { by: "series", letter: "C" },
    });
  });

  it.each([undefined, null, true, "", "  ", "Series CC", "2017-13", "<b>C</b>"])(
    "refuses %p, listing the forms a round can take",
    (input) => {
      expect(parseRoundRef(input)).toMatchObject({
        kind: "invalid",
        message: expect.stringContaining(
          'Name a round as "C", "Series C", "latest", "first", 1, 2, …, "2017-07", "Jul 2017".',
        ),
      });
    },
  );
});

describe("findRound", () => {
  it("finds SenseTime's rounds by letter, position, first/latest and month", () => {
    expect(roundId("C")).toBe("sensetime-c");
    expect(roundId(2)).toBe("sensetime-c");
    expect(roundId("latest")).toBe("sensetime-c");
    expect(roundId(1)).toBe("sensetime-2017-07");
    expect(roundId("first")).toBe("sensetime-2017-07");
    expect(roundId("2017-07")).toBe("sensetime-2017-07");
    expect(roundId("2018-04")).toBe("sensetime-c");
    expect(roundId("C", megvii)).toBe("megvii-c");
  });

  it("names the rounds that exist when a round is unknown", () => {
    expect(findRound(catalog, sensetime, "B")).toEqual({
      kind: "notFound",
      message:
        'SenseTime has no Series B in the source. Its rounds: 1) Jul 2017 round ("2017-07", Jul 2017), 2) Series C ("C", 9 Apr 2018).',
      suggestions: [],
    });
    expect(findRound(catalog, megvii, 3)).toMatchObject({
      kind: "notFound",
      message:
        'Megvii has 1 round in the source; 3 was read as a position (1 = the oldest round). Its rounds: 1) Series C ("C", Oct 2017).',
    });
  });
});

describe("roundLabel", () => {
  it("uses the series letter, or the month for a round without one", () => {
    const [july, seriesC] = catalog.roundsByCompany.get("sensetime") ?? [];
    expect([roundLabel(july), roundLabel(seriesC)]).toEqual(["Jul 2017 round", "Series C"]);
  });
});

describe("round references from date cells", () => {
  it("reads an Excel date serial as the month of a round", () => {
    // "2017-07" typed into a cell becomes 1 Jul 2017 = 42917; "Oct 2017" becomes 43009.
    expect(parseRoundRef(42917)).toEqual({
      kind: "ok",
      value: { by: "month", month: "2017-07", serial: 42917 },
    });
    expect(roundId(43199.5)).toBe("sensetime-c");
    expect(roundId(42917)).toBe("sensetime-2017-07");
    expect(roundId(43009, megvii)).toBe("megvii-c");
    expect(roundId(43199)).toBe("sensetime-c");
  });

  it("reads numbers before 2000 as positions, not dates, and says how it read a date", () => {
    expect(parseRoundRef(2017)).toEqual({ kind: "ok", value: { by: "position", position: 2017 } });
    expect(parseRoundRef(36525)).toMatchObject({ value: { by: "position" } });
    expect(parseRoundRef(36526)).toMatchObject({ value: { by: "month", month: "2000-01" } });
    expect(findRound(catalog, sensetime, 42948)).toMatchObject({
      kind: "notFound",
      message: expect.stringMatching(
        /^SenseTime has no round announced in 2017-08 \(42948 read as a date\) in the source\./,
      ),
    });
  });
});

describe("rounds named with a '+' or by their stage", () => {
  const [july, seriesC] = catalog.roundsByCompany.get("sensetime") ?? [];
  /** A company whose rounds a source names "Series C+" and "Seed", kept as notes without a letter. */
  const named = (note: string, round = july) => ({
    ...round,
    series: undefined,
    notes: [{ text: `${note} round`, quote: `a ${note} round` }],
  });
  const withRounds = (...rounds: unknown[]) =>
    ({ roundsByCompany: new Map([["sensetime", rounds]]) }) as unknown as typeof catalog;

  it.each([
    ["Series C+", { by: "series", letter: "C+" }],
    ["C+", { by: "series", letter: "C+" }],
    ["c+ round", { by: "series", letter: "C+" }],
    ["Seed", { by: "stage", name: "Seed" }],
    ["seed round", { by: "stage", name: "Seed" }],
    ["Angel", { by: "stage", name: "Angel" }],
    ["Pre-A", { by: "stage", name: "Pre-A" }],
    ["pre-Series A", { by: "stage", name: "Pre-A" }],
    ["Pre-IPO", { by: "stage", name: "Pre-IPO" }],
    ["Strategic", { by: "stage", name: "Strategic" }],
  ])("parses %p", (input, ref) => {
    expect(parseRoundRef(input)).toEqual({ kind: "ok", value: ref });
  });

  it("never answers Series C for Series C+", () => {
    expect(findRound(catalog, sensetime, "C+")).toMatchObject({
      kind: "notFound",
      message: expect.stringMatching(/^SenseTime has no Series C\+ in the source\. Its rounds: /),
    });
    expect(findRound(catalog, sensetime, "B+")).toMatchObject({
      message: expect.stringMatching(/^SenseTime has no Series B\+ in the source\./),
    });
  });

  it("answers a stage the source does not report with #N/A and the rounds it has", () => {
    expect(findRound(catalog, sensetime, "Seed")).toMatchObject({
      kind: "notFound",
      message: expect.stringMatching(
        /^SenseTime has no Seed round in the source\. Its rounds: 1\)/,
      ),
    });
  });

  it("finds a round a source names by its stage or with a '+'", () => {
    const plus = { ...named("Series C+", seriesC), id: "c-plus" };
    const seed = { ...named("Seed"), id: "seed" };
    const both = withRounds(seed, seriesC, plus);
    const id = (ref: string) => {
      const found = findRound(both, sensetime, ref);
      return found.kind === "ok" ? found.value.id : found.kind;
    };
    expect([id("Seed"), id("seed round"), id("C+"), id("Series C+"), id("C")]).toEqual([
      "seed",
      "seed",
      "c-plus",
      "c-plus",
      "sensetime-c",
    ]);
    expect(id("Angel")).toBe("notFound");
  });
});

describe("round references from dates typed as text", () => {
  it.each([
    ["9 Apr 2018", "sensetime-c"],
    ["9-Apr-2018", "sensetime-c"],
    ["9th April, 2018", "sensetime-c"],
    ["April 9, 2018", "sensetime-c"],
    ["Apr 9 2018", "sensetime-c"],
    ["Apr-18", "sensetime-c"],
    ["Jul-17", "sensetime-2017-07"],
    ["Jul '17", "sensetime-2017-07"],
    ["Jul-2017", "sensetime-2017-07"],
    ["19/4/2018", "sensetime-c"],
    ["4/19/2018", "sensetime-c"],
    ["4/4/2018", "sensetime-c"],
    ["09-Apr-18", "sensetime-c"],
    ["1-Jul-17", "sensetime-2017-07"],
    ["9 April 18", "sensetime-c"],
    ["2018-04-09 00:00:00", "sensetime-c"],
    ["2018-04-09T00:00:00", "sensetime-c"],
    ["2018-04-09T00:00:00.000Z", "sensetime-c"],
    ["2018-04-09T08:30+08:00", "sensetime-c"],
    ["4/19/2018 12:00:00 AM", "sensetime-c"],
    ["9 Apr 2018 14:05", "sensetime-c"],
    ["2017-07-01 00:00", "sensetime-2017-07"],
    ["2018年4月", "sensetime-c"],
    ["2018年4月9日", "sensetime-c"],
    ["２０１７年７月", "sensetime-2017-07"],
  ])("reads %p as the month of a round", (input, id) => {
    expect(roundId(input)).toBe(id);
  });

  it("refuses a day and month that read both ways, with both readings", () => {
    expect(parseRoundRef("9/4/2018")).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(
        /^'9\/4\/2018' can be 9 Apr 2018 or 4 Sep 2018: write the date as "2018-04-09" or "2018-09-04"\./,
      ),
    });
  });

  it("refuses a day past the month's end", () => {
    expect(parseRoundRef("31 Apr 2018")).toMatchObject({ kind: "invalid" });
    expect(parseRoundRef("4/31/2018")).toMatchObject({ kind: "invalid" });
  });

  it("refuses a Chinese date that is no date", () => {
    expect(parseRoundRef("2018年13月")).toMatchObject({ kind: "invalid" });
  });

  it("still refuses a date-time whose date reads both ways", () => {
    expect(parseRoundRef("4/9/2018 12:00:00 AM")).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^'4\/9\/2018' can be 4 Sep 2018 or 9 Apr 2018/),
    });
  });
});

describe("rounds as analysts label them", () => {
  it.each([
    ["the latest round", "sensetime-c"],
    ["Latest round", "sensetime-c"],
    ["most recent round", "sensetime-c"],
    ["last round", "sensetime-c"],
    ["first round", "sensetime-2017-07"],
    ["2nd", "sensetime-c"],
    ["#2", "sensetime-c"],
    ["second round", "sensetime-c"],
    ["Ｃ", "sensetime-c"],
    ["C轮", "sensetime-c"],
    ["Series C round financing", "sensetime-c"],
    ["7/2017", "sensetime-2017-07"],
    ["07-2017", "sensetime-2017-07"],
    ["Series C 2018", "sensetime-c"],
    ["Series C (Apr 2018)", "sensetime-c"],
    ["C, 9 Apr 2018", "sensetime-c"],
    ["2018 Series C", "sensetime-c"],
    ["Seies C", "sensetime-c"],
    ["Sereis C", "sensetime-c"],
    ["serie c", "sensetime-c"],
  ])("finds %p", (input, id) => {
    expect(roundId(input)).toBe(id);
  });

  it("refuses text longer than any round's name before reading it", () => {
    expect(parseRoundRef("C ".repeat(3000))).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^The round is longer than 200 characters\./),
    });
  });

  it("never answers a series for a date it was not announced in", () => {
    expect(findRound(catalog, sensetime, "Series C (2019)")).toMatchObject({
      kind: "notFound",
      message: expect.stringMatching(
        /^SenseTime has no Series C announced in 2019 in the source\./,
      ),
    });
    expect(roundId("C May 2018")).toBe("notFound");
  });
});

describe("labels of rounds a source names with a '+' or by its stage", () => {
  const [july] = catalog.roundsByCompany.get("sensetime") ?? [];
  const named = (note: string) => ({
    ...july,
    notes: [
      ...july.notes,
      { text: `${note} round`, quote: `a ${note} round`, source: july.sources[0] },
    ],
  });

  it("uses that name, as it can be typed back", () => {
    expect([roundLabel(named("Series B+")), roundRefText(named("Series B+"))]).toEqual([
      "Series B+",
      "B+",
    ]);
    expect([roundLabel(named("Pre-A")), roundRefText(named("Pre-A"))]).toEqual([
      "Pre-A round",
      "Pre-A",
    ]);
    expect(parseRoundRef("Pre-A round")).toEqual({
      kind: "ok",
      value: { by: "stage", name: "Pre-A" },
    });
  });

  it("keeps the month for a round named by neither", () => {
    expect(roundLabel(named("Largest"))).toBe("Jul 2017 round");
  });
});

describe("a year where the round belongs", () => {
  const [july, seriesC] = catalog.roundsByCompany.get("sensetime") ?? [];
  const twoIn2018 = {
    roundsByCompany: new Map([
      [
        "sensetime",
        [
          july,
          { ...july, id: "early-2018", announced: { ...july.announced, iso: "2018-01" } },
          seriesC,
        ],
      ],
    ]),
  } as unknown as typeof catalog;

  it("is the company's only round of that year", () => {
    expect(roundId(2017)).toBe("sensetime-2017-07");
    expect(roundId("2018")).toBe("sensetime-c");
  });

  it("answers #N/A when the year has several rounds, asking for the series or month", () => {
    expect(findRound(twoIn2018, sensetime, 2018)).toMatchObject({
      kind: "notFound",
      message: expect.stringMatching(
        /^SenseTime has 2 rounds announced in 2018 in the source: give the round's series or month\./,
      ),
    });
  });
});
