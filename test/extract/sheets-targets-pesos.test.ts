import { extractRounds } from "../../src/extract";
import { findMoney } from "../../src/extract/money";

const run = (text: string, published = "2025-10-18") =>
  extractRounds({ text, published }).rounds.map((r) => ({
    company: r.company,
    series: r.series,
    amount: r.amount && `${r.amount.currency} ${r.amount.value}`,
    announced: r.announced,
    leads: r.leads,
    participants: r.participants,
    valuation: r.valuation && `${r.valuation.value} ${r.valuation.basis}`,
  }));

describe("a deal sheet pasted without its header", () => {
  const sheet = [
    "EQUITY ROUNDS",
    "• Arcflow (dev tools, San Francisco) | Series A | $18M | Lead: Lightspeed | w/ Elad Gil, Neo | Oct 14",
    "• Brightpath Health (NYC) | Series C | $72M @ $1.1B post | Lead: General Atlantic | w/ GV | Oct 15",
    "• Tallgrass Robotics (Austin) | Series B | undisclosed | Lead: Founders Fund | — | Oct 16",
    "",
    "DEBT & CREDIT",
    "• Corelane (SMB lending, Miami) | Credit facility | $50M | Lender: Hercules Capital | Oct 14",
    "• Ridgeback Ventures | Fund II | $150M | early-stage climate | Oct 16",
  ].join("\n");

  it("reads each bulleted line with a round name as a round, cell by cell", () => {
    expect(run(sheet)).toEqual([
      {
        company: "Arcflow",
        series: "Series A",
        amount: "USD 18000000",
        announced: "2025-10-14",
        leads: ["Lightspeed"],
        participants: ["Elad Gil", "Neo"],
        valuation: null,
      },
      {
        company: "Brightpath Health",
        series: "Series C",
        amount: "USD 72000000",
        announced: "2025-10-15",
        leads: ["General Atlantic"],
        participants: ["GV"],
        valuation: "1100000000 post-money",
      },
      {
        company: "Tallgrass Robotics",
        series: "Series B",
        amount: null,
        announced: "2025-10-16",
        leads: ["Founders Fund"],
        participants: [],
        valuation: null,
      },
    ]);
  });

  it("quotes each round by its own line", () => {
    const [first] = extractRounds({ text: sheet, published: "2025-10-18" }).rounds;
    expect(first.quotes.amount).toBe(sheet.split("\n")[1]);
  });
});

describe("figures that are not the round", () => {
  it("reads no round in a figure a round is compared with", () => {
    expect(
      run(
        "Brightpath's round was the week's only new unicorn, and it came in below the $1.5B its insiders had floated in the spring.",
      ),
    ).toEqual([]);
  });

  it("reads a target to raise as no round, and the first close as the round", () => {
    const rounds = run(
      "Sorami Inc. today announced that it has completed the first close of its Series B round, raising 1.8 billion yen. Sorami plans a second close by March 2026 and aims to raise up to 3 billion yen in the Series B in total.",
      "2025-10-08",
    );
    expect(rounds.map((r) => r.amount)).toEqual(["JPY 1800000000"]);
  });

  it.each([
    "Arlo Health is targeting a $60 million Series B later this year.",
    "Arlo Health wants to raise a $60 million Series B next year, it said.",
    "Arlo Health aims to close a $60 million Series B by June.",
    "Arlo Health hopes to raise as much as $30 million this year.",
  ])("reads a round still wanted as no round: %s", (text) => {
    expect(run(text, "2025-03-12")).toEqual([]);
  });

  it("reads 'total funding has reached' as a running total, and 'Including' as no company", () => {
    expect(
      run(
        "Including the first close of the Series B, total funding has reached 2.45 billion yen.",
        "2025-10-08",
      ),
    ).toEqual([]);
  });

  it("reads working-capital and debt financing as no round", () => {
    expect(
      run(
        "Separately, Wasl Freight secured AED 40 million in Shariah-compliant working capital financing from Emirates NBD.",
      ),
    ).toEqual([]);
  });

  it("reads a sector's plural ('Mexican fintechs raised') as a statistic", () => {
    expect(run("Mexican fintechs raised $1.1 billion in 2024, according to a report.")).toEqual([]);
  });
});

describe("rounds described around other figures", () => {
  it("reads the round an old valuation was set in, and the new round beside it", () => {
    const rounds = run(
      "Quillstack has raised $45 million in a Series C at a post-money valuation of $600 million, less than half the $1.4 billion it was valued at in its $120 million Series B in 2021, the company said Wednesday.",
      "2025-09-10",
    );
    expect(rounds.map((r) => [r.series, r.amount, r.valuation])).toEqual([
      ["Series C", "USD 45000000", "600000000 post-money"],
      ["Series B", "USD 120000000", "1400000000 null"],
    ]);
  });

  it("reads a raise after a description that mentions loans or contracts", () => {
    expect(
      run(
        "Plata Verde, a fintech that offers payroll loans to factory workers, said Tuesday it raised $23 million in a Series A led by Monashees.",
        "2025-07-15",
      ).map((r) => r.amount),
    ).toEqual(["USD 23000000"]);
    expect(
      run(
        "Quillstack, the contract-management software company, has raised $45 million in a Series C.",
      ).map((r) => r.amount),
    ).toEqual(["USD 45000000"]);
  });

  it("opens no round for a round name used as a rank or as a stage of the market", () => {
    const rounds = run(
      "Kelpline closed a €7.5 million Series A last week. The round was led by Planet A Ventures, making it the second Berlin Series A that the fund backed this month. The squeeze is at Series B and beyond, where you need a customer.",
      "2025-04-03",
    );
    expect(rounds.map((r) => [r.series, r.amount, r.leads])).toEqual([
      ["Series A", "EUR 7500000", ["Planet A Ventures"]],
    ]);
  });
});

describe("a raise given as a range", () => {
  it("reads 'raised between $15 million and $20 million' as more than the lower figure", () => {
    expect(
      run(
        "Arlo Health raised between $15 million and $20 million in a Series A, according to two sources.",
        "2025-03-12",
      ).map((r) => [r.series, r.amount]),
    ).toEqual([["Series A", "USD 15000000"]]);
    const [round] = extractRounds({
      text: "Arlo Health raised between $15 million and $20 million in a Series A.",
      published: "2025-03-12",
    }).rounds;
    expect(round.amount?.qualifier).toBe("more than");
  });

  it("still reads a fund's cheques 'between $1 million and $5 million' as no round", () => {
    expect(
      run(
        "Northwind Ventures raised a $200 million fund and writes cheques between $1 million and $5 million in seed rounds.",
        "2025-03-12",
      ),
    ).toEqual([]);
  });
});

describe("pesos", () => {
  it("reads a peso named by its country, and no bare peso", () => {
    const money = (t: string) => findMoney(t, "CNY").map((m) => `${m.currency} ${m.value}`);
    expect(money("raised 420 million Mexican pesos (about $23 million)")).toEqual([
      "MXN 420000000",
    ]);
    expect(money("2 billion Colombian pesos")).toEqual(["COP 2000000000"]);
    expect(money("a 1 billion peso credit line")).toEqual([]);
  });
});
