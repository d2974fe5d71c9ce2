/** @jest-environment jsdom */
/**
 * The "Add a source" section in the pane, outside Excel: what an analyst's keyboard and later
 * changes to the form do to the review and to the source kept.
 */
import fs from "fs";
import path from "path";
import { TextEncoder } from "util";
import { sharedCatalogStore } from "../../../src/runtime/shared-catalog";
import { byTestId, openPane } from "../open-pane";

const LUMEN = fs.readFileSync(
  path.join(__dirname, "../../fixtures/articles/lumen-robotics.txt"),
  "utf8",
);

// jsdom lacks TextEncoder, which the pane uses to measure the article in UTF-8 bytes.
Object.assign(globalThis, { TextEncoder });

// Each test opens a new pane; the page's catalog store outlives it.
afterEach(() => sharedCatalogStore().setCheckedSources([]));

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fill(testId: string, value: string): void {
  (byTestId(testId) as HTMLInputElement).value = value;
}

async function findLumen(): Promise<void> {
  await openPane();
  fill("article-text", LUMEN);
  fill("article-headline", "Lumen Robotics raises $40 million");
  fill("article-published", "2026-11-24");
  fill("article-link", "https://news.example/lumen");
  byTestId("find-deals").click();
}

/** Types into a review field and leaves it for `next`, as Tab does: change, then focus moves. */
async function correct(id: string, value: string, next: HTMLElement | null): Promise<void> {
  const input = field(id);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event("change"));
  next?.focus();
  await settle();
}

async function addSource(): Promise<string> {
  byTestId("add-source-button").click();
  await settle();
  return byTestId("add-source-status").textContent ?? "";
}

describe("Add a source: the keyboard stays where the analyst put it", () => {
  it("keeps focus on the next field after a correction redraws the review", async () => {
    await findLumen();
    await correct("found-0-leads", "Harbor Ventures; Oak Partners", field("found-0-participants"));
    expect(document.activeElement?.id).toBe("found-0-participants");
    expect(document.activeElement?.isConnected).toBe(true);
    expect(field("found-0-leads").parentElement?.textContent).toContain("entered by analyst");
  });

  it("keeps focus in a corrected field the analyst stays in (Enter commits it)", async () => {
    await findLumen();
    await correct("found-0-amount", "$45 million", null);
    expect(document.activeElement?.id).toBe("found-0-amount");
    expect(field("found-0-amount").value).toBe("$45 million");
  });

  it("moves on to the next field when Tab left for the corrected field's own passage", async () => {
    await findLumen();
    await correct(
      "found-0-leads",
      "Oak Partners",
      document.getElementById("found-0-leads-passage"),
    );
    expect(document.activeElement?.id).toBe("found-0-participants");
  });

  it("leaves focus outside the review where it is (the analyst went on to Add source)", async () => {
    await findLumen();
    await correct("found-0-leads", "Oak Partners", byTestId("add-source-button"));
    expect(document.activeElement).toBe(byTestId("add-source-button"));
  });

  it("keeps the passages the analyst opened open after a correction", async () => {
    await findLumen();
    document.getElementById("found-0-amount-passage")?.click();
    await correct("found-0-leads", "Oak Partners", field("found-0-participants"));
    const button = document.getElementById("found-0-amount-passage");
    expect(button?.getAttribute("aria-expanded")).toBe("true");
    expect(document.getElementById("found-0-amount-passage-text")?.hidden).toBe(false);
    expect(document.activeElement?.id).toBe("found-0-participants");
  });

  it("keeps focus on a round's Keep box after unticking it", async () => {
    await findLumen();
    const keep = field("found-1-keep");
    keep.focus();
    keep.click();
    await settle();
    expect(document.activeElement?.id).toBe("found-1-keep");
    expect(field("found-1-keep").checked).toBe(false);
  });
});

describe("Add a source: a correction that cannot be read is tied to its field", () => {
  it("marks the field invalid and gives it what to type as its description", async () => {
    await findLumen();
    await correct("found-0-amount", "abc", null);
    const amount = field("found-0-amount");
    expect(amount.getAttribute("aria-invalid")).toBe("true");
    const described = (amount.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([
      "entered by analyst",
      'Type an amount above zero such as "USD 5,000,000", "$5 million" or "€20mn", or leave it empty.',
    ]);
    expect(await addSource()).toBe(
      'Correct the fields marked in red first (round 1, Amount): Type an amount above zero such as "USD 5,000,000", "$5 million" or "€20mn", or leave it empty.',
    );
  });

  it("refuses an announced date after the article's publication in the review", async () => {
    await findLumen();
    await correct("found-0-announced", "2062-11-23", null);
    expect(field("found-0-announced").parentElement?.textContent).toContain(
      "This date is after the article was published (2026-11-24): check the year, or leave it empty.",
    );
  });
});

describe("Add a source: the form as it is when Add source is pressed", () => {
  it("says the publication day it read, as the date input's order follows the locale", async () => {
    await findLumen();
    expect(byTestId("add-source-status").textContent).toMatch(
      /Dates such as “on Monday” are read from Published: 24 Nov 2026\.$/,
    );
  });

  it("says what it noticed about a round it found, such as an amount not given as a figure", async () => {
    await openPane();
    fill(
      "article-text",
      "Acme AI raised tens of millions of dollars in a Series A round on Monday.",
    );
    fill("article-published", "2024-03-05");
    byTestId("find-deals").click();
    expect(byTestId("add-source-status").textContent).toMatch(
      /^Found 1 round\..* The amount is not stated as a figure \("tens of millions of dollars"\), so the round has no amount\.$/,
    );
  });

  it("puts the keyboard back in the emptied form once the source is kept", async () => {
    await findLumen();
    byTestId("add-source-button").focus();
    expect(await addSource()).toMatch(/^Kept/);
    expect(byTestId("add-source-button").hidden).toBe(true);
    expect(document.activeElement).toBe(byTestId("article-text"));
  });

  it("keeps the link and headline typed after Find deals", async () => {
    await findLumen();
    fill("article-link", "https://news.example/lumen-corrected");
    fill("article-headline", "Lumen Robotics raises $40 million in Series B");
    field("found-1-keep").click();
    await settle();
    expect(await addSource()).toMatch(/^Kept “Lumen Robotics raises \$40 million in Series B”/);
    const added = document.querySelectorAll('[data-testid="source-item"]')[1];
    expect(added?.querySelector("a")?.getAttribute("href")).toBe(
      "https://news.example/lumen-corrected",
    );
  });

  it("keeps ticks and corrections when the same article is read again with another date", async () => {
    await findLumen();
    await correct("found-0-amount", "$45 million", null);
    field("found-1-keep").click();
    await settle();
    fill("article-published", "2026-11-25");
    byTestId("find-deals").click();
    expect(field("found-0-amount").value).toBe("$45 million");
    expect(field("found-0-amount").parentElement?.textContent).toContain("entered by analyst");
    expect(field("found-1-keep").checked).toBe(false);
    expect(byTestId("add-source-status").textContent).toMatch(
      /Your ticks and corrections of 2 rounds are kept\.$/,
    );
    // Another article starts afresh.
    fill("article-text", `${LUMEN}\nThe company was founded in 2019.`);
    byTestId("find-deals").click();
    expect(field("found-0-amount").value).toBe("USD 40,000,000");
    expect(field("found-1-keep").checked).toBe(true);
  });

  it("leaves the review as it was when Find deals cannot read the form", async () => {
    await findLumen();
    await correct("found-0-amount", "$45 million", null);
    fill("article-link", "www.example.com");
    byTestId("find-deals").click();
    expect(byTestId("add-source-status").textContent).toMatch(/^The link must start with/);
    expect(field("found-0-amount").value).toBe("$45 million");
  });

  it("asks for Find deals again when the text or date changed, and keeps nothing", async () => {
    await findLumen();
    const sources = () => document.querySelectorAll('[data-testid="source-item"]').length;
    const before = sources();
    fill("article-text", `${LUMEN}\nUpdated: the round also included Oak Partners.`);
    expect(await addSource()).toBe(
      "Article text changed since Find deals: press Find deals again to review the rounds in the article as it is now.",
    );
    fill("article-text", LUMEN);
    fill("article-published", "2026-11-25");
    expect(await addSource()).toMatch(/^Published changed since Find deals/);
    fill("article-published", "2026-11-24");
    fill("article-link", "www.example.com");
    expect(await addSource()).toBe(
      "The link must start with https://: type https://www.example.com (or leave Link empty).",
    );
    expect(sources()).toBe(before);
  });
});

describe("Add a source: a round reported as news without a date", () => {
  it("shows the publication month as its date, says why, and keeps it when added", async () => {
    await openPane();
    fill(
      "article-text",
      "Acme Robotics has raised $25 million in a Series A round led by Sequoia Capital, the company said.",
    );
    fill("article-headline", "Acme Robotics raises $25 million");
    fill("article-published", "2026-11-20");
    byTestId("find-deals").click();
    await settle();
    expect(field("found-0-announced").value).toBe("2026-11");
    expect(field("found-0-announced").parentElement?.textContent).toContain(
      "inferred: The article reports the round as news and gives no date",
    );
    expect(await addSource()).toMatch(/^Kept “Acme Robotics raises \$25 million” with 1 round/);
    const [round] = sharedCatalogStore().current().roundsByCompany.get("acme-robotics") ?? [];
    expect(round?.announced).toMatchObject({ iso: "2026-11", precision: "month" });
  });
});
