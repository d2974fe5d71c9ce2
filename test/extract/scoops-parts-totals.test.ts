import { extractRounds } from "../../src/extract";

const run = (text: string, published = "2026-03-04") => extractRounds({ text, published });
const only = (text: string, published?: string) => {
  const rounds = run(text, published).rounds;
  expect(rounds).toHaveLength(1);
  return rounds[0];
};

describe("investors of a scoop and of a newsletter item", () => {
  it("reads 'X is set to lead the deal' and 'Y is expected to invest' after the scoop's sentence", () => {
    const round = only(
      [
        "Tidemark Labs is in talks to raise about $900 million at a $15 billion valuation, people familiar with the matter said.",
        "Coatue is set to lead the deal, the people said. Greylock is also expected to invest.",
      ].join(" "),
    );
    expect(round.leads).toEqual(["Coatue"]);
    expect(round.participants).toEqual(["Greylock"]);
  });

  it("reads 'X led, and was joined by …' as a lead and its co-investors", () => {
    const round = only(
      "• Pallwick, a Austin-based payroll startup, raised $25 million in Series B funding. Index Ventures led, and was joined by Ribbit Capital and Kaszek.",
    );
    expect(round.leads).toEqual(["Index Ventures"]);
    expect(round.participants).toEqual(["Ribbit Capital", "Kaszek"]);
  });

  it("reads 'X is expected to lead.' closing an item about a raise in progress", () => {
    const round = only(
      "• Ostrava Cloud, a Prague-based GPU rental startup, is raising around $80 million. Accel is expected to lead.",
    );
    expect(round.leads).toEqual(["Accel"]);
  });

  it("keeps an initial's full stop inside a name of a list", () => {
    const round = only(
      "Harbin Bio raised $60 million in a Series C led by Sofinnova, with participation from new investors J. P. Morgan Life Sciences and Casdin Capital.",
    );
    expect(round.participants).toEqual(["J. P. Morgan Life Sciences", "Casdin Capital"]);
  });

  it("lets the body's 'led by' make a lead of the title's 'as X joins'", () => {
    const text = [
      "Brindle adds $8M to its seed round as Point Nine joins",
      "",
      "By A. Writer",
      "",
      "Brindle has extended its seed round with $8 million led by Point Nine, the company said.",
      "The startup's founders said the money would go to hiring.",
    ].join("\n");
    const round = only(text);
    expect(round.leads).toEqual(["Point Nine"]);
    expect(round.participants).toEqual([]);
  });
});

describe("an extension and its original round", () => {
  it("gives 'the extension' the investors named after the original round's sentence", () => {
    const text = [
      "Marlow Health has added $12 million to its Series A, led by Define Ventures.",
      "The extension arrives four months after Marlow announced a $30 million Series A led by Lux Capital in November.",
      "Existing backers Lux Capital and 8VC also put money into the extension.",
    ].join(" ");
    const rounds = run(text).rounds;
    const extension = rounds.find((r) => r.amount?.value === 12000000);
    const original = rounds.find((r) => r.amount?.value === 30000000);
    expect(extension?.participants).toEqual(["Lux Capital", "8VC"]);
    expect(original?.participants).toEqual([]);
  });
});

describe("a newsletter's opening statistic does not date its deal list", () => {
  it("leaves the items undated when the intro's date words are about something else", () => {
    const text = [
      "Top of the Morning",
      "",
      "Fintech startups raised $9 billion across 300 deals in the quarter, and that was before yesterday's surprise IPO filing.",
      "",
      "Venture Capital Deals",
      "",
      "• Corbel, a Miami-based tax software startup, raised $14 million in Series A funding led by Ribbit Capital.",
    ].join("\n");
    expect(only(text).announced).toBeNull();
  });
});

describe("a corporate's investment in a named startup", () => {
  it("files 'X will invest up to $N in startup Y' under Y, with X as investor, after a dateline", () => {
    const round = only(
      "Feb 2 (Reuters) - Oracle will invest up to $2 billion in chip design startup Quenta, the companies said on Monday.",
      "2026-02-02",
    );
    expect(round.company).toBe("Quenta");
    expect(round.amount).toEqual({ value: 2000000000, currency: "USD", qualifier: "up to" });
    expect(round.participants).toEqual(["Oracle"]);
  });

  it("keeps the whole investment when the text splits it into a first part and a further one", () => {
    const text = [
      "Samsung has agreed to invest $900 million in robotics startup Kelvar, the companies said.",
      "The strategic investment comes in three instalments: an initial $300 million now, with an option for Samsung to invest a further $600 million in the second half of next year.",
    ].join(" ");
    expect(run(text).rounds.map((r) => r.amount?.value)).toEqual([900000000]);
  });

  it("reads 'X has also invested in Y, putting in $N last year' as Y's earlier round", () => {
    const text = [
      "Brevik AI raised $400 million in a Series C led by Lightspeed on Tuesday.",
      "Microsoft has also invested in Brevik AI, putting in $150 million last year.",
    ].join(" ");
    const earlier = run(text).rounds.find((r) => !r.isCurrentRound);
    expect(earlier?.company).toBe("Brevik AI");
    expect(earlier?.amount?.value).toBe(150000000);
    expect(earlier?.announced).toBe("2025");
    expect(earlier?.participants).toEqual(["Microsoft"]);
  });
});

describe("figures that are not a round", () => {
  it("does not read a firm's 'set of funds' as a round", () => {
    const text =
      "Ravelin AI raised $50 million in a Series B led by Accel. Accel raised a $4 billion set of funds last year.";
    expect(run(text).rounds.map((r) => r.company)).toEqual(["Ravelin AI"]);
  });

  it("reads 'Y had raised $N from A and B', with no round or date, as a total", () => {
    const text =
      "Snowflake agreed to acquire Tesslate, a Denver-based data startup. Tesslate had raised about $48 million from Sapphire Ventures and Costanoa.";
    expect(run(text).rounds).toEqual([]);
  });
});

describe("earlier financings told in passing", () => {
  it("does not give a SAFE's angels 'before that' to the round named just before", () => {
    const text = [
      "Yarrow raised $70 million led by Greylock on Monday.",
      "Its previous round, in June, was a $20 million raise led by Amplify Partners.",
      "Before that, the company sold a SAFE to angel investors including Nat Friedman.",
    ].join(" ");
    const earlier = run(text).rounds.find((r) => r.amount?.value === 20000000);
    expect(earlier?.leads).toEqual(["Amplify Partners"]);
    expect(earlier?.participants).toEqual([]);
  });

  it("does not date a round by the issue date of the notes that convert into it", () => {
    const text = [
      "Pellucid raised $90 million in a Series C led by Insight Partners, the company said on Tuesday.",
      "The Series C includes the conversion of $15 million of convertible notes that Pellucid sold in the second quarter of 2025.",
    ].join(" ");
    expect(run(text).rounds.map((r) => [r.series, r.announced])).toEqual([
      ["Series C", "2026-03-03"],
    ]);
  });

  it("reads ', and a $N Series B led by …' after a valuation as one more earlier round", () => {
    const text = [
      "Quorra raised $200 million in a Series D led by Thrive Capital on Tuesday.",
      "The Series D follows its $80 million Series C, led by Index Ventures in May 2025 at a $900 million valuation, and a $30 million Series B led by Accel in 2024.",
    ].join(" ");
    const seriesB = run(text).rounds.find((r) => r.series === "Series B");
    expect(seriesB?.amount?.value).toBe(30000000);
    expect(seriesB?.leads).toEqual(["Accel"]);
  });
});
