/**
 * The article an analyst pastes, checked before anything reads it. Pasted text is untrusted: it
 * is only ever shown as text, and it is capped so that one source stays within what the workbook
 * store keeps comfortably.
 */

/** The largest article accepted, in UTF-8 bytes. */
export const ARTICLE_LIMIT_BYTES = 1_000_000;

/**
 * The longest headline accepted: real ones are under 200 characters; a pasted paragraph is not a
 * headline, and every citation of the source (AISOURCE, footnotes) repeats it.
 */
export const HEADLINE_LIMIT = 500;

/** What the analyst typed into the "Add a source" form. */
export type ArticleDraft = { text: string; headline: string; published: string; link: string };

/** A checked article: text, headline, date (YYYY-MM-DD) and an optional https link. */
export type Article = { text: string; headline: string; published: string; url?: string };

export type ArticleCheck = { ok: true; value: Article } | { ok: false; message: string };

/** The first day Excel's date system has: an earlier date cannot be shown as a date in a cell. */
export const FIRST_EXCEL_DAY = "1900-01-01";

/**
 * The calendar day where the analyst is, as YYYY-MM-DD: in New York at 9 pm on 27 November it
 * is already the 28th in UTC, and "today" must still be the 27th.
 * @example localDay(new Date(2026, 10, 27, 21, 30)) // "2026-11-27" in any time zone
 */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Checks the draft for finding deals: a text within the limit, a publication date between 1900 and
 * today (the extractor resolves "on Monday" against it, so a mistyped year would move every date)
 * and, if given, an https link. The headline may still be empty here.
 * @param today the day it is now (YYYY-MM-DD); a date one day later is still accepted, as an
 * article published in Beijing can carry tomorrow's date for an analyst in New York.
 * @example
 * checkArticle({ text: "", headline: "", published: "2026-11-27", link: "" }).ok // false
 */
export function checkArticle(
  draft: ArticleDraft,
  today: string = localDay(new Date()),
): ArticleCheck {
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
  const headline = draft.headline.trim();
  if (headline.length > HEADLINE_LIMIT) {
    return {
      ok: false,
      message: `The headline is ${headline.length} characters long; a headline has at most ${HEADLINE_LIMIT}. Type the article's headline only (it is cited in cells and footnotes).`,
    };
  }
  const published = publishedProblem(draft.published, today);
  if (published) return { ok: false, message: published };
  const link = draft.link.trim();
  const linkError = link === "" ? undefined : linkProblem(link);
  if (linkError) return { ok: false, message: linkError };
  const article: Article = { text, headline, published: draft.published };
  return link === ""
    ? { ok: true, value: article }
    : { ok: true, value: { ...article, url: link } };
}

function publishedProblem(published: string, today: string): string | undefined {
  if (!isIsoDay(published)) {
    return "Enter the date the article was published (Published, YYYY-MM-DD): dates like “on Monday” are read from it.";
  }
  if (published < FIRST_EXCEL_DAY) {
    return `Published is ${published}, before 1900, where Excel's dates begin: check the year.`;
  }
  if (published > nextDay(today)) {
    return `Published is ${published}, after today (${today}): check the year. Dates like “on Monday” are read from it.`;
  }
  return undefined;
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Why a link cannot be kept, in words that say how to write it; undefined for an https address.
 * Only https links are kept: the sources list opens them from the pane.
 * @example
 * linkProblem("www.example.com/a")
 * // "The link must start with https://: type https://www.example.com/a (or leave Link empty)."
 */
export function linkProblem(link: string): string | undefined {
  const leave = "(or leave Link empty)";
  if (/\s/.test(link)) {
    return `The link has a space in it: copy the article's address from the browser's address bar ${leave}.`;
  }
  if (/^http:\/\//i.test(link)) {
    return `The link must start with https:// (this one is http://, which the pane does not open): use the https address ${leave}.`;
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(link) && /^[^/]+\.[a-z]{2,}(\/|$)/i.test(link)) {
    return `The link must start with https://: type https://${link} ${leave}.`;
  }
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return `The link must start with https:// and be a web address ${leave}.`;
  }
  if (url.protocol !== "https:" || url.hostname === "") {
    return `The link must start with https:// ${leave}.`;
  }
  return undefined;
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
