import { extractRounds } from "../../src/extract";

const published = "2024-03-21";

describe("extractRounds", () => {
  it("reports an invalid publication date or empty text as an issue, with no rounds", () => {
    expect(
      extractRounds({ text: "Acme raised $5 million in a seed round.", published: "2024-02-30" }),
    ).toEqual({
      rounds: [],
      issues: [expect.objectContaining({ kind: "invalid-published-date" })],
    });
    expect(extractRounds({ text: "  \n ", published }).issues[0].kind).toBe("empty-text");
  });

  it("leaves a vague amount out and says so", () => {
    const text =
      "In August 2016, the company Acme Robotics received tens of millions of yuan in angel financing.";
    const result = extractRounds({ text, published });
    expect(result.rounds[0]).toMatchObject({ series: "Angel", amount: null, announced: "2016-08" });
    expect(result.issues.map((i) => i.kind)).toContain("vague-amount");
  });

  it("reads a related-story link only when it names the article's own company", () => {
    const text =
      "Verdefarm has raised US$18 million in a pre-Series B round.\n\nAlso Read:\nVietnam's FinFlow bags $12m Series A\nVerdefarm's $8 million Series A (2021)";
    const rounds = extractRounds({ text, published }).rounds;
    expect(rounds.map((r) => [r.company, r.series, r.amount?.value])).toEqual([
      ["Verdefarm", "Pre-B", 18_000_000],
      ["Verdefarm", "Series A", 8_000_000],
    ]);
  });

  it("keeps a named round whose amount is left unstated beside a round with a figure", () => {
    const text =
      "In January, Heliocell completed a B round worth RMB 120 million, led by Shunwei Capital, after raising an A round of tens of millions of yuan from Matrix Partners China in September 2021.";
    const rounds = extractRounds({ text, published: "2022-08-16" }).rounds;
    expect(
      rounds.map((r) => [r.series, r.amount?.value ?? null, r.announced, r.leads, r.participants]),
    ).toEqual([
      ["Series B", 120_000_000, "2022-01", ["Shunwei Capital"], []],
      ["Series A", null, "2021-09", [], ["Matrix Partners China"]],
    ]);
  });

  it("reads every item of a bulleted round-up, each line headed by its company", () => {
    const text =
      "• Acme Robotics - $5M seed led by Precursor Ventures\n• Beta Labs (Berlin) - €12M Series A from Accel";
    const rounds = extractRounds({ text, published }).rounds;
    expect(
      rounds.map((r) => [r.company, r.series, r.amount?.currency, r.leads, r.participants]),
    ).toEqual([
      ["Acme Robotics", "Seed", "USD", ["Precursor Ventures"], []],
      ["Beta Labs", "Series A", "EUR", [], ["Accel"]],
    ]);
  });

  it("gives a lender named after a debt figure to the debt, not the round", () => {
    const text =
      "Nimbus Health has raised $25 million in equity and a further $15 million in venture debt from Silicon Valley Bank.";
    const [round] = extractRounds({ text, published }).rounds;
    expect([round.amount?.value, round.participants]).toEqual([25_000_000, []]);
    const equity = "Nimbus Health has raised $25 million in equity from Accel.";
    expect(extractRounds({ text: equity, published }).rounds[0].participants).toEqual(["Accel"]);
  });

  it("reads a round introduced by 'after a' as an earlier one, not the news", () => {
    const text =
      "Fernly has raised $20 million in a Series B round co-led by Accel and Atomico. It is Fernly's second raise this year, after a $5 million seed extension in January.";
    const rounds = extractRounds({ text, published }).rounds;
    expect(rounds.map((r) => [r.series, r.isCurrentRound])).toEqual([
      ["Series B", true],
      ["Seed", false],
    ]);
    const news = "After a year of growth, Fernly raised $20 million in a Series B.";
    expect(extractRounds({ text: news, published }).rounds[0].isCurrentRound).toBe(true);
  });

  it("does not date a round by an aside about the company", () => {
    const text =
      "Nimbus Health, which became a unicorn last year, raised $200 million in a Series D.";
    expect(extractRounds({ text, published }).rounds[0]).toMatchObject({
      announced: null,
      isCurrentRound: true,
    });
    const own = "Nimbus Health, which raised $20 million last year, is hiring.";
    expect(extractRounds({ text: own, published }).rounds[0].announced).toBe("2023");
  });

  it("opens no round for a round name that is compared with, still to come, or in a quotation", () => {
    const lead = "Zipkart has raised Rs 120 crore in a bridge round led by Elevation Capital. ";
    for (const sentence of [
      "That round was itself roughly double the size of its Series B.",
      "The bridge round comes ahead of a larger Series D that Zipkart is in talks to raise.",
      '"Everyone wants to lead a Series A at 2021 prices," said one investor.',
    ]) {
      const rounds = extractRounds({ text: lead + sentence, published }).rounds;
      expect(rounds.map((r) => r.series)).toEqual([null]);
    }
    const named = extractRounds({
      text: `${lead}The Series C round was its first this year.`,
      published,
    });
    expect(named.rounds.map((r) => r.series)).toEqual(["Series C"]);
    const quoted = extractRounds({
      text: `${lead}"This Series C lets us open six more cities," said the chief executive.`,
      published,
    });
    expect(quoted.rounds.map((r) => r.series)).toEqual(["Series C"]);
  });

  it("takes a round's series from the share class it issues, never from another class", () => {
    const text =
      "Zipkart has raised Rs 120 crore in a bridge round. The board passed a resolution to allot 3,640 Series C1 compulsorily convertible preference shares at an issue price of Rs 3,29,670 each to raise the amount.";
    expect(extractRounds({ text, published }).rounds[0].series).toBe("Series C1");
    const other = text.replace(" preference shares", " holders' approval");
    expect(extractRounds({ text: other, published }).rounds[0].series).toBeNull();
  });

  it("gives 'the deal values' to the round reported, past a sentence about an earlier one", () => {
    const text =
      "Verdefarm has raised US$18 million in a pre-Series B round. Verdefarm last raised S$10 million in a Series A round in March 2021. One of the people said the deal values the firm at above US$100 million.";
    const rounds = extractRounds({ text, published: "2022-11-03" }).rounds;
    expect(rounds.map((r) => r.valuation?.value ?? null)).toEqual([100_000_000, null]);
    const earlier = text.replace("the deal values the firm", "the firm was then valued");
    expect(
      extractRounds({ text: earlier, published: "2022-11-03" }).rounds.map((r) => r.valuation),
    ).toEqual([null, null]);
  });

  it("reads the investors of a clause that ends on the company's running total", () => {
    const text =
      "Kelpie Robotics has raised a $40 million Series B. Existing backers Lerer Hippeau and Nordic Makers also put money in, bringing Kelpie's total funding to $62 million.";
    const [round] = extractRounds({ text, published }).rounds;
    expect(round.amount?.value).toBe(40_000_000);
    expect(round.participants).toEqual(["Lerer Hippeau", "Nordic Makers"]);
    const total =
      "Kelpie Robotics has raised a $40 million Series B. Kelpie has $62 million in total, bringing its cash to $80 million.";
    expect(extractRounds({ text: total, published }).rounds[0].participants).toEqual([]);
  });

  it("keeps no round whose company the text never names, and says so", () => {
    const text =
      "The company said it raised $12 million in a Series A round led by Point72 Ventures.";
    const result = extractRounds({ text, published });
    expect(result.rounds).toEqual([]);
    expect(result.issues.map((i) => i.kind)).toEqual(["round-without-company"]);
  });

  it("takes the company from the headline when the text names it too", () => {
    const text =
      "The company said it raised $12 million in a Series A round. InvoiceHero makes invoicing software.";
    const [round] = extractRounds({
      text,
      published,
      headline: "InvoiceHero closes $12M Series A",
    }).rounds;
    expect(round.company).toBe("InvoiceHero");
    expect(round.quotes.company).toBe("InvoiceHero makes invoicing software.");
    const unnamed = extractRounds({
      text: "The company raised $12 million.",
      published,
      headline: "Zeta raises $12M",
    });
    expect(unnamed.rounds).toEqual([]);
  });

  it("merges repeated mentions of one round and keeps earlier rounds apart", () => {
    const text = [
      "Acme raises $45M Series B to take on incumbents",
      "Acme Robotics has raised $45 million in a Series B round led by Index Ventures, the company announced today.",
      "The $45 million round also included Y Combinator.",
      "Acme last raised a $20 million Series A in 2021.",
    ].join("\n\n");
    const rounds = extractRounds({ text, published }).rounds;
    expect(rounds.map((r) => [r.company, r.series, r.amount?.value, r.isCurrentRound])).toEqual([
      ["Acme Robotics", "Series B", 45e6, true],
      ["Acme Robotics", "Series A", 20e6, false],
    ]);
    expect(rounds[0]).toMatchObject({
      announced: published,
      leads: ["Index Ventures"],
      participants: ["Y Combinator"],
    });
  });

  it("completes the last round from a clause that names it ('The Series B financing brings…')", () => {
    const text =
      "Kotobuki Therapeutics has raised 4.2 billion yen through a share allocation, the company said. " +
      "The Series B financing brings its total funding to 7 billion yen.";
    expect(extractRounds({ text, published }).rounds).toEqual([
      expect.objectContaining({
        series: "Series B",
        amount: { value: 4.2e9, currency: "JPY", qualifier: null },
      }),
    ]);
  });

  it("gives each figure of a sentence its own date", () => {
    const text =
      "The firm led a $20 million Series A round in Shipmate in July and co-led a $35 million Series B in Paybridge last week.";
    const rounds = extractRounds({ text, published: "2021-08-11" }).rounds;
    expect(rounds.map((r) => [r.company, r.announced])).toEqual([
      ["Shipmate", "2021-07"],
      ["Paybridge", "2021-08"],
    ]);
  });

  it("does not date a round by the year of the valuation it fell from", () => {
    const text =
      "Payments group Loopwise has raised $150mn at a valuation of $1bn, down from the $3bn it commanded in 2021. The round was announced on Tuesday.";
    const [round] = extractRounds({ text, published: "2023-06-20" }).rounds;
    expect(round).toMatchObject({ announced: "2023-06-20", isCurrentRound: true });
    expect(round.valuation?.value).toBe(1_000_000_000);
    const day = "Loopwise raised $150mn at a valuation of $1bn, down from $3bn, on Tuesday.";
    expect(extractRounds({ text: day, published: "2023-06-20" }).rounds[0].announced).toBe(
      "2023-06-20",
    );
    const dated = "Loopwise raised $200mn in 2021, valuing it at $3bn.";
    expect(extractRounds({ text: dated, published: "2023-06-20" }).rounds[0].announced).toBe(
      "2021",
    );
  });

  it("dates the reported round, not the earlier one, in 'The round, announced on Thursday, comes … after'", () => {
    const text =
      "Kudipay has raised $18 million in a Series A round led by Partech Africa. The round, announced on Thursday, comes 14 months after Kudipay raised a $3.5 million seed round led by Ventures Platform. Microtraction also participated in the new round.";
    const rounds = extractRounds({ text, published: "2024-02-09" }).rounds;
    expect(rounds.map((r) => [r.series, r.announced, r.participants])).toEqual([
      ["Series A", "2024-02-08", ["Microtraction"]],
      ["Seed", null, []],
    ]);
    const earlier =
      "Kudipay has raised $18 million. It came after a $3.5 million seed round on March 3. Microtraction also participated.";
    const [, seed] = extractRounds({ text: earlier, published: "2024-03-09" }).rounds;
    expect(seed.participants).toEqual(["Microtraction"]);
  });

  it("keeps the whole round when one investor's part comes first ('is part of a $590 million round')", () => {
    const text =
      "Toyota Motor Corp. said on Thursday it would invest $394 million in Linehaul AI. The investment is part of a $590 million Series C round.";
    const rounds = extractRounds({ text, published: "2020-01-16" }).rounds;
    expect(rounds.map((r) => [r.company, r.series, r.amount?.value, r.announced])).toEqual([
      ["Linehaul AI", "Series C", 590_000_000, "2020-01-16"],
    ]);
    const alone = "Toyota said on Thursday it would invest $394 million in Linehaul AI.";
    expect(extractRounds({ text: alone, published: "2020-01-16" }).rounds[0].amount?.value).toBe(
      394_000_000,
    );
  });

  it("gives no round the valuation another company is in talks to raise at", () => {
    const text =
      "Harbourline raised £40mn from existing backers in April. Kestrel is in talks to raise at a valuation of more than $5bn.";
    expect(extractRounds({ text, published: "2023-06-20" }).rounds[0].valuation).toBeNull();
    const own = "Harbourline raised £40mn in April. The deal values Harbourline at £200mn.";
    expect(extractRounds({ text: own, published: "2023-04-20" }).rounds[0].valuation?.value).toBe(
      200_000_000,
    );
  });

  it("returns no rounds for an article without one", () => {
    const text =
      "Orbis Corp reported revenue of $12.4 billion. Shares rose 4%, giving it a market value of $310 billion.";
    expect(extractRounds({ text, published }).rounds).toEqual([]);
  });
});
