/**
 * The article an analyst pastes, checked before anything reads it. Pasted text is untrusted: it
 * is only ever shown as text, and it is capped so that one source stays within what the workbook
 * store keeps comfortably.
 */

/** The largest article accepted, in UTF-8 bytes. */
export const ARTICLE_LIMIT_BYTES = 1_000_000;

/** What the analyst typed into the "Add a source" form. */
export type ArticleDraft = { text: string; headline: string; published: string; link: string };

/** A checked article: text, headline, date (YYYY-MM-DD) and an optional https link. */
export type Article = { text: string; headline: string; published: string; url?: string };

export type ArticleCheck = { ok: true; value: Article } | { ok: false; message: string };

/**
 * Checks the draft for finding deals: a text within the limit and a valid publication date (the
 * extractor resolves "on Monday" against it). The headline may still be empty here.
 * @example
 * checkArticle({ text: "", headline: "", published: "2026-11-27", link: "" }).ok // false
 */
export function checkArticle(draft: ArticleDraft): ArticleCheck {
  const text = draft.text.trim();
  if (text === "") return { ok: false, message: "Paste the article's text into Article text." };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > ARTICLE_LIMIT_BYTES) {
    const mb = (bytes / 1_000_000).toFixed(1);
    return {
      ok: false,
      message: `The article text is ${mb} MB; the limit is 1 MB. Paste one article, without the rest of the page.`,
    };
  }
  if (!isIsoDay(draft.published)) {
    return {
      ok: false,
      message:
        "Enter the date the article was published (Published, YYYY-MM-DD): dates like “on Monday” are read from it.",
    };
  }
  const link = draft.link.trim();
  if (link !== "" && !/^https:\/\/\S+$/.test(link)) {
    return { ok: false, message: "The link must start with https:// (or leave Link empty)." };
  }
  const article: Article = { text, headline: draft.headline.trim(), published: draft.published };
  return link === ""
    ? { ok: true, value: article }
    : { ok: true, value: { ...article, url: link } };
}

/**
 * True for a real calendar day written YYYY-MM-DD.
 * @example isIsoDay("2026-02-30") // false
 */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
