import type { ExtractedRound } from "../../../src/extract/types";
import {
  passageInContext,
  reviewModel,
  type KnownRounds,
} from "../../../src/sources/review/review-model";
import {
  editRound,
  moneyText,
  startReview,
  type EditReaders,
} from "../../../src/sources/review/review-round";
import {
  DATED_BY_PUBLICATION,
  investorNames,
  reviewedRound,
} from "../../../src/sources/review/reviewed-round";

const ARTICLE =
  "Lumen Robotics Ltd said on Monday it raised $40 million in a Series B round led by Harbor Ventures. Other investors include Pine Capital.";

const found: ExtractedRound = {
  company: "Lumen Robotics Ltd",
  series: "Series B",
  amount: { value: 40e6, currency: "USD", qualifier: null },
  amountUsd: null,
  announced: "2026-11-23",
  leads: ["Harbor Ventures"],
  participants: ["Pine Capital"],
  valuation: null,
  isCurrentRound: true,
  quotes: {
    company: "Lumen Robotics Ltd",
    series: "Series B",
    amount: "$40 million",
    announced: "on Monday",
    leads: "led by Harbor Ventures",
    participants: "Other investors include Pine Capital",
  },
};

/** Reads "CODE 1,234" and "$N million" only: enough to drive the review. */
const read: EditReaders = {
  money(text) {
    const code = /^(?:(more than|about|up to) )?([A-Z]{3}) ([\d,]+)$/.exec(text);
    if (code?.[2] && code[3]) {
      const qualifier = (code[1] ?? null) as "more than" | "about" | "up to" | null;
      return { value: Number(code[3].replace(/,/g, "")), currency: code[2], qualifier };
    }
    const dollars = /^\$(\d+) million$/.exec(text);
    return dollars?.[1]
      ? { value: Number(dollars[1]) * 1e6, currency: "USD", qualifier: null }
      : undefined;
  },
  series: (text) => (/^(Series [A-H]|Seed|Angel)$/.test(text) ? text : undefined),
  date: (text) => (text === "April 2018" ? "2018-04" : undefined),
};

const nothingKnown: KnownRounds = { companyNamed: () => undefined, duplicateOf: () => undefined };

describe("reviewedRound", () => {
  it("keeps every found field with its passage when nothing is corrected", () => {
    const [round] = startReview([found]);
    if (!round) throw new Error("no round");
    const { round: kept, errors } = reviewedRound(round, read);
    expect(errors).toEqual([]);
    expect(kept.amount).toEqual({ value: found.amount, quote: "$40 million" });
    expect(kept.leads).toEqual({ value: ["Harbor Ventures"], quote: "led by Harbor Ventures" });
    expect(kept.valuation).toBeNull();
  });

  it("marks a corrected field as entered by the analyst, with no passage", () => {
    const [start] = startReview([found]);
    if (!start) throw new Error("no round");
    const round = editRound(
      editRound(start, "amount", "$45 million"),
      "participants",
      "Pine Capital; Oak Partners",
    );
    const { round: kept } = reviewedRound(round, read);
    expect(kept.amount).toEqual({
      value: { value: 45e6, currency: "USD", qualifier: null },
      enteredByAnalyst: true,
    });
    expect(kept.participants).toEqual({
      value: ["Pine Capital", "Oak Partners"],
      enteredByAnalyst: true,
    });
    expect(JSON.stringify(kept.amount)).not.toContain("quote");
  });

  it("drops a field the analyst empties, and the text's USD figure once the amount changes", () => {
    const yuan: ExtractedRound = {
      ...found,
      amount: { value: 5e9, currency: "CNY", qualifier: null },
      amountUsd: 691.4e6,
      quotes: { ...found.quotes, amount: "5 billion yuan ($691.4 million)" },
    };
    const [start] = startReview([yuan]);
    if (!start) throw new Error("no round");
    expect(reviewedRound(start, read).round.amountUsd).toEqual({
      value: 691.4e6,
      quote: "5 billion yuan ($691.4 million)",
    });
    const changed = reviewedRound(editRound(start, "amount", "CNY 6,000,000,000"), read).round;
    expect(changed.amountUsd).toBeNull();
    expect(reviewedRound(editRound(start, "leads", ""), read).round.leads).toBeNull();
  });

  it("says how to write a correction it cannot read, and keeps no value for it", () => {
    const [start] = startReview([found]);
    if (!start) throw new Error("no round");
    const { round, errors } = reviewedRound(editRound(start, "announced", "last spring"), read);
    expect(round.announced).toBeNull();
    expect(errors).toEqual([
      {
        field: "announced",
        message:
          'Type a date from 1900 on, such as "2018-04-10", "10 April 2018", "2018-04", "April 2018" or "2018", or leave it empty.',
      },
    ]);
    expect(reviewedRound(editRound(start, "announced", "2026-02-30"), read).errors).toHaveLength(1);
    expect(reviewedRound(editRound(start, "announced", "2026-02"), read).errors).toEqual([]);
    const words = reviewedRound(editRound(start, "announced", "April 2018"), read).round;
    expect(words.announced).toEqual({ value: "2018-04", enteredByAnalyst: true });
  });

  it("forgets a correction that types the found value back", () => {
    const [start] = startReview([found]);
    if (!start) throw new Error("no round");
    const round = editRound(editRound(start, "series", "Seed"), "series", "Series B");
    expect(round.edits).toEqual({});
  });
});

describe("reviewModel", () => {
  it("shows each field with its passage or as the analyst's entry", () => {
    const [start] = startReview([found]);
    if (!start) throw new Error("no round");
    const model = reviewModel(editRound(start, "amount", "$45 million"), read, nothingKnown);
    expect(model.title).toBe("Lumen Robotics Ltd, Series B");
    expect(model.rows.map((r) => [r.label, r.value, r.quote ?? "", r.enteredByAnalyst])).toEqual([
      ["Company", "Lumen Robotics Ltd", "Lumen Robotics Ltd", false],
      ["Round", "Series B", "Series B", false],
      ["Amount", "$45 million", "", true],
      ["Announced", "2026-11-23", "on Monday", false],
      ["Lead investors", "Harbor Ventures", "led by Harbor Ventures", false],
      ["Other investors", "Pine Capital", "Other investors include Pine Capital", false],
      ["Valuation", "", "", false],
    ]);
  });

  it("names the existing company a correction merges with, and a duplicate round", () => {
    const [start] = startReview([found]);
    if (!start) throw new Error("no round");
    const known: KnownRounds = {
      companyNamed: (name) =>
        name.toLowerCase().startsWith("lumen") ? "Lumen Robotics" : undefined,
      duplicateOf: (round) =>
        round.series?.value === "Series B" ? "Lumen Robotics Series B, Nov 2026" : undefined,
    };
    const model = reviewModel(editRound(start, "company", "Lumen"), read, known);
    expect(model.merge).toBe("Merges with Lumen Robotics, already in the catalog.");
    expect(model.duplicate).toBe("Already in the catalog: Lumen Robotics Series B, Nov 2026.");
    expect(model.rows[0]).toMatchObject({ value: "Lumen", enteredByAnalyst: true });
    // The round is titled by the name it will be kept under.
    expect(model.title).toBe("Lumen Robotics, Series B");
  });
});

describe("a round the article reports as news without a date", () => {
  const undated: ExtractedRound = { ...found, announced: null, quotes: { ...found.quotes } };
  delete undated.quotes.announced;
  const [round] = startReview([undated]);

  it("is dated to the publication month, with the passage that reports it and why", () => {
    expect(reviewedRound(round, read, "2026-11-24").round.announced).toEqual({
      value: "2026-11",
      quote: "$40 million",
      inferred: DATED_BY_PUBLICATION,
    });
    const row = reviewModel(round, read, nothingKnown, "2026-11-24").rows.find(
      (r) => r.field === "announced",
    );
    expect(row).toMatchObject({
      value: "2026-11",
      quote: "$40 million",
      inferred: DATED_BY_PUBLICATION,
      enteredByAnalyst: false,
    });
  });

  it("is not dated without a publication date, nor when it is an earlier round in passing", () => {
    expect(reviewedRound(round, read).round.announced).toBeNull();
    const [earlier] = startReview([{ ...undated, isCurrentRound: false }]);
    expect(reviewedRound(earlier, read, "2026-11-24").round.announced).toBeNull();
  });

  it("keeps the analyst's date instead, or none when the analyst empties the field", () => {
    const shown = (edited: typeof round) =>
      reviewModel(edited, read, nothingKnown, "2026-11-24").rows.find(
        (r) => r.field === "announced",
      );
    const unedited = shown(round)?.unedited;
    expect(unedited).toBe("2026-11");
    const typed = editRound(round, "announced", "April 2018", unedited);
    expect(reviewedRound(typed, read, "2026-11-24").round.announced).toEqual({
      value: "2018-04",
      enteredByAnalyst: true,
    });
    const emptied = editRound(round, "announced", "", unedited);
    expect(reviewedRound(emptied, read, "2026-11-24").round.announced).toBeNull();
    expect(shown(emptied)?.value).toBe("");
    // Typing the inferred month back is no correction: the passage and the reasoning stay.
    const back = editRound(typed, "announced", "2026-11", unedited);
    expect(back.edits).toEqual({});
    expect(shown(back)).toMatchObject({ value: "2026-11", inferred: DATED_BY_PUBLICATION });
  });
});

describe("moneyText", () => {
  it("writes the qualifier, the currency code and the full number", () => {
    expect(moneyText({ value: 4.5e9, currency: "USD", qualifier: "more than" })).toBe(
      "more than USD 4,500,000,000",
    );
  });
});

describe("passageInContext", () => {
  it("finds the passage with whole words around it", () => {
    expect(passageInContext(ARTICLE, "$40 million", 12)).toEqual({
      before: "…it raised ",
      passage: "$40 million",
      after: " in a Series…",
    });
    expect(passageInContext("Acme raised $5M on Monday.", "$5M", 7)).toEqual({
      before: "…raised ",
      passage: "$5M",
      after: " on…",
    });
  });

  it("is undefined for a passage the article does not contain", () => {
    expect(passageInContext(ARTICLE, "$50 million")).toBeUndefined();
  });
});

describe("reviewedRound: corrections that cannot be true", () => {
  const [start] = startReview([found]);
  if (!start) throw new Error("no round");

  it("refuses an amount or valuation of zero with how to write one", () => {
    const zero = { value: 0, currency: "USD", qualifier: null };
    const readZero: EditReaders = { ...read, money: (text) => (text === "$0" ? zero : undefined) };
    const amount = reviewedRound(editRound(start, "amount", "$0"), readZero);
    expect(amount.round.amount).toBeNull();
    expect(amount.errors).toEqual([
      { field: "amount", message: expect.stringMatching(/above zero/) },
    ]);
    const valuation = reviewedRound(editRound(start, "valuation", "$0"), readZero);
    expect(valuation.errors).toEqual([
      { field: "valuation", message: expect.stringMatching(/above zero/) },
    ]);
  });

  it("refuses a date after the article was published, or before 1900, saying to check it", () => {
    const late = reviewedRound(editRound(start, "announced", "2062-11"), read, "2026-11-24");
    expect(late.round.announced).toBeNull();
    expect(late.errors).toEqual([
      {
        field: "announced",
        message:
          "This date is after the article was published (2026-11-24): check the year, or leave it empty.",
      },
    ]);
    for (const same of ["2026", "2026-11", "2026-11-24", "2025-03"]) {
      expect(reviewedRound(editRound(start, "announced", same), read, "2026-11-24").errors).toEqual(
        [],
      );
    }
    expect(reviewedRound(editRound(start, "announced", "1899"), read).errors).toHaveLength(1);
    expect(reviewedRound(editRound(start, "announced", "1800-01-01"), read).errors).toHaveLength(1);
  });

  it("refuses a company name cleared to nothing, instead of keeping one the input no longer shows", () => {
    const cleared = reviewedRound(editRound(start, "company", "  "), read);
    expect(cleared.errors).toEqual([{ field: "company", message: "Type the company's name." }]);
  });
});

describe("investorNames", () => {
  it("splits investors typed with commas, as analysts type lists, keeping legal suffixes", () => {
    expect(investorNames("Harbor Ventures, Oak Partners")).toEqual([
      "Harbor Ventures",
      "Oak Partners",
    ]);
    expect(investorNames("Legend Capital, L.P., Oak Partners, Inc., Pine Co.")).toEqual([
      "Legend Capital, L.P.",
      "Oak Partners, Inc.",
      "Pine Co.",
    ]);
  });

  it("splits on semicolons or lines only, when there are any (a comma is then part of a name)", () => {
    expect(investorNames("Legend Capital, L.P.; Oak Partners")).toEqual([
      "Legend Capital, L.P.",
      "Oak Partners",
    ]);
    expect(investorNames("Harbor Ventures\nSequoia Capital China, Hong Kong")).toEqual([
      "Harbor Ventures",
      "Sequoia Capital China, Hong Kong",
    ]);
    expect(investorNames(" ; ")).toEqual([]);
  });

  it("is what a corrected investor list keeps", () => {
    const [start] = startReview([found]);
    if (!start) throw new Error("no round");
    const { round } = reviewedRound(
      editRound(start, "leads", "Harbor Ventures, Oak Partners"),
      read,
    );
    expect(round.leads).toEqual({
      value: ["Harbor Ventures", "Oak Partners"],
      enteredByAnalyst: true,
    });
  });
});

describe("startReview with a previous review", () => {
  it("carries each round's tick and corrections to the round with the same company and series", () => {
    const earlier: ExtractedRound = { ...found, series: "Series A", amount: null };
    const [b, a] = startReview([found, earlier]);
    if (!a || !b) throw new Error("no rounds");
    const previous = [editRound(b, "amount", "$45 million"), { ...a, ticked: false }];
    const again = startReview([earlier, { ...found, announced: "2026-11-24" }], previous);
    expect(again.map((r) => [r.found.series, r.ticked, r.edits])).toEqual([
      ["Series A", false, {}],
      ["Series B", true, { amount: "$45 million" }],
    ]);
    expect(startReview([found]).map((r) => r.edits)).toEqual([{}]);
  });
});
