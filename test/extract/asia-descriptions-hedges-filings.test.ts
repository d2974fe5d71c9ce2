import { extractRounds } from "../../src/extract";
import { describedName } from "../../src/extract/described-subject";

const run = (text: string, published: string) => extractRounds({ text, published }).rounds;

describe("a company introduced by a description before its name", () => {
  it("reads the name after 'Chinese … developer' and '…-based … firm'", () => {
    expect(describedName("Chinese speech-AI developer Qinglan Labs is valued at $1 billion.")).toBe(
      "Qinglan Labs",
    );
    expect(describedName("Shenzhen-based AI chip firm Corebright has raised $9 million.")).toBe(
      "Corebright",
    );
    expect(describedName("Qinglan Labs is valued at $1 billion.")).toBeNull();
  });

  it("makes that company the subject of a later 'The …-based company raised'", () => {
    const rounds = run(
      "Korean battery-recycling developer Sodam Cycle is valued at about $400 million after its latest funding.\n\nThe Seoul-based company raised 50 billion won in a Series B that closed in March.",
      "2025-04-02",
    );
    expect(rounds.map((r) => [r.company, r.series, r.amount?.value])).toEqual([
      ["Sodam Cycle", "Series B", 50_000_000_000],
    ]);
  });
});

describe("a figure stated twice, once hedged", () => {
  it("keeps the body's 'about' over the title's bare figure", () => {
    const rounds = run(
      "Brightcoin raises A$30m\n\nBrightcoin is raising about A$30 million in a Series B round, sources say. Brightcoin sells payroll software.",
      "2026-03-02",
    );
    expect(rounds.map((r) => [r.company, r.amount])).toEqual([
      ["Brightcoin", { value: 30_000_000, currency: "AUD", qualifier: "about" }],
    ]);
  });
});

describe("earlier rounds listed from a listing filing", () => {
  const text =
    "Lumora Optics, a Suzhou-based maker of lidar sensors, has filed for a listing in Hong Kong. Lumora sells to carmakers.\n\nIts latest, a Pre-IPO round completed in March, raised 900 million yuan from investors including Suzhou Oriza Holdings and Yuanhe Origin.\n\nIn its Series B round in 2021, led by Northern Light Venture Capital, the company raised 300 million yuan.";

  it("reads 'raised … from investors including X and Y' in the simple past as the round's", () => {
    const rounds = run(text, "2025-07-01");
    const preIpo = rounds.find((r) => r.series === "Pre-IPO");
    expect([preIpo?.company, preIpo?.amount?.value, preIpo?.participants]).toEqual([
      "Lumora",
      900_000_000,
      ["Suzhou Oriza Holdings", "Yuanhe Origin"],
    ]);
  });

  it("does not take the round's lead, set off by commas, for the company", () => {
    const rounds = run(text, "2025-07-01");
    const seriesB = rounds.find((r) => r.series === "Series B");
    expect([seriesB?.company, seriesB?.leads]).toEqual([
      "Lumora",
      ["Northern Light Venture Capital"],
    ]);
  });

  it("keeps 'has raised … from investors including' a running total", () => {
    const rounds = run(
      "Lumora Optics makes lidar sensors. Lumora has raised 2 billion yuan from investors including Suzhou Oriza Holdings.",
      "2025-07-01",
    );
    expect(rounds).toEqual([]);
  });
});

describe("participants named the ways Asian deal pages name them", () => {
  it("reads ', backed by X and Y' after a round", () => {
    const rounds = run(
      "Kelan Drones closed an angel round worth tens of millions of yuan, backed by Sinovation Ventures and MiraclePlus.",
      "2026-01-09",
    );
    expect(rounds.map((r) => r.participants)).toEqual([["Sinovation Ventures", "MiraclePlus"]]);
  });

  it("reads 'X, a government guidance fund, also took part'", () => {
    const rounds = run(
      "Tuoyu Materials has completed a Series A round of RMB 80 million led by Legend Capital. Suzhou Innovation Fund, a municipal guidance fund, also took part.",
      "2026-01-09",
    );
    expect(rounds.map((r) => [r.leads, r.participants])).toEqual([
      [["Legend Capital"], ["Suzhou Innovation Fund"]],
    ]);
  });

  it("keeps a capitalised 'State-owned' inside a fund's name", () => {
    const rounds = run(
      "Tuoyu Materials has raised RMB 80 million in a Series A round led by Legend Capital, with participation from Guangzhou State-owned Industrial Investment and Qiming Venture Partners.",
      "2026-01-09",
    );
    expect(rounds.map((r) => r.participants)).toEqual([
      ["Guangzhou State-owned Industrial Investment", "Qiming Venture Partners"],
    ]);
  });

  it("reads past ', known as X,' to the next investor of a list", () => {
    const rounds = run(
      "Tuoyu Materials has received RMB 900 million in strategic financing. The investors include the China Reform Holdings Fund, known as the Reform Fund, and the Hefei Industry Investment Group.",
      "2026-01-09",
    );
    expect(rounds.map((r) => r.participants)).toEqual([
      ["China Reform Holdings Fund", "Hefei Industry Investment Group"],
    ]);
  });

  it("makes lead an investor a title said 'backed by' when the body says 'led by'", () => {
    const rounds = run(
      "36Kr Exclusive | Tuoyu Materials closes RMB 80 million A round, backed by Legend Capital\n\n36Kr has learned that Tuoyu Materials has recently completed an A round of RMB 80 million. The round was led by Legend Capital, with participation from existing shareholders Qiming Venture Partners.",
      "2026-01-09",
    );
    expect(rounds.map((r) => [r.leads, r.participants])).toEqual([
      [["Legend Capital"], ["Qiming Venture Partners"]],
    ]);
  });
});

describe("a named fund's own fundraising", () => {
  it("does not read 'The X Fund II, which raised …' as a round", () => {
    const rounds = run(
      "Tuoyu Materials has received RMB 900 million in strategic financing from state investors, the company said on Monday. The Yangtze Delta Fund II, which raised 30 billion yuan in 2020, has backed many chip suppliers.",
      "2026-01-14",
    );
    expect(rounds.map((r) => [r.company, r.amount?.value])).toEqual([
      ["Tuoyu Materials", 900_000_000],
    ]);
  });
});

describe("a valuation told before the round it comes from", () => {
  const text =
    "Korean battery-recycling developer Sodam Cycle is valued at more than $400 million after its latest funding, people familiar with the matter said.\n\nThe Seoul-based company raised 50 billion won in a Series B that closed this month.";

  it("gives the hedged valuation to the round told next", () => {
    const rounds = run(text, "2025-04-02");
    expect(rounds.map((r) => [r.series, r.valuation])).toEqual([
      ["Series B", { value: 400_000_000, currency: "USD", qualifier: "more than", basis: null }],
    ]);
  });

  it("quotes the sentence that states it", () => {
    const [round] = run(text, "2025-04-02");
    expect(round?.quotes.valuation).toContain("valued at more than $400 million");
  });
});
