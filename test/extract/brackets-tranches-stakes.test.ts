import { extractRounds } from "../../src/extract";
import { classifyMoney } from "../../src/extract/money-role";
import { findMoney } from "../../src/extract/money";
import { findSeries } from "../../src/extract/series";
import { splitSentences } from "../../src/extract/sentences";

const run = (text: string, published = "2018-06-12") => extractRounds({ text, published });
const role = (clause: string, index = 0) => classifyMoney(clause, findMoney(clause)[index]);

describe("a legal name followed by its Chinese form in brackets", () => {
  it("does not end the sentence at the legal suffix's full stop", () => {
    const text = "Beiming Robotics Co. Ltd. (北鸣机器人) has raised $80 million. It grew.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "Beiming Robotics Co. Ltd. (北鸣机器人) has raised $80 million.",
      "It grew.",
    ]);
  });

  it("keeps the round and its company", () => {
    const [round] = run(
      "(Shanghai) — Beiming Robotics Co. Ltd. (北鸣机器人) has raised $80 million in a Series C round led by Qiming Venture Partners, the company said Tuesday.",
    ).rounds;
    expect([round.company, round.series, round.amount?.value]).toEqual([
      "Beiming Robotics Co. Ltd.",
      "Series C",
      80_000_000,
    ]);
  });

  it("still ends a sentence before a Chinese name that opens the next one", () => {
    const text = "It was led by IDG Capital. 北鸣机器人 raised more.";
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe("a tranche's number after the round letter", () => {
  it("reads 'B2 round' and 'A1 round' as Series B2 and Series A1", () => {
    expect(findSeries("closed a $90 million B2 round").map((s) => s.label)).toEqual(["Series B2"]);
    expect(findSeries("a $3 million A1 round").map((s) => s.label)).toEqual(["Series A1"]);
    expect(findSeries("a B round of funding").map((s) => s.label)).toEqual(["Series B"]);
  });

  it("does not read a bare 'a round' as Series A", () => {
    expect(findSeries("raised a round of $5 million")).toEqual([]);
  });
});

describe("a running total in a clause that opens on 'In total,'", () => {
  it("is a cumulative total, not a round", () => {
    expect(role("In total, the company has now raised more than $200 million.")).toEqual({
      kind: "trap",
      reason: "cumulative",
    });
    expect(role("All told, it has raised $90 million.")).toEqual({
      kind: "trap",
      reason: "cumulative",
    });
  });

  it("adds no round beside the news", () => {
    const rounds = run(
      "Tiandi AI has closed a $60 million B2 round. In total, the company has now raised more than $150 million.",
    ).rounds;
    expect(rounds.map((r) => [r.series, r.amount?.value])).toEqual([["Series B2", 60_000_000]]);
  });
});

describe("a valuation someone 'put it at'", () => {
  it("is a valuation when the clause is about the valuation", () => {
    expect(
      role(
        "It did not disclose its valuation, but a person familiar with the matter put it at nearly $2 billion.",
      ),
    ).toEqual({ kind: "valuation" });
  });

  it("is not a valuation when nothing speaks of one", () => {
    expect(role("Analysts put it at $2 billion.").kind).not.toBe("valuation");
  });

  it("becomes the round's hedged valuation", () => {
    const [round] = run(
      "Tiandi AI has closed a $60 million Series C led by Tencent. It did not disclose its valuation, but a person familiar with the matter put it at nearly $1 billion.",
    ).rounds;
    expect(round.valuation).toMatchObject({ value: 1_000_000_000, qualifier: "about" });
  });
});

describe("a corporate that 'made a strategic investment of' a figure in a company", () => {
  const text =
    "Internet giant Tencent has made a strategic investment of 500 million yuan ($73 million) in Tiandi AI, a Shenzhen-based vision start-up, the companies said on Tuesday.";

  it("files the round under the company invested in, with the investor as participant", () => {
    const [round] = run(text).rounds;
    expect([round.company, round.series, round.amount?.value, round.participants]).toEqual([
      "Tiandi AI",
      "Strategic",
      500_000_000,
      ["Tencent"],
    ]);
  });
});

describe("a company's other backers", () => {
  it("are not investors in the earlier round named before them", () => {
    const text =
      "Tiandi AI raised $50 million in a Series C led by Hillhouse Capital on Monday. It last raised money in 2016, when it completed a $20 million Series B led by GGV Capital. Its other backers include IDG Capital.";
    const rounds = run(text).rounds;
    expect(rounds.map((r) => [r.series, r.leads, r.participants])).toEqual([
      ["Series C", ["Hillhouse Capital"], []],
      ["Series B", ["GGV Capital"], []],
    ]);
  });

  it("still count when the text names them as the round's other investors", () => {
    const [round] = run(
      "Tiandi AI raised $50 million in a Series C led by Hillhouse Capital. Other investors include IDG Capital.",
    ).rounds;
    expect(round.participants).toEqual(["IDG Capital"]);
  });
});
