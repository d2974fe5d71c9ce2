import { extractRounds } from "../../src/extract";
import { findMoney } from "../../src/extract/money";
import { offeringProceeds } from "../../src/extract/offering-proceeds";
import { joinedBackers } from "../../src/extract/joined-backers";
import { moneyRole, roundSummaries } from "./round-summary";

/**
 * Near-misses of real funding news: what a priced listing raises, stated after its share price;
 * a blank-check merger's gross proceeds; and a figure hedged as "a little under".
 */
describe("what a priced offering or a blank-check merger raises", () => {
  it.each([
    "Brightwave priced its Nasdaq IPO at $21 a share, above the expected range, raising $410 million",
    "The lender priced the share sale at 9.50 euros each, raising €220 million",
  ])("%j is the listing's money, never a round", (clause) => {
    const moneys = findMoney(clause);
    expect(moneyRole(clause, moneys.length - 1)).toBe("trap:ipo");
  });

  it("reads a priced offering's proceeds in a whole article as no round", () => {
    const text =
      "Brightwave priced its Nasdaq IPO at $21 a share, above the expected range, raising $410 million, the company said on Thursday.";
    expect(extractRounds({ text, published: "2026-03-06" }).rounds).toEqual([]);
  });

  it("takes a merger's gross proceeds as no round", () => {
    expect(moneyRole("The combined company expects about $250 million in net proceeds")).toBe(
      "trap:ipo",
    );
    const text =
      "Orbitel will go public by merging with a blank-check company. Orbitel said it expects to receive up to $260 million in gross proceeds, assuming no redemptions.";
    expect(extractRounds({ text, published: "2026-03-06" }).rounds).toEqual([]);
  });

  it("keeps a round's own gross proceeds, and a round raised after a past listing", () => {
    expect(
      offeringProceeds("Acme closed its Series B financing with gross proceeds of ", "."),
    ).toBe(false);
    expect(moneyRole("Pellio closed a $30 million Series B financing, in gross proceeds")).toBe(
      "round",
    );
    expect(offeringProceeds("Acme, which priced its IPO in 2019, raised ", " in a loan.")).toBe(
      false,
    );
  });
});

describe("a figure a little under a number", () => {
  it.each([
    ["a little under $22 million", "about"],
    ["slightly below €8m", "about"],
    ["just shy of $40 million", "about"],
  ])("%j is %s the figure", (phrase, qualifier) => {
    expect(findMoney(`Quorra raised ${phrase} in a Series A.`)[0].qualifier).toBe(qualifier);
  });
});

describe("backers after the lead's clause and among the buyers of the shares", () => {
  it("reads a plain 'joined' after 'X led the round, and'", () => {
    expect(
      joinedBackers("Foo Capital led the round, and Bar Ventures and Baz Partners joined."),
    ).toEqual(["Bar Ventures", "Baz Partners"]);
    const [round] = roundSummaries(
      "Osaka-based Tenmaru raised $12 million in a Series A on Monday. Wil Partners led the Series A, while Coral Capital joined.",
      "2026-05-13",
    );
    expect(round.leads).toEqual(["Wil Partners"]);
    expect(round.participants).toEqual(["Coral Capital"]);
  });

  it("names no backer from a 'joined' that is not the round's", () => {
    expect(
      joinedBackers("Foo Capital led the round, and the chief executive said she joined in 2021."),
    ).toEqual([]);
    expect(joinedBackers("Maria Ruiz joined.")).toEqual([]);
  });

  it("reads the buyers a filing lists, in the sentence after the round", () => {
    const [round] = roundSummaries(
      "Lisbon's Marebio raised $18 million in a seed round, according to a filing. The notice lists Seaya Ventures and Kibo Ventures among the purchasers of the shares.",
      "2026-05-13",
    );
    expect(round.participants).toEqual(["Seaya Ventures", "Kibo Ventures"]);
    expect(joinedBackers("The company lists Foo Capital among its investors.")).toEqual([]);
  });
});
