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
