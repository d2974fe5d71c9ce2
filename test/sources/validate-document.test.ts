import type { CheckedSource } from "../../src/domain/catalog/catalog-store";
import { decodeParts, encodeEntry } from "../../src/excel/sources/source-parts";
import {
  addedSourceCheck,
  addedSourceSeal,
  validateDocument,
} from "../../src/sources/validate-document";
import { lumenDocument } from "../fixtures/lumen-source";

const lumen = () => lumenDocument("Lumen raises $40 million");

describe("addedSourceCheck", () => {
  it("quarantines a source that takes a bundled source's id (the catalog would drop it)", () => {
    const check = addedSourceCheck(() => new Set(["article-2018-04-10"]));
    expect(check({ ...lumen(), id: "article-2018-04-10" })).toEqual({
      ok: false,
      issues: ["article-2018-04-10: has the id of a source bundled with the add-in"],
    });
    expect(check(lumen()).ok).toBe(true);
  });

  it("still refuses a document that fails the catalog's checks", () => {
    const check = addedSourceCheck(() => new Set());
    expect(check({ ...lumen(), headline: 42 }).ok).toBe(false);
  });
});

describe("addedSourceSeal", () => {
  const stored = (document: CheckedSource) => ({
    schemaVersion: 1,
    id: "lumen",
    addedAt: "2026-11-28T00:00:00Z",
    document,
  });
  const read = (xml: string[], bundled: string[]) => {
    const ids = () => new Set(bundled);
    const refuse = () => ({ ok: false as const, issues: ["checked in full"] });
    const parts = xml.map((x, i) => ({ id: `{p${i}}`, xml: x }));
    return decodeParts(parts, refuse, addedSourceSeal(ids));
  };

  it("takes a checked source back from the workbook as it was written", () => {
    const checked = addedSourceCheck(() => new Set())(lumen());
    if (!checked.ok) throw new Error(checked.issues[0]);
    const xml = encodeEntry(
      stored(checked.value),
      addedSourceSeal(() => new Set()),
    );
    expect(read(xml, []).sources[0]?.document).toEqual(checked.value);
  });

  it("still refuses a sealed source whose id a bundled source now has", () => {
    // Checked and kept before a bundled source took its id (the add-in never keeps it after).
    const checked = validateDocument({ ...lumen(), id: "article-2018-04-10" });
    if (!checked.ok) throw new Error(checked.issues[0]);
    const xml = encodeEntry(
      stored(checked.value),
      addedSourceSeal(() => new Set()),
    );
    expect(read(xml, ["article-2018-04-10"]).quarantined[0]?.reason).toContain(
      "has the id of a source bundled with the add-in",
    );
  });
});
