import { findMoney } from "../../src/extract/money";
import { classifyMoney, valuationBasis } from "../../src/extract/money-role";

/** The role of the first money figure in `clause`. */
const roleOf = (clause: string) => {
  const role = classifyMoney(clause, findMoney(clause)[0]);
  return role.kind === "trap" ? `trap:${role.reason}` : role.kind;
};

describe("classifyMoney", () => {
  it.each([
    ["SenseTime announced on Monday it has acquired $600 million in its Series C round", "round"],
    ["Kirimin raised $25 million in a Series B led by East Ventures.", "round"],
    ["The company is raising as much as $300 million in a new funding round", "round"],
    ["It has closed a $60 million Series B at a $400 million post-money valuation", "round"],
    [
      "The startup raised a record $30 million seed round, the largest in Europe this year",
      "round",
    ],
    ["Ferrovia has secured Series C funding of $75M from Goldman Sachs", "round"],
    ["Today, Acme raised $12 million in a Series A led by Accel.", "round"],
    ["Its founders raised $1 million from angels in a pre-seed round.", "round"],
    ["Our first money was a $500,000 convertible note from Hustle Fund", "round"],
    ["It issued shares through a third-party allotment of ¥3.0 billion", "round"],
    [
      "to issue new shares through a third-party allotment to Chubu Electric for a total of ¥3.0 billion",
      "round",
    ],
  ])("reads %j as a round amount", (clause, role) => {
    expect(roleOf(clause)).toBe(role);
  });

  it.each([
    ["with its valuation exceeding $4.5 billion after the fundraising", "valuation"],
    ["The round values Lumina at about $1.5 billion", "valuation"],
    ["valuing the company at $15 billion", "valuation"],
    ["at a $400M valuation", "valuation"],
    ["lifting its valuation by $2 billion to $6 billion", "trap:change"],
    ["valuing it at $15 billion, up from $10 billion in 2020", "valuation"],
    ["The company's valuation doubled to €400m since its Series A", "valuation"],
    ["Its valuation fell to $1 billion this year", "valuation"],
    ["Its revenue doubled to $40 million", "trap:change"],
    ["The round values the Santa Clara, California-based company at $1.9 billion", "valuation"],
  ])("reads %j as a valuation or its change", (clause, role) => {
    expect(roleOf(clause)).toBe(role);
  });

  it.each([
    ["Lumina has raised more than $400 million to date.", "trap:cumulative"],
    ["It has raised $1.6 billion so far.", "trap:cumulative"],
    ["Acme has raised a total of $50 million.", "trap:cumulative"],
    ["bringing its total funding to $150 million.", "trap:cumulative"],
    [
      "The round brings the total raised by the Tokyo-based startup to 9.8 billion yen.",
      "trap:cumulative",
    ],
    ["Photonix raised $340 million in its initial public offering on the Nasdaq", "trap:ipo"],
    [
      "It plans to list in Hong Kong in an IPO that could raise as much as $600 million.",
      "trap:ipo",
    ],
    ["Stryde agreed to acquire Helixa Inc for $1.1 billion in cash", "trap:acquisition"],
    [
      "Employees will sell up to $200 million of their shares in a tender offer",
      "trap:acquisition",
    ],
    ["Its revenue reached 800 million yuan last year", "trap:financials"],
    ["The museum said it was safe after a $40 million renovation.", "trap:financials"],
    ["The company had about $150 million in cash at the end of 2022.", "trap:financials"],
    ["making the industry worth 1 trillion yuan ($158.4 billion)", "trap:market"],
    ["The global market is expected to reach $14 billion by 2026.", "trap:market"],
    ["Northlight has closed its fourth fund at $850 million", "trap:fund"],
    ["a Series B round that could rise to as much as €600mn", "trap:potential"],
    ["We raised the round on post-money SAFEs with a $22 million valuation cap.", "trap:cap"],
    ["convertible notes with a cap of $10 million", "trap:cap"],
    ["A second tranche of up to €15m is expected to close next year", "trap:potential"],
    ["Neobank Fenwick cut its valuation, from $1.2bn a year earlier.", "trap:change"],
    ["It set aside KES 500 million for merchant loans.", "trap:financials"],
    ["FreshRun's valuation has fallen by $1.2 billion since its last funding round", "trap:change"],
    ["giving the company a market value of about $310 billion", "trap:market"],
    ["Photonique, spun out in 2018, previously raised £21mn.", "trap:cumulative"],
    [
      "The Series B financing brings the total the company has raised since its 2017 founding to 7 billion yen.",
      "trap:cumulative",
    ],
    [
      "Ferrovia has also closed a $25M debt facility with HSBC Innovation Banking",
      "trap:financials",
    ],
    ["It also drew down $10 million of venture debt from Stride Ventures.", "trap:financials"],
    [
      "Fintech startups raised a record $30.7 billion globally in the third quarter.",
      "trap:market",
    ],
    [
      "Southeast Asian agritech startups raised US$270 million in the first nine months of 2022.",
      "trap:market",
    ],
    ["Seed rounds held up best: median seed size was €2.6m, flat on 2021.", "trap:market"],
    ["To date, it has raised around $78 million including the latest round.", "trap:cumulative"],
    ["It has raised $78 million, including the latest round.", "trap:cumulative"],
    ["The company has raised $300 million across three rounds.", "trap:cumulative"],
    [
      "Skyfarer, founded in 2017, has raised about $340 million from venture investors.",
      "trap:cumulative",
    ],
  ])("never reads %j as a round amount", (clause, role) => {
    expect(roleOf(clause)).toBe(role);
  });

  it("reads a later tranche as a round only once it has closed", () => {
    expect(roleOf("A second tranche of $10 million closed in March.")).toBe("round");
    expect(roleOf("A second tranche of $10 million will follow next year.")).toBe("trap:potential");
  });

  it("reads what a filing says was sold as the round and the offering's size as a target", () => {
    const clause = "Quillstone has sold $14.2 million of a $25 million equity offering";
    const [sold, offered] = findMoney(clause);
    expect(classifyMoney(clause, sold, [sold, offered])).toEqual({ kind: "round" });
    expect(classifyMoney(clause, offered, [sold, offered])).toEqual({
      kind: "trap",
      reason: "potential",
    });
    const round = "Acme Labs has sold $2.5 million of a $4 million round";
    const [part, whole] = findMoney(round);
    expect(classifyMoney(round, part, [part, whole])).toEqual({ kind: "round" });
    expect(classifyMoney(round, whole, [part, whole])).toEqual({
      kind: "trap",
      reason: "potential",
    });
    expect(roleOf("Employees sold $20 million of their shares to SoftBank")).toBe(
      "trap:acquisition",
    );
  });

  it("reads one investor's part of a round as a share, not the round", () => {
    const clause =
      "Blume Ventures and Stride Ventures invested Rs 25 crore and Rs 15 crore, respectively.";
    const moneys = findMoney(clause);
    expect(moneys.map((m) => classifyMoney(clause, m, moneys).kind)).toEqual(["share", "share"]);
    const two = "It raised $5 million and $3 million in two seed rounds.";
    const twoMoneys = findMoney(two);
    expect(twoMoneys.map((m) => classifyMoney(two, m, twoMoneys).kind)).toEqual(["round", "round"]);
    expect(roleOf("Tiger Global alone contributed $150 million of the new money")).toBe("share");
    expect(roleOf("Qualcomm Ventures put $30 million into the round")).toBe("share");
  });
});

describe("valuationBasis", () => {
  it("reads the basis the text gives, and none when it gives none", () => {
    expect(valuationBasis("at a $400 million post-money valuation")).toBe("post-money");
    expect(valuationBasis("exceeding $4.5 billion after the fundraising")).toBe("post-money");
    expect(valuationBasis("at a pre-money valuation of roughly $1 billion")).toBe("pre-money");
    expect(valuationBasis("values Voltra at about $3 billion before the new money")).toBe(
      "pre-money",
    );
    expect(valuationBasis("valued at around Rs 1,650 crore ($201 million) post-allotment")).toBe(
      "post-money",
    );
    expect(valuationBasis("is now valued at $1.2 billion after raising $100 million")).toBe(
      "post-money",
    );
    expect(valuationBasis("valuing the company at $15 billion")).toBeNull();
    expect(
      valuationBasis("after the allotment of shares to employees, valued at $5 million"),
    ).toBeNull();
  });
});
