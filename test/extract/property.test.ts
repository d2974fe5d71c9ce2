import fc from "fast-check";
import { extractRounds } from "../../src/extract";

const company = fc.constantFrom(
  "Acme Robotics",
  "Zhiyun Tech Co., Ltd.",
  "Pony.ai",
  "iFlytek",
  "Kopi Analytics",
  "元戎启行",
);
const investor = fc.constantFrom(
  "Sequoia Capital China",
  "Hillhouse Capital",
  "Tencent Holdings Ltd.",
  "Index Ventures",
);
const amount = fc.constantFrom(
  "$600 million",
  "US$1.2bn",
  "€500mn",
  "5 billion yuan ($691.4 million)",
  "₹250 crore",
  "HK$780\u00A0million",
);
const series = fc.constantFrom(
  "Series C",
  "B+ round",
  "pre-A round",
  "seed round",
  "strategic investment",
);
const when = fc.constantFrom(
  "on Monday",
  "in July",
  "last week",
  "April last year",
  "",
  "yesterday",
);
const funding = fc
  .tuple(company, amount, series, investor, investor, when)
  .map(
    ([c, a, s, lead, other, w]) =>
      `${c} said ${w} it raised ${a} in a ${s} led by ${lead}, with participation from ${other}.`,
  );
/** Noise around the funding sentences: pasted-page debris, curly quotes, spaces, random text. */
const noise = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    "\n\n• Share\n• Tweet\n",
    "\u201CWe are thrilled,\u201D she said.",
    "\u00A0\u00A0",
    "Read more \u203A",
    "\r\n",
    "元戎启行宣布完成融资。",
    "（ＩＤＧ资本）",
    "Ｈｉｌｌｈｏｕｓｅ ＄２５",
  ),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

/** The full-width form of every ASCII letter, digit and sign ("Acme $5" → "Ａｃｍｅ ＄５"). */
const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe("extractRounds (property)", () => {
  it("quotes only exact substrings of its input, whatever surrounds the funding sentences", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(funding, noise), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join(" ");
        const result = extractRounds({ text, published: "2021-06-15" });
        for (const round of result.rounds) {
          for (const quote of Object.values(round.quotes)) {
            expect(quote).toBeTruthy();
            expect(text.includes(quote)).toBe(true);
          }
        }
        for (const issue of result.issues)
          if (issue.quote) expect(text.includes(issue.quote)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a funding sentence's names and figures the same in full-width characters", () => {
    fc.assert(
      fc.property(funding, (sentence) => {
        const fields = (text: string) =>
          extractRounds({ text, published: "2021-06-15" }).rounds.map((r) => [
            r.company,
            r.amount,
            r.leads,
            r.participants,
          ]);
        const wide = toFullWidth(sentence);
        expect(fields(wide)).toEqual(fields(sentence));
        for (const round of extractRounds({ text: wide, published: "2021-06-15" }).rounds)
          for (const quote of Object.values(round.quotes)) expect(wide).toContain(quote);
      }),
      { numRuns: 100 },
    );
  });

  it("reads every generated funding sentence as a round with its company and lead", () => {
    fc.assert(
      fc.property(funding, (sentence) => {
        const [round] = extractRounds({ text: sentence, published: "2021-06-15" }).rounds;
        expect(round).toBeDefined();
        expect(sentence).toContain(round.company);
        expect(round.amount).not.toBeNull();
        expect(round.leads).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
