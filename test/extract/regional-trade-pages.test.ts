import { extractRounds } from "../../src/extract";
import { asideMoneyRole } from "../../src/extract/aside-money";
import { openingSegment } from "../../src/extract/opening-segment";

const run = (text: string, published: string) => extractRounds({ text, published }).rounds;
const brief = (text: string, published: string) =>
  run(text, published).map((r) => [r.company, r.series, r.amount?.value ?? null]);

describe("a round name in lower case, as trade press writes it", () => {
  it("reads 'series B financing' and 'series A-1' as Series B and Series A1", () => {
    expect(
      brief(
        "Halcyon Bio has closed a $70 million series B financing to start a phase 2 trial, the San Diego biotech said Monday. It raised a $30 million series A-1 in 2021.",
        "2024-05-06",
      ),
    ).toEqual([
      ["Halcyon Bio", "Series B", 70_000_000],
      ["Halcyon Bio", "Series A1", 30_000_000],
    ]);
  });

  it("does not read 'a series of' as a round", () => {
    expect(
      brief("Halcyon Bio raised $70 million after a series of trials.", "2024-05-06")[0][1],
    ).toBeNull();
  });
});

describe("a scene-setting opening before the subject", () => {
  it("skips a place or time phrase and a city before its state's '-based'", () => {
    expect(openingSegment("In Colombia", " lending startup Prestalo")).toBe(true);
    expect(openingSegment("Prior to that", " it")).toBe(true);
    expect(openingSegment("Denver", " Colorado-based Ridgeline")).toBe(true);
    expect(openingSegment("Ridgeline", " the company said")).toBe(false);
    expect(openingSegment("In Colombia", undefined)).toBe(false);
  });

  it("gives the round to the company after the opening, not to the place", () => {
    const rounds = run(
      "Fernwood raised $8 million in a Series A led by Index Ventures on Monday.\n\nIn Colombia, lending startup Prestalo raised $5 million in a seed round led by Kaszek. Denver, Colorado-based Ridgeline raised a $20 million Series B led by Foundry. Prior to that, it raised $6 million in a Series A in 2022.",
      "2024-05-08",
    );
    expect(rounds.map((r) => r.company)).toEqual([
      "Fernwood",
      "Prestalo",
      "Ridgeline",
      "Ridgeline",
    ]);
  });
});

describe("figures beside a round that are not its amount", () => {
  it("reads a total 'taken to', more money in talks, a backer's commitment and a grant", () => {
    expect(asideMoneyRole("The new money takes the startup's Series A funding to ", ".")).toBe(
      "cumulative",
    );
    expect(asideMoneyRole("It is in talks to raise a further ", " in a second close.")).toBe(
      "potential",
    );
    expect(asideMoneyRole("led by Oakfield, which pledged ", " ahead of the launch")).toBe("share");
    expect(asideMoneyRole("It also won ", " from the regional innovation grant scheme.")).toBe(
      "financials",
    );
    expect(asideMoneyRole("It has raised ", " in a Series A.")).toBeNull();
  });

  it("keeps one round, and its lead, when a crowdfunding page names all four", () => {
    const rounds = run(
      "Brewdock has raised £2.4m in a crowdfunding round, the company said on Friday. The round was led by Oakfield Ventures, which committed £500,000 before the campaign opened. The raise takes Brewdock's total funding to £5m. The company is in talks to raise another £1m from a bank. It also received £250,000 from the council's net-zero grant fund.",
      "2024-06-14",
    );
    expect(rounds.map((r) => [r.company, r.amount?.value, r.leads])).toEqual([
      ["Brewdock", 2_400_000, ["Oakfield Ventures"]],
    ]);
  });

  it("still reads a round that is itself in talks", () => {
    expect(
      brief("Corvane is in talks to raise about $40 million in a Series B round.", "2024-06-14"),
    ).toEqual([["Corvane", "Series B", 40_000_000]]);
  });
});

describe("investor lists in Indian and trade-press phrasing", () => {
  it("ends a list before 'X has learnt' and reads 'along with new investor X'", () => {
    const [round] = run(
      "Krishiv has raised Rs 40 crore in its Series A round led by Blume Ventures, this publication has learnt. It also saw participation from Better Capital, along with new investor Java Capital, the company said.",
      "2025-02-03",
    );
    expect([round.leads, round.participants]).toEqual([
      ["Blume Ventures"],
      ["Better Capital", "Java Capital"],
    ]);
  });
});

describe("a valuation told paragraphs after the round", () => {
  const body = [
    "Krishiv has raised Rs 40 crore in its Series A round led by Blume Ventures.",
    "The startup will use the money to hire engineers.",
    "It sells crop insurance to farmers through 3,000 village agents.",
    "Its revenue grew to Rs 12 crore last year.",
    "The founders previously worked at ICICI Lombard.",
  ];
  const valuationOf = (last: string) =>
    run([...body, last].join("\n\n"), "2025-02-03")[0].valuation;

  it("goes to the reported round when its company is the one valued", () => {
    expect(
      valuationOf(
        "As per our estimates, Krishiv has been valued at around Rs 300 crore post-allotment.",
      ),
    ).toEqual({ value: 3_000_000_000, currency: "INR", qualifier: "about", basis: "post-money" });
  });

  it("gives no valuation to the round when another company is valued", () => {
    expect(valuationOf("Rival Fasalnet has been valued at around Rs 900 crore.")).toBeNull();
  });
});

describe("a brand with a bracketed letter", () => {
  it("keeps 'Factor[e] Ventures' whole in a list", () => {
    const [round] = run(
      "Solarway raised $3 million in a seed round led by Acumen, with participation from Factor[e] Ventures and Ceniarth.",
      "2023-03-01",
    );
    expect(round.participants).toEqual(["Factor[e] Ventures", "Ceniarth"]);
  });
});

describe("an equity-and-debt total announced on a day, then its equity round", () => {
  it("dates the round told next by the total's day", () => {
    const rounds = run(
      "Solarway has raised $9 million in a combination of equity and debt, the company said on Wednesday. The equity part, a $6 million Series A, was led by Acumen. The rest is a loan from a local bank.",
      "2023-03-03",
    );
    expect(rounds.map((r) => [r.amount?.value, r.series, r.announced])).toEqual([
      [6_000_000, "Series A", "2023-03-01"],
    ]);
  });
});
