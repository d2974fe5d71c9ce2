import { checkArticle, isIsoDay, localDay } from "../../src/sources/article-input";

const draft = {
  text: "Acme raised $5 million.",
  headline: "Acme",
  published: "2026-11-27",
  link: "",
};

describe("checkArticle", () => {
  it("accepts a text with a date, and an https link", () => {
    expect(checkArticle({ ...draft, link: " https://example.com/a " })).toEqual({
      ok: true,
      value: {
        text: "Acme raised $5 million.",
        headline: "Acme",
        published: "2026-11-27",
        url: "https://example.com/a",
      },
    });
  });

  it("refuses a text over 1 MB, counting UTF-8 bytes, and says how large it is", () => {
    const text = "商".repeat(400_000);
    expect(checkArticle({ ...draft, text })).toEqual({
      ok: false,
      message:
        "The article text is 1.2 MB; the limit is 1 MB. Paste one article, without the rest of the page.",
    });
    expect(checkArticle({ ...draft, text: "a".repeat(1_000_000) }).ok).toBe(true);
  });

  it.each([
    ["an empty text", { text: "  " }, /Paste the article's text/],
    ["a missing date", { published: "" }, /Enter the date the article was published/],
    ["an impossible date", { published: "2026-02-30" }, /Enter the date/],
    ["a javascript: link", { link: "javascript:alert(1)" }, /must start with https:\/\//],
    ["an http link", { link: "http://example.com" }, /must start with https:\/\//],
  ])("refuses %s with what to do", (_, change, message) => {
    const result = checkArticle({ ...draft, ...change });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
  });
});

describe("isIsoDay", () => {
  it("is true only for real days written YYYY-MM-DD", () => {
    expect(["2024-02-29", "2026-11-27"].map(isIsoDay)).toEqual([true, true]);
    expect(["2026-02-29", "2026-13-01", "2026-1-01", "27/11/2026"].map(isIsoDay)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("checkArticle: the publication date an analyst types", () => {
  const today = "2026-11-28";
  it("refuses a year typed into the future or before Excel's dates, saying to check it", () => {
    expect(checkArticle({ ...draft, published: "2062-11-27" }, today)).toEqual({
      ok: false,
      message:
        "Published is 2062-11-27, after today (2026-11-28): check the year. Dates like “on Monday” are read from it.",
    });
    expect(checkArticle({ ...draft, published: "1899-12-31" }, today)).toEqual({
      ok: false,
      message: "Published is 1899-12-31, before 1900, where Excel's dates begin: check the year.",
    });
  });

  it("accepts today and tomorrow (an article dated in Beijing's time zone)", () => {
    expect(checkArticle({ ...draft, published: "2026-11-28" }, today).ok).toBe(true);
    expect(checkArticle({ ...draft, published: "2026-11-29" }, today).ok).toBe(true);
    expect(checkArticle({ ...draft, published: "2026-11-30" }, today).ok).toBe(false);
    expect(checkArticle({ ...draft, published: "1900-01-01" }, today).ok).toBe(true);
  });
});

describe("checkArticle: links as analysts paste them", () => {
  it.each([
    [
      "www.example.com/a",
      "The link must start with https://: type https://www.example.com/a (or leave Link empty).",
    ],
    [
      "http://example.com/a",
      "The link must start with https:// (this one is http://, which the pane does not open): use the https address (or leave Link empty).",
    ],
    [
      "https://example.com/a b",
      "The link has a space in it: copy the article's address from the browser's address bar (or leave Link empty).",
    ],
    ["https://", "The link must start with https:// and be a web address (or leave Link empty)."],
    ["ftp://example.com/a", "The link must start with https:// (or leave Link empty)."],
  ])("refuses %s and says how to write it", (link, message) => {
    expect(checkArticle({ ...draft, link })).toEqual({ ok: false, message });
  });
});

describe("checkArticle: the headline", () => {
  it("refuses a pasted paragraph as a headline, saying how long it is", () => {
    expect(checkArticle({ ...draft, headline: "Acme raises. ".repeat(50) })).toEqual({
      ok: false,
      message:
        "The headline is 649 characters long; a headline has at most 500. Type the article's headline only (it is cited in cells and footnotes).",
    });
    expect(checkArticle({ ...draft, headline: "a".repeat(500) }).ok).toBe(true);
  });
});

describe("localDay", () => {
  it("is the calendar day of the analyst's clock, not UTC's, zero-padded", () => {
    // 9:30 pm on 27 November in New York: already the 28th in UTC. The clock's own fields are
    // given as a New York machine would give them, so the test means the same in any time zone.
    const evening = Object.assign(new Date(Date.UTC(2026, 10, 28, 2, 30)), {
      getFullYear: () => 2026,
      getMonth: () => 10,
      getDate: () => 27,
    });
    expect(evening.toISOString().slice(0, 10)).toBe("2026-11-28");
    expect(localDay(evening)).toBe("2026-11-27");
    expect(localDay(new Date(2026, 0, 1, 0, 5))).toBe("2026-01-01");
  });
});
