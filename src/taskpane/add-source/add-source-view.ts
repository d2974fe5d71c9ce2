/**
 * The "Add a source" section: paste an article, find its deals, review them, keep the source.
 * State lives here as plain values (the article checked, the rounds under review); what is shown
 * comes from the pure review model; Excel is reached only through the keeper.
 */
import type { ExtractResult } from "../../extract/types";
import { checkArticle, type Article, type ArticleDraft } from "../../sources/article-input";
import { FIELD_LABELS, reviewModel, type KnownRounds } from "../../sources/review/review-model";
import {
  editRound,
  startReview,
  type EditReaders,
  type ReviewedRound,
  type ReviewRound,
} from "../../sources/review/review-round";
import { reviewedRound } from "../../sources/review/reviewed-round";
import type { SourceEntry } from "../../sources/sources-file";
import { formatDate } from "../../domain/presentation/format";
import { byId, element, showStatus } from "../dom";
import type { SourceKeeper } from "../workbook-sources/source-keeper";
import { COMPANY_LIST_ID, renderFoundRound } from "./found-rounds-view";
import type { DealReader } from "./load-deal-reader";

/** When the reader's chunk cannot be fetched (the server went away): what to do. */
const READER_FAILED =
  "The deal reader could not be loaded from the add-in's server. Reload the pane and try again.";

/** Reads nothing: stands in for the readers before the reader is loaded (no review exists then). */
const NO_READERS: EditReaders = {
  money: () => undefined,
  series: () => undefined,
  date: () => undefined,
};

export type AddSourceDeps<D> = {
  /** The extractor and the readers of corrections, once loaded (a chunk of its own). */
  reader(): DealReader | undefined;
  /** Resolves when the reader is loaded. */
  whenReader(): Promise<DealReader>;
  /** What the catalog holds now, for merges and duplicates. */
  known(): KnownRounds;
  companyNames(): string[];
  /** The source document for the reviewed rounds, or why it cannot be made. */
  toSource(
    article: Article & { headline: string },
    rounds: readonly ReviewedRound[],
  ): { ok: true; value: SourceEntry<D> } | { ok: false; message: string };
  keeper(): SourceKeeper<D>;
};

/** The Add button's name: it begins with "Add source" and says where the source goes. */
export function addButtonLabel(where: "workbook" | "session"): string {
  return where === "workbook" ? "Add source to this workbook" : "Add source for this session";
}

/** The readers of corrections, or none before the deal reader has loaded. */
const readersOf = <D>(deps: AddSourceDeps<D>): EditReaders => deps.reader()?.readers ?? NO_READERS;

/** Wires the section; returns a refresh to call when the catalog or the host changes. */
export function setUpAddSource<D>(deps: AddSourceDeps<D>): () => void {
  const text = byId("article-text", HTMLTextAreaElement);
  const headline = byId("article-headline", HTMLInputElement);
  const published = byId("article-published", HTMLInputElement);
  const link = byId("article-link", HTMLInputElement);
  const find = byId("find-deals", HTMLButtonElement);
  const add = byId("add-source", HTMLButtonElement);
  const found = byId("found-rounds", HTMLElement);
  const status = byId("add-source-status", HTMLElement);
  const companies = byId(COMPANY_LIST_ID, HTMLDataListElement);

  let article: Article | undefined;
  let review: ReviewRound[] = [];

  const draft = () => ({
    text: text.value,
    headline: headline.value,
    published: published.value,
    link: link.value,
  });

  /**
   * Redraws the review, keeping the keyboard where it was: the control that had focus (found by
   * its id in the new review), else `fallback` (the field just edited).
   */
  const render = (fallback?: string) => {
    const known = deps.known();
    const shown = article;
    const focused = document.activeElement;
    // Focus elsewhere in the pane (the Add button, another section) stays there.
    const elsewhere = focused !== null && focused !== document.body && !found.contains(focused);
    const focusedId = focused instanceof HTMLElement && !elsewhere ? focused.id : "";
    // Passages the analyst opened stay open (one a correction removed is gone with it).
    const opened = [...found.querySelectorAll('button[aria-expanded="true"]')].map((b) => b.id);
    found.replaceChildren(
      ...review.map((round, index) =>
        renderFoundRound(
          reviewModel(round, readersOf(deps), known, shown?.published),
          index,
          shown?.text ?? "",
          {
            toggle(i, ticked) {
              review = review.map((r, at) => (at === i ? { ...r, ticked } : r));
              renderSoon(`found-${i}-keep`);
            },
            edit(i, field, value, unedited) {
              review = review.map((r, at) => (at === i ? editRound(r, field, value, unedited) : r));
              renderSoon(`found-${i}-${field}`);
            },
          },
        ),
      ),
    );
    add.hidden = review.length === 0;
    for (const id of opened) document.getElementById(id)?.click();
    const target = elsewhere ? undefined : focusAfterRedraw(found, focusedId, fallback);
    target?.focus();
  };

  /**
   * A correction is drawn once the keyboard has moved on: a field's change event fires as Tab
   * leaves it, before focus reaches the next control, and redrawing then would drop the focus.
   */
  let pending: ReturnType<typeof setTimeout> | undefined;
  const renderSoon = (fallback: string) => {
    clearTimeout(pending);
    pending = setTimeout(() => render(fallback), 0);
  };

  const refresh = () => {
    add.textContent = addButtonLabel(deps.keeper().where);
    companies.replaceChildren(
      ...deps.companyNames().map((name) => {
        const option = element("option");
        option.value = name;
        return option;
      }),
    );
    render();
  };

  find.addEventListener("click", () => {
    const reader = deps.reader();
    // The reader loads once the pane has drawn; a click before that runs when it is there.
    if (!reader) {
      deps.whenReader().then(
        () => find.click(),
        () => showStatus(status, { ok: false, message: READER_FAILED }),
      );
      return;
    }
    const checked = checkArticle(draft());
    // A form that cannot be read leaves the review as it was: nothing the analyst did is lost.
    if (!checked.ok) {
      showStatus(status, checked);
      return;
    }
    // The same text read again (a corrected date) keeps the analyst's ticks and corrections.
    const again = article?.text === checked.value.text ? review : [];
    article = checked.value;
    const result = reader.findDeals({
      text: checked.value.text,
      published: checked.value.published,
      ...(checked.value.headline ? { headline: checked.value.headline } : {}),
    });
    review = startReview(result.rounds, again);
    render();
    const count = result.rounds.length;
    const kept = review.filter((r) => !r.ticked || Object.keys(r.edits).length > 0).length;
    showStatus(
      status,
      count === 0
        ? {
            ok: false,
            message: `No funding round found in this article, so there is nothing to add.${issuesText(result)}`,
          }
        : {
            ok: true,
            // The date input follows the browser's locale (10/04 may be 4 October): say the day.
            message: `Found ${count} round${count === 1 ? "" : "s"}. Check each one, untick any to leave out, correct a field if needed, then add the source. Dates such as “on Monday” are read from Published: ${formatDate({ iso: checked.value.published, precision: "day" })}.${kept > 0 ? ` Your ticks and corrections of ${kept} round${kept === 1 ? "" : "s"} are kept.` : ""}${issuesText(result)}`,
          },
    );
  });

  add.addEventListener("click", async () => {
    // One write at a time: a second click while the workbook is being written would keep the
    // same article twice (it is not among the kept sources until the write ends).
    if (add.getAttribute("aria-disabled") === "true") return;
    add.setAttribute("aria-disabled", "true");
    const adding = article;
    const outcome = await keep(deps, asSearched(article, draft()), review).finally(() =>
      add.removeAttribute("aria-disabled"),
    );
    showStatus(status, outcome);
    // The form is emptied only if it still holds the article kept (not one pasted meanwhile).
    if (outcome.ok && article === adding) {
      review = [];
      article = undefined;
      for (const input of [text, headline, published, link]) input.value = "";
      render();
      // The Add button is hidden with the review: the keyboard goes back to the empty form.
      text.focus();
    }
  });

  refresh();
  return refresh;
}

/**
 * Where the keyboard goes after the review is redrawn: the control that had focus (by id), else,
 * when that was the corrected field's own "Show passage" (gone: a correction has no passage), the
 * control after the field, else the corrected field itself.
 */
function focusAfterRedraw(
  found: HTMLElement,
  focusedId: string,
  edited: string | undefined,
): HTMLElement | undefined {
  const inReview = (id: string) => {
    const node = id === "" ? null : document.getElementById(id);
    return node instanceof HTMLElement && found.contains(node) ? node : undefined;
  };
  const same = inReview(focusedId);
  if (same || edited === undefined) return same;
  const field = inReview(edited);
  if (!field || focusedId !== `${edited}-passage`) return field;
  const controls = [...found.querySelectorAll<HTMLElement>("input, button")];
  return controls[controls.indexOf(field) + 1] ?? field;
}

/**
 * The article to keep: the one the rounds were found in, with the headline and link as the form
 * shows them now (they may be typed or corrected after Find deals). A text or date changed since
 * then would not match the rounds under review, so it asks for Find deals again.
 */
function asSearched(
  searched: Article | undefined,
  form: ArticleDraft,
): { ok: true; value: Article } | { ok: false; message: string } {
  if (!searched) return { ok: false, message: "Find deals in an article first." };
  const checked = checkArticle(form);
  if (!checked.ok) return checked;
  const { text, published } = checked.value;
  if (text !== searched.text || published !== searched.published) {
    const what = text !== searched.text ? "Article text" : "Published";
    return {
      ok: false,
      message: `${what} changed since Find deals: press Find deals again to review the rounds in the article as it is now.`,
    };
  }
  return checked;
}

function issuesText(result: ExtractResult): string {
  return result.issues.length === 0 ? "" : ` ${result.issues.map((i) => i.message).join(" ")}`;
}

/** Checks the review and keeps the source; the message says where it went. */
async function keep<D>(
  deps: AddSourceDeps<D>,
  checked: ReturnType<typeof asSearched>,
  review: readonly ReviewRound[],
): Promise<{ ok: boolean; message: string }> {
  if (!checked.ok) return checked;
  const article = checked.value;
  const { headline } = article;
  if (headline === "") return { ok: false, message: "Type the article's headline (Headline)." };
  const ticked = review.flatMap((round, index) => (round.ticked ? [{ round, index }] : []));
  if (ticked.length === 0) return { ok: false, message: "Tick at least one round to keep." };
  const reviewed = ticked.map(({ round, index }) => ({
    index,
    ...reviewedRound(round, readersOf(deps), article.published),
  }));
  const wrong = reviewed.find(({ errors }) => errors.length > 0);
  const error = wrong?.errors[0];
  if (wrong && error) {
    return {
      ok: false,
      message: `Correct the fields marked in red first (round ${wrong.index + 1}, ${FIELD_LABELS[error.field]}): ${error.message}`,
    };
  }
  const source = deps.toSource(
    article,
    reviewed.map((r) => r.round),
  );
  if (!source.ok) return source;
  const keeper = deps.keeper();
  const outcome = await keeper.add([source.value]);
  if (!outcome.ok) return outcome;
  const rounds = `${ticked.length} round${ticked.length === 1 ? "" : "s"}`;
  const where =
    keeper.where === "workbook"
      ? `Added “${headline}” with ${rounds} to this workbook: DEALS formulas now answer from it.`
      : `Kept “${headline}” with ${rounds} for this page session only (not running in Excel): previews, the formula builder and the playground answer from it until the page is closed or reloaded.`;
  return { ok: true, message: outcome.note ? `${where} ${outcome.note}` : where };
}
