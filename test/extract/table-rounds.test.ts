import { extractRounds } from "../../src/extract";
import { tableRows } from "../../src/extract/table-rounds";

const published = "2024-05-10";
const read = (text: string) =>
  extractRounds({ text, published }).rounds.map((r) => ({
    company: r.company,
    series: r.series,
    amount: r.amount && [r.amount.value, r.amount.currency],
    announced: r.announced,
    leads: r.leads,
    participants: r.participants,
  }));

describe("round-ups laid out as tables", () => {
  it("reads a tab-separated table pasted from a page, one round a row", () => {
    const text =
      "This week's biggest rounds\n\nCompany\tAmount ($M)\tRound\tLead investor\tDate\nHelio Robotics\t45\tSeries B\tAccel\tMay 6\nQuillpay\t£9.5m\tSeed\tHoxton Ventures\tMay 7\n\nSource: company announcements.";
    expect(read(text)).toEqual([
      {
        company: "Helio Robotics",
        series: "Series B",
        amount: [45_000_000, "USD"],
        announced: "2024-05-06",
        leads: ["Accel"],
        participants: [],
      },
      {
        company: "Quillpay",
        series: "Seed",
        amount: [9_500_000, "GBP"],
        announced: "2024-05-07",
        leads: ["Hoxton Ventures"],
        participants: [],
      },
    ]);
  });

  it("reads a pipe table whose investors mark the lead, and quotes each row verbatim", () => {
    const text =
      "| Startup | Raised | Stage | Investors |\n|---|---|---|---|\n| Lumen | $12M | A | Index Ventures (lead), Kima Ventures |";
    const [round] = extractRounds({ text, published }).rounds;
    expect(round).toMatchObject({
      company: "Lumen",
      series: "Series A",
      amount: { value: 12_000_000, currency: "USD" },
      leads: ["Index Ventures"],
      participants: ["Kima Ventures"],
    });
    expect(round.quotes.amount).toBe("| Lumen | $12M | A | Index Ventures (lead), Kima Ventures |");
  });

  it("quotes the header with a figure whose unit only the header gives", () => {
    const text = "Company\tAmount ($M)\tRound\nHelio Robotics\t45\tSeries B";
    expect(extractRounds({ text, published }).rounds[0].quotes.amount).toBe(text);
  });

  it("quotes the header with a valuation whose unit only the header gives", () => {
    const text = "Company | Amount ($M) | Round | Valuation ($B)\nAcme | 45 | Series B | 2";
    const [round] = extractRounds({ text, published }).rounds;
    expect(round.valuation).toMatchObject({ value: 2e9, currency: "USD" });
    expect(round.quotes.valuation).toBe(text);
  });

  it("keeps a cell's hedge: a range, '~' and '+' are never an exact figure", () => {
    const text =
      "Company | Amount | Round\nBeta | $5M–$7M | Seed\nGamma | ~$4M | Seed\nDelta | $3M+ | Seed";
    expect(extractRounds({ text, published }).rounds.map((r) => r.amount)).toEqual([
      { value: 5e6, currency: "USD", qualifier: "more than" },
      { value: 4e6, currency: "USD", qualifier: "about" },
      { value: 3e6, currency: "USD", qualifier: "more than" },
    ]);
  });

  it("reads no table without a company column and an amount or round column", () => {
    const nav = "Home | News | Events | About\nAcme | $5M | Seed | Accel";
    expect(tableRows(nav, nav, published, "CNY").rows).toEqual([]);
    expect(read(nav)).toEqual([]);
  });
});
