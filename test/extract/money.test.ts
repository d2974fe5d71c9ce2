import { findMoney, yenSignOf } from "../../src/extract/money";

const first = (text: string) => {
  const [m] = findMoney(text);
  return m && { value: m.value, currency: m.currency, qualifier: m.qualifier, usd: m.usd };
};

describe("findMoney", () => {
  it.each([
    ["raised $600 million", 600e6, "USD"],
    ["US$1.2bn in new money", 1.2e9, "USD"],
    ["a €500mn round", 500e6, "EUR"],
    ["£8.5 million", 8.5e6, "GBP"],
    ["5 billion yen", 5e9, "JPY"],
    ["RMB 200 million", 200e6, "CNY"],
    ["an RMB80 million round", 80e6, "CNY"],
    ["700 million yuan", 700e6, "CNY"],
    ["1 trillion yuan", 1e12, "CNY"],
    ["HK$780 million", 780e6, "HKD"],
    ["S$15 million", 15e6, "SGD"],
    ["Rs 120 crore", 1.2e9, "INR"],
    ["₹250 crore", 2.5e9, "INR"],
    ["Rs 120 Cr in a bridge round", 1.2e9, "INR"],
    ["NOK 1.5 billion", 1.5e9, "NOK"],
    ["2bn SEK", 2e9, "SEK"],
    ["R$50 million", 50e6, "BRL"],
    ["Rp 100 billion", 100e9, "IDR"],
    ["RM20 million", 20e6, "MYR"],
    ["40 million Canadian dollars", 40e6, "CAD"],
    ["300 million reais", 300e6, "BRL"],
    ["100 million U.S. dollars", 100e6, "USD"],
    ["$45M Series B", 45e6, "USD"],
    ["a $500,000 pre-seed round", 500e3, "USD"],
    ["$27.5 million", 27.5e6, "USD"],
  ])("reads %s as a full number with its ISO currency", (text, value, currency) => {
    expect(first(text)).toMatchObject({ value, currency });
  });

  it("keeps a stated dollar figure beside a non-USD amount, not as a second amount", () => {
    expect(findMoney("5 billion yuan ($691.4 million)")).toHaveLength(1);
    expect(first("5 billion yuan ($691.4 million)")).toEqual({
      value: 5e9,
      currency: "CNY",
      qualifier: null,
      usd: 691.4e6,
    });
    expect(first("HK$780 million (US$100 million)")?.usd).toBe(100e6);
    expect(first("NOK 1.5 billion (about $150 million)")).toMatchObject({
      value: 1.5e9,
      currency: "NOK",
      usd: 150e6,
    });
    expect(findMoney("raised €30m (£26m) in a Series B").map((m) => m.currency)).toEqual(["EUR"]);
    expect(findMoney("raised €30m (and £26m in grants)").map((m) => m.currency)).toEqual([
      "EUR",
      "GBP",
    ]);
  });

  it.each([
    ["about $5 million", "about"],
    ["around $5 million", "about"],
    ["roughly $5 million", "about"],
    ["nearly 300 million yuan", "about"],
    ["approximately $5 million", "about"],
    ["more than $5 million", "more than"],
    ["at least 3 billion yuan", "more than"],
    ["north of $100 million", "more than"],
    ["exceeding $4.5 billion", "more than"],
    ["over $5 million", "more than"],
    ["up to $5 million", "up to"],
    ["as much as $300 million", "up to"],
    ["$5 million", null],
  ])("maps the hedge in %s to %s", (text, qualifier) => {
    expect(first(text)?.qualifier).toBe(qualifier);
  });

  it.each([
    ["raised ~$4M", "about"],
    ["raised ≈ $4M", "about"],
    ["a >$5M seed", "more than"],
    ["raised $3M+ from angels", "more than"],
    ["≤ $2M", "up to"],
  ] as const)("keeps the hedge of shorthand %j as %j", (text, qualifier) => {
    expect(first(text)?.qualifier).toBe(qualifier);
  });

  it("reads a range with an en or em dash as at least its lower figure, as with 'to'", () => {
    for (const text of ["raised $5M–$7M", "raised $5M—$7M", "raised $5M to $7M"]) {
      const found = findMoney(text);
      expect(found.map((m) => [m.value, m.qualifier])).toEqual([[5e6, "more than"]]);
    }
    // "$3M+2M" is no floor marker: a plus before a digit is arithmetic.
    expect(first("raised $3M+2M")?.qualifier).toBeNull();
  });

  it("finds every figure of a sentence in order, with its position", () => {
    const text = "It raised $60M at a $400M valuation.";
    const found = findMoney(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(["$60M", "$400M"]);
  });

  it("reads ¥ as yen in an article about Japan and as yuan otherwise", () => {
    const japanese =
      "Hoshizora Energy will use the ¥3.0 billion for a pilot line in Nagoya, Japan. Third-party allotment to Chubu Electric.";
    expect(yenSignOf(japanese)).toBe("JPY");
    expect(findMoney("for a total of ¥3.0 billion", yenSignOf(japanese))[0].currency).toBe("JPY");
    expect(yenSignOf("Shenzhen-based Yunmai raised ¥300 million, 36Kr learned.")).toBe("CNY");
    expect(
      yenSignOf("Yunmai raised ¥300 million from a Tokyo fund and Beijing and Shanghai investors."),
    ).toBe("CNY");
    expect(findMoney("raised ¥300 million")[0].currency).toBe("CNY");
  });

  it("finds no money in plain numbers, percentages or years", () => {
    expect(findMoney("In 2019 it grew 40% to 5,000 units.")).toEqual([]);
    expect(first("Rs 120 Crafts Ltd")?.value).toBe(120);
    expect(findMoney("Its CRM5 and ERP 2024 suites")).toEqual([]);
  });
});
