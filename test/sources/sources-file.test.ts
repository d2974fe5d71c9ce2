import { rawDataset } from "../../src/data/dataset";
import { createCheckingCatalogStore } from "../../src/domain/catalog/checking-store";
import { validateDocument } from "../../src/sources/validate-document";
import { syntheticSources } from "../../bench/sources-corpus";
import {
  importReport,
  readSourcesFile,
  sourcesFileName,
  sourcesFileText,
  type SourceEntry,
  type ValidateDocument,
} from "../../src/sources/sources-file";

type Doc = { id: string; headline: string; text: string };

const validate: ValidateDocument<Doc> = (raw) =>
  typeof raw === "object" &&
  raw !== null &&
  "id" in raw &&
  typeof raw.id === "string" &&
  "headline" in raw &&
  typeof raw.headline === "string" &&
  "text" in raw &&
  typeof raw.text === "string" &&
  raw.text.length > 0
    ? { ok: true, value: { id: raw.id, headline: raw.headline, text: raw.text } }
    : { ok: false, issues: ["text: expected an article text"] };

const entry = (
  id: string,
  headline = `Story ${id}`,
  text = `Text of ${id}.`,
): SourceEntry<Doc> => ({
  id,
  addedAt: "2026-11-28T01:00:00Z",
  document: { id, headline, text },
});

describe("sourcesFileText / readSourcesFile", () => {
  it("round-trips the sources it exports", () => {
    const text = sourcesFileText([entry("a"), entry("b")], "2026-11-28T02:00:00Z");
    const result = readSourcesFile(text, [], validate);
    expect(result).toEqual({
      ok: true,
      plan: { added: [entry("a"), entry("b")], skipped: [], quarantined: [] },
    });
  });

  it("exports a source the catalog holds as it was checked, without the catalog's marks", () => {
    const checked = validateDocument(syntheticSources(1)[0]);
    if (!checked.ok) throw new Error(checked.issues[0]);
    const before = JSON.stringify(checked.value);
    const store = createCheckingCatalogStore(rawDataset);
    store.setCheckedSources([checked.value]);
    // The catalog marks a record's facts once its entity is asked for: ask for every one.
    const catalog = store.current();
    const rounds = [...catalog.roundsByCompany.values()].flat();
    expect(rounds.filter((r) => r.amount.source.id === checked.value.id)).not.toEqual([]);
    expect(catalog.investors.all.length).toBeGreaterThan(0);
    const text = sourcesFileText([{ id: "s", addedAt: "x", document: checked.value }], "now");
    const exported = (JSON.parse(text) as { sources: { document: unknown }[] }).sources[0];
    expect(JSON.stringify(exported?.document)).toBe(before);
  });

  it("skips sources already present by id or by the same headline and text", () => {
    const text = sourcesFileText(
      [entry("a"), entry("copy", "Story b", "Text of b."), entry("c")],
      "2026-11-28T02:00:00Z",
    );
    const result = readSourcesFile(text, [entry("a"), entry("b")], validate);
    expect(result.ok && result.plan.added.map((e) => e.id)).toEqual(["c"]);
    expect(result.ok && result.plan.skipped).toEqual([
      { id: "a", reason: "already added" },
      { id: "copy", reason: "already added" },
    ]);
  });

  it("goes by the document's id when a hand-edited file gives the entry another one", () => {
    const file = JSON.parse(sourcesFileText([entry("a"), entry("b")], "now"));
    file.sources[0].id = "renamed";
    file.sources[1].id = "a";
    const result = readSourcesFile(JSON.stringify(file), [entry("a")], validate);
    expect(result.ok && result.plan.added).toEqual([entry("b")]);
    expect(result.ok && result.plan.skipped).toEqual([{ id: "a", reason: "already added" }]);
  });

  it("quarantines a source that fails its checks and adds the others", () => {
    const file = JSON.parse(sourcesFileText([entry("a"), entry("b")], "now"));
    file.sources[1].document.text = "";
    const result = readSourcesFile(JSON.stringify(file), [], validate);
    expect(result.ok && result.plan).toEqual({
      added: [entry("a")],
      skipped: [],
      quarantined: [{ id: "b", reason: "text: expected an article text" }],
    });
  });

  it.each([
    ["corrupt JSON", '{"format":"ai-deals-sources",', /not valid JSON/],
    ["another JSON file", '{"name":"package","version":"1.0.0"}', /not an AI Deals sources file/],
    ["a JSON array", "[]", /not an AI Deals sources file/],
    [
      "a newer format",
      '{"format":"ai-deals-sources","schemaVersion":2,"sources":[]}',
      /newer version of the add-in \(format 2; this one reads 1\)/,
    ],
    [
      "a damaged list",
      '{"format":"ai-deals-sources","schemaVersion":1,"sources":{"a":1}}',
      /list of sources is damaged/,
    ],
  ])("refuses %s with the reason, importing nothing", (_, text, reason) => {
    const result = readSourcesFile(text, [entry("a")], validate);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    expect(result.ok ? "" : result.reason).toMatch(/nothing was imported\.$/);
  });
});

describe("importReport", () => {
  it("says what was added, skipped and quarantined", () => {
    const plan = {
      added: [entry("a", "Acme raises $5M")],
      skipped: [{ id: "b", reason: "already added" }],
      quarantined: [{ id: "c", reason: "text: expected an article text" }],
    };
    expect(importReport(plan, (d) => d.headline)).toBe(
      "Imported 1 source: Acme raises $5M. Skipped 1 source already in this workbook. Quarantined c (not imported): text: expected an article text.",
    );
    expect(importReport(plan, (d) => d.headline, "session")).toMatch(
      /Skipped 1 source already kept for this page session\./,
    );
  });
});

describe("importReport of a file of hundreds of sources", () => {
  it("names the first ten imported and quarantined, and counts the rest", () => {
    const plan = {
      added: Array.from({ length: 500 }, (_, i) => entry(`a${i}`, `Round-up ${i + 1}`)),
      skipped: [],
      quarantined: Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, reason: "bad" })),
    };
    const report = importReport(plan, (d) => d.headline);
    expect(report).toMatch(
      /^Imported 500 sources: Round-up 1; Round-up 2; .*; Round-up 10; and 490 more\. /,
    );
    expect(report).toMatch(
      /Quarantined q9 \(not imported\): bad\. Quarantined 2 more sources \(not imported\)\.$/,
    );
    expect(report).not.toContain("Round-up 11");
  });
});

describe("sourcesFileName", () => {
  it("names the file after the day", () => {
    expect(sourcesFileName("2026-11-28T02:00:00Z")).toBe("ai-deals-sources-2026-11-28.json");
  });
});
