import { normalizeText, originalSlice } from "../../src/extract/normalize-text";
import {
  groupBulletLists,
  isTitleCase,
  MAX_SENTENCE,
  relatedLinks,
  splitClauses,
  splitSentences,
} from "../../src/extract/sentences";

describe("normalizeText", () => {
  it("makes pasted text matchable and maps every character back to the original", () => {
    const original = "\u201CPorts\u201D\u00A0 raised\u00A0$12\u00A0million \u2014 Series\u00A0A.";
    const norm = normalizeText(original);
    expect(norm.text).toBe('"Ports" raised $12 million - Series A.');
    expect(originalSlice(norm, 0, norm.text.length)).toBe(original);
    const at = norm.text.indexOf("$12 million");
    expect(originalSlice(norm, at, at + "$12 million".length)).toBe("$12\u00A0million");
  });
});

describe("splitSentences", () => {
  const texts = (text: string) => splitSentences(text).map((s) => s.text);

  it("does not end a sentence at abbreviations, legal suffixes or decimals", () => {
    expect(
      texts(
        "Tencent Holdings Ltd., a backer, invested $1.5 billion. BEIJING, Jan. 16 (Xinhua) -- It grew. U.S. firms joined.",
      ),
    ).toEqual([
      "Tencent Holdings Ltd., a backer, invested $1.5 billion.",
      "BEIJING, Jan. 16 (Xinhua) -- It grew.",
      "U.S. firms joined.",
    ]);
  });

  it("ends a sentence at a legal suffix when the next word starts a new one", () => {
    expect(
      texts("It was led by Alibaba Group Holding Ltd. Other investors include Temasek."),
    ).toHaveLength(2);
  });

  it("treats lines of pasted pages as sentences but joins a line that merely wraps", () => {
    expect(
      texts("Home › Funding\nShare this article\n\nAcme raised $5 million in a round\nled by Foo."),
    ).toEqual([
      "Home › Funding",
      "Share this article",
      "Acme raised $5 million in a round\nled by Foo.",
    ]);
  });

  it("reads a bullet list after a colon as one sentence that still spans the original lines", () => {
    const text = "Other investors in the round:\n• Felicis\n• Elad Gil";
    const [grouped] = groupBulletLists(splitSentences(text));
    expect(grouped.text).toBe("Other investors in the round: Felicis, Elad Gil.");
    expect(text.slice(grouped.start, grouped.end)).toBe(text);
  });
});

describe("splitClauses", () => {
  it("splits at semicolons", () => {
    const [s] = splitSentences("PayVina secured $40 million; it had raised $12 million in 2019.");
    expect(splitClauses(s).map((c) => c.text)).toEqual([
      "PayVina secured $40 million;",
      "it had raised $12 million in 2019.",
    ]);
  });
});

describe("splitSentences on text with no sentence ends", () => {
  it("cuts it into pieces no longer than MAX_SENTENCE, at spaces, covering every word", () => {
    const text = "<div>Acme raised $5 million</div> ".repeat(200);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(pieces.map((p) => p.text).join(" ")).toBe(text.trim());
  });
});

describe("relatedLinks", () => {
  const flagged = (text: string) => {
    const sentences = splitSentences(text);
    const links = relatedLinks(sentences, text);
    return sentences.filter((_, i) => links[i]).map((s) => s.text);
  };

  it("marks the headlines under a links heading, up to the next blank line", () => {
    const text =
      "Kelpie raised $40 million.\n\nMost Read\nEx-Tesla engineers raise $90M for robot arms\nThe EU's AI Act explained\n\nSubscribe";
    expect(flagged(text)).toEqual([
      "Most Read",
      "Ex-Tesla engineers raise $90M for robot arms",
      "The EU's AI Act explained",
    ]);
  });

  it("marks a line that opens with a links label", () => {
    expect(
      flagged("Zipkart raised Rs 120 crore.\nAlso Read: Fintech startup Paywise raises $18 Mn"),
    ).toEqual(["Also Read: Fintech startup Paywise raises $18 Mn"]);
  });

  it("leaves prose that merely starts with the same words", () => {
    expect(
      flagged(
        "Related companies raised $2 billion last year.\nRead more about it below.\nTrending upward, Acme raised $5 million.",
      ),
    ).toEqual([]);
  });
});

describe("isTitleCase", () => {
  it("reads a headline as title case, but not a bulleted round-up item", () => {
    expect(isTitleCase("Robotics Startup Armature Said to Raise $250 Million From A16z")).toBe(
      true,
    );
    expect(isTitleCase("• Acme Robotics - $5M Seed Led By Precursor Ventures")).toBe(false);
    expect(isTitleCase("Acme Robotics raised $5 million in a Seed Round.")).toBe(false);
  });
});
