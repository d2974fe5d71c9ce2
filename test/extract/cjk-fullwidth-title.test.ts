import { extractRounds } from "../../src/extract";
import { normalizeText, originalSlice } from "../../src/extract/normalize-text";
import { splitSentences } from "../../src/extract/sentences";

const run = (text: string) => extractRounds({ text, published: "2024-11-20" }).rounds;

describe("Chinese company names", () => {
  it("reads a Chinese name in subject position as the company, never the previous sentence's investor", () => {
    const text =
      "The sector's busiest backer this year was IDG Capital. 元戎启行 raised $100 million in a Series C led by Great Wall Motor on Monday.";
    const rounds = run(text);
    expect(rounds.map((r) => r.company)).toEqual(["元戎启行"]);
    expect(rounds[0].amount?.value).toBe(100_000_000);
    expect(rounds[0].quotes.amount).toBe(
      "元戎启行 raised $100 million in a Series C led by Great Wall Motor on Monday.",
    );
  });

  it("reads a Chinese name with its English name in brackets as the company", () => {
    const rounds = run(
      "Investors include IDG Capital.元戎启行 (DeepRoute.ai) raised $100 million in a Series C on Monday.",
    );
    expect(rounds.map((r) => r.company)).toEqual(["元戎启行"]);
    expect(rounds[0].leads).toEqual([]);
  });

  it("reads an English name with its Chinese name in brackets as the company", () => {
    const rounds = run(
      "It was led by IDG Capital. DeepRoute.ai (元戎启行) raised $100 million in a Series C on Monday.",
    );
    expect(rounds.map((r) => r.company)).toEqual(["DeepRoute.ai"]);
  });
});

describe("Chinese sentences in an English article", () => {
  it("leaves a Chinese sentence unread and takes no sentence-long run of characters for a name", () => {
    const rounds = run(
      "据报道该公司在本轮融资中获得了多家知名投资机构的支持和认可并将继续扩大生产规模和研发投入 raised $5 million. 元戎启行 raised $100 million in a Series C on Monday.",
    );
    expect(rounds.map((r) => [r.company, r.amount?.value])).toEqual([["元戎启行", 100_000_000]]);
  });
});

describe("splitting before Chinese text", () => {
  it("ends a sentence before one that opens with Chinese characters, with or without a space", () => {
    const texts = (t: string) => splitSentences(normalizeText(t).text).map((s) => s.text);
    expect(texts("The round was led by IDG Capital. 元戎启行 raised $100 million.")).toEqual([
      "The round was led by IDG Capital.",
      "元戎启行 raised $100 million.",
    ]);
    expect(
      texts("It was led by IDG Capital.元戎启行 raised $100 million。它成立于2019年。"),
    ).toEqual(["It was led by IDG Capital.", "元戎启行 raised $100 million.", "它成立于2019年."]);
  });
});

describe("full-width letters and digits", () => {
  it("reads ＄２５ million and Ｈｉｌｌｈｏｕｓｅ Capital, quoting the original characters", () => {
    const text =
      "Ａｃｍｅ Ｒｏｂｏｔｉｃｓ raised ＄２５ million in a Series A led by Ｈｉｌｌｈｏｕｓｅ Capital on Monday.";
    const [round] = run(text);
    expect(round.company).toBe("Acme Robotics");
    expect(round.amount).toEqual({ value: 25_000_000, currency: "USD", qualifier: null });
    expect(round.leads).toEqual(["Hillhouse Capital"]);
    expect(round.quotes.amount).toBe(text);
  });

  it("maps each full-width character to one ASCII character and back", () => {
    const norm = normalizeText("＄２５（ｍ）");
    expect(norm.text).toBe("$25(m)");
    expect(originalSlice(norm, 0, 3)).toBe("＄２５");
  });
});

describe("a page title pasted above the body", () => {
  it("quotes the body sentence that reports the round, not the title line", () => {
    const body =
      "Acme Robotics, a maker of warehouse robots, has raised $25 million in a Series A led by Foo Ventures, the company said on Monday.";
    const [round] = run(`Acme Robotics raises $25 million Series A led by Foo Ventures\n\n${body}`);
    expect(round.amount?.value).toBe(25_000_000);
    expect(round.quotes.amount).toBe(body);
    expect(round.quotes.series).toBe(body);
    expect(round.quotes.leads).toBe(body);
  });

  it("quotes the body under a title-case headline too", () => {
    const body =
      "Acme Robotics, a maker of warehouse robots, has raised $25 million in a Series A led by Foo Ventures, the company said on Monday.";
    const [round] = run(
      `Acme Robotics Raises $25 Million Series A To Build Warehouse Robots\n\n${body}`,
    );
    expect([round.quotes.company, round.quotes.amount, round.quotes.series]).toEqual([
      body,
      body,
      body,
    ]);
  });

  it("keeps the title's passage for a figure the body does not state", () => {
    const [round] = run(
      "Acme Robotics raises $25 million led by Foo Ventures\n\nAcme Robotics makes robots. It said on Monday it raised a Series A.",
    );
    expect(round.quotes.amount).toBe("Acme Robotics raises $25 million led by Foo Ventures");
  });
});

describe("investors named across sentences of a merged round", () => {
  it("quotes every sentence that names one", () => {
    const text =
      "Lingxi Robotics closes RMB 500 million B+ round\n\nLingxi Robotics has completed a Series B+ round of RMB 500 million. The round was led by Qiming Venture Partners, with participation from Legend Capital. Existing shareholder Matrix Partners China also invested.";
    const [round] = run(text);
    expect(round.participants).toEqual(["Legend Capital", "Matrix Partners China"]);
    expect(round.quotes.participants).toContain("Matrix Partners China also invested.");
    expect(round.quotes.participants).toContain("participation from Legend Capital");
  });
});
