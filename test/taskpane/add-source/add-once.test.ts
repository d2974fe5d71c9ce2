/** @jest-environment jsdom */
/**
 * Add source while the workbook is still being written: a second click must not keep the same
 * article twice (it is not among the kept sources until the write ends).
 */
import fs from "fs";
import path from "path";
import { TextEncoder } from "util";
import { rawDataset } from "../../../src/data/dataset";
import { createCheckingCatalogStore } from "../../../src/domain/catalog/checking-store";
import type { SourceDocument } from "../../../src/data/schema";
import { knownRounds } from "../../../src/sources/known-rounds";
import type { SourceEntry } from "../../../src/sources/sources-file";
import { toSourceDocument } from "../../../src/sources/to-source-document";
import { setUpAddSource } from "../../../src/taskpane/add-source/add-source-view";
import { dealReader } from "../../../src/taskpane/add-source/deal-reader";
import type {
  KeepOutcome,
  SourceKeeper,
} from "../../../src/taskpane/workbook-sources/source-keeper";
import { byTestId } from "../open-pane";

Object.assign(globalThis, { TextEncoder });

const root = path.join(__dirname, "../../..");
const html = fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");
const LUMEN = fs.readFileSync(path.join(root, "test/fixtures/articles/lumen-robotics.txt"), "utf8");

it("keeps the article once when Add is clicked again during the write, and leaves the next one", async () => {
  document.body.replaceWith(
    document.importNode(new DOMParser().parseFromString(html, "text/html").body, true),
  );
  const store = createCheckingCatalogStore(rawDataset);
  const writes: SourceEntry<SourceDocument>[][] = [];
  let finish: (outcome: KeepOutcome) => void = () => undefined;
  const keeper: SourceKeeper<SourceDocument> = {
    where: "workbook",
    entries: () => [],
    add(entries) {
      writes.push([...entries]);
      return new Promise((resolve) => (finish = resolve));
    },
    remove: async () => ({ ok: true }),
  };
  setUpAddSource<SourceDocument>({
    reader: () => dealReader,
    whenReader: async () => dealReader,
    known: () => knownRounds(store.current()),
    companyNames: () => [],
    toSource(article, rounds) {
      const built = toSourceDocument(article, rounds, () => undefined);
      if (!built.ok) return built;
      return { ok: true, value: { id: built.value.id, addedAt: "now", document: built.value } };
    },
    keeper: () => keeper,
  });
  const fill = (id: string, value: string) => ((byTestId(id) as HTMLInputElement).value = value);
  fill("article-text", LUMEN);
  fill("article-headline", "Lumen raises $40 million");
  fill("article-published", "2026-11-24");
  byTestId("find-deals").click();
  const add = byTestId("add-source-button");
  add.click();
  add.click();
  expect(writes).toHaveLength(1);
  expect(add.getAttribute("aria-disabled")).toBe("true");
  // Meanwhile the analyst pastes the next article: it is not emptied when the first is kept.
  fill("article-text", "Acme AI said on Monday it raised $5 million in a Series A round.");
  fill("article-headline", "Acme raises $5 million");
  byTestId("find-deals").click();
  finish({ ok: true });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(byTestId("add-source-status").textContent).toMatch(/^Added “Lumen raises \$40 million”/);
  expect(add.hasAttribute("aria-disabled")).toBe(false);
  expect((byTestId("article-headline") as HTMLInputElement).value).toBe("Acme raises $5 million");
  expect(document.querySelectorAll('[data-testid="found-round"]')).toHaveLength(1);
});

it("runs a Find deals clicked before the deal reader has loaded once it has", async () => {
  document.body.replaceWith(
    document.importNode(new DOMParser().parseFromString(html, "text/html").body, true),
  );
  const store = createCheckingCatalogStore(rawDataset);
  let loaded: typeof dealReader | undefined;
  let release: () => void = () => undefined;
  const arrived = new Promise<typeof dealReader>((resolve) => {
    release = () => resolve((loaded = dealReader));
  });
  setUpAddSource<SourceDocument>({
    reader: () => loaded,
    whenReader: () => arrived,
    known: () => knownRounds(store.current()),
    companyNames: () => [],
    toSource: () => ({ ok: false, message: "not kept here" }),
    keeper: () => ({
      where: "session",
      entries: () => [],
      add: async () => ({ ok: true }),
      remove: async () => ({ ok: true }),
    }),
  });
  (byTestId("article-text") as HTMLTextAreaElement).value = LUMEN;
  (byTestId("article-published") as HTMLInputElement).value = "2026-11-24";
  byTestId("find-deals").click();
  expect(document.querySelectorAll('[data-testid="found-round"]')).toHaveLength(0);
  release();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(document.querySelectorAll('[data-testid="found-round"]')).toHaveLength(2);
  expect(byTestId("add-source-status").textContent).toMatch(/^Found 2 rounds\./);
});
