import { loadDataset } from "../../src/data/load-dataset";
import { articleText } from "./source-article";

const [dataset] = loadDataset().sources;

/** Every amount stated in the dataset, with its currency. */
const amounts = [
  ...dataset.rounds.flatMap((r) => [
    r.amount,
    ...(r.postMoneyValuation ? [r.postMoneyValuation] : []),
  ]),
  ...dataset.macro.flatMap((m) => m.values),
].map((m) => [m.amount, m.currency, m.bound] as const);

describe("the dataset against the article", () => {
  // Each row: a figure as the article writes it, and where the dataset holds it.
  it.each([
    ["$600 million", 600e6, "USD", "exact"],
    ["exceeding $4.5 billion", 4.5e9, "USD", "atLeast"],
    ["$410 million", 410e6, "USD", "exact"],
    ["$460 million", 460e6, "USD", "exact"],
    ["1 trillion yuan", 1e12, "CNY", "exact"],
    ["$158.4 billion", 158.4e9, "USD", "exact"],
  ] as const)("holds %s", (text, amount, currency, bound) => {
    expect(articleText).toContain(text);
    expect(amounts).toContainEqual([amount, currency, bound]);
  });

  it("holds the founding year 2014 and the 400+ partners as a lower bound", () => {
    expect(articleText).toContain("Founded in 2014");
    expect(articleText).toContain("more than 400");
    const sensetime = dataset.companies.find((c) => c.id === "sensetime");
    expect(sensetime?.founded).toMatchObject({ iso: "2014", precision: "year" });
    expect(sensetime?.partnerCount).toMatchObject({ count: 400, bound: "atLeast" });
  });

  it.each([
    ["on Monday", "sensetime-c", "2018-04-09", "day"],
    ["in July", "sensetime-2017-07", "2017-07", "month"],
    ["In October", "megvii-c", "2017-10", "month"],
  ] as const)(
    "dates the round announced %s with its precision, flagged as inferred",
    (text, id, iso, precision) => {
      expect(articleText).toContain(text);
      const round = dataset.rounds.find((r) => r.id === id);
      expect(round?.announced).toMatchObject({ iso, precision });
      expect(round?.announced.inferred).toEqual(expect.stringContaining("2018-04-10"));
    },
  );

  it("holds the macro target for China in 2030", () => {
    expect(articleText).toContain("by 2030");
    expect(dataset.macro).toEqual([expect.objectContaining({ country: "China", year: 2030 })]);
  });

  it("invents nothing the article does not say", () => {
    const july = dataset.rounds.find((r) => r.id === "sensetime-2017-07");
    const megvii = dataset.rounds.find((r) => r.id === "megvii-c");
    expect(july?.series).toBeUndefined();
    expect(july?.postMoneyValuation).toBeUndefined();
    expect(megvii?.leads).toBeUndefined();
    expect(megvii?.postMoneyValuation).toBeUndefined();
    expect(dataset.companies.find((c) => c.id === "megvii")).not.toHaveProperty("founded");
  });

  it("names every investor, person and partner of the article", () => {
    const names = [
      ...dataset.investors.map((i) => i.legalName),
      ...dataset.people.map((p) => p.name),
      ...(dataset.companies[0].partners ?? []).map((p) => p.text.replace(/ \(.*\)$/, "")),
    ];
    for (const name of names) expect(articleText).toContain(name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Alibaba Group Holding Ltd",
        "Ant Financial Services Group",
        "Temasek Holdings",
        "Suning Commerce Group Co Ltd",
        "CDH Investments",
        "Sailing Capital",
        "Xu Li",
        "Joe Tsai",
        "Qualcomm Inc",
        "Honda Motor Co Ltd",
      ]),
    );
  });
});
