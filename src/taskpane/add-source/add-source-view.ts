/**
 * The "Add a source" section: paste an article, find its deals, review them, keep the source.
 * State lives here as plain values (the article checked, the rounds under review); what is shown
 * comes from the pure review model; Excel is reached only through the keeper.
 */
import type { ExtractInput, ExtractResult } from "../../extract/types";
import { checkArticle, type Article } from "../../sources/article-input";
import { reviewModel, type KnownRounds } from "../../sources/review/review-model";
import {
  editRound,
  reviewedRound,
  startReview,
  type EditReaders,
  type ReviewedRound,
  type ReviewRound,
} from "../../sources/review/review-round";
import type { SourceEntry } from "../../sources/sources-file";
import { byId, element, showStatus } from "../dom";
import type { SourceKeeper } from "../workbook-sources/source-keeper";
import { COMPANY_LIST_ID, renderFoundRound } from "./found-rounds-view";

export type AddSourceDeps<D> = {
  findDeals(input: ExtractInput): ExtractResult;
  readers: EditReaders;
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

  const render = () => {
    const known = deps.known();
    const shown = article;
    found.replaceChildren(
      ...review.map((round, index) =>
        renderFoundRound(reviewModel(round, deps.readers, known), index, shown?.text ?? "", {
          toggle(i, ticked) {
            review = review.map((r, at) => (at === i ? { ...r, ticked } : r));
            render();
          },
          edit(i, field, value) {
            review = review.map((r, at) => (at === i ? editRound(r, field, value) : r));
            render();
          },
        }),
      ),
    );
    add.hidden = review.length === 0;
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
    const checked = checkArticle(draft());
    review = [];
    article = undefined;
    if (!checked.ok) {
      render();
      showStatus(status, checked);
      return;
    }
    article = checked.value;
    const result = deps.findDeals({
      text: checked.value.text,
      published: checked.value.published,
      ...(checked.value.headline ? { headline: checked.value.headline } : {}),
    });
    review = startReview(result.rounds);
    render();
    const count = result.rounds.length;
    showStatus(
      status,
      count === 0
        ? {
            ok: false,
            message: `No funding round found in this article, so there is nothing to add.${issuesText(result)}`,
          }
        : {
            ok: true,
            message: `Found ${count} round${count === 1 ? "" : "s"}. Check each one, untick any to leave out, correct a field if needed, then add the source.`,
          },
    );
  });

  add.addEventListener("click", async () => {
    const outcome = await keep(deps, article, headline.value.trim(), review);
    showStatus(status, outcome);
    if (outcome.ok) {
      review = [];
      article = undefined;
      for (const input of [text, headline, published, link]) input.value = "";
      render();
    }
  });

  refresh();
  return refresh;
}

function issuesText(result: ExtractResult): string {
  return result.issues.length === 0 ? "" : ` ${result.issues.map((i) => i.message).join(" ")}`;
}

/** Checks the review and keeps the source; the message says where it went. */
async function keep<D>(
  deps: AddSourceDeps<D>,
  article: Article | undefined,
  headline: string,
  review: readonly ReviewRound[],
): Promise<{ ok: boolean; message: string }> {
  if (!article) return { ok: false, message: "Find deals in an article first." };
  if (headline === "") return { ok: false, message: "Type the article's headline (Headline)." };
  const ticked = review.filter((round) => round.ticked);
  if (ticked.length === 0) return { ok: false, message: "Tick at least one round to keep." };
  const reviewed = ticked.map((round) => reviewedRound(round, deps.readers));
  const errors = reviewed.flatMap(({ errors }) => errors);
  if (errors.length > 0) {
    return { ok: false, message: `Correct the fields marked in red first: ${errors[0]?.message}` };
  }
  const source = deps.toSource(
    { ...article, headline },
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
