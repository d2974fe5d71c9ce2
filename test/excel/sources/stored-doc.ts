import type { StoredEntry, Validate } from "../../../src/excel/sources/source-parts";

/** A small stand-in for a source document in the store's tests. */
export type Doc = { headline: string; text: string };

/** Accepts a `Doc`, and names the first field that is not one. */
export const validate: Validate<Doc> = (raw) =>
  typeof raw === "object" &&
  raw !== null &&
  "headline" in raw &&
  typeof raw.headline === "string" &&
  "text" in raw &&
  typeof raw.text === "string"
    ? { ok: true, value: { headline: raw.headline, text: raw.text } }
    : { ok: false, issues: ["headline: expected a string"] };

/** A stored entry of format 1 holding a `Doc`. */
export const entry = (id: string, text = "Acme raised $5 million.", headline = `Story ${id}`) =>
  ({
    schemaVersion: 1,
    id,
    addedAt: "2026-11-28T01:00:00Z",
    document: { headline, text },
  }) satisfies StoredEntry<Doc>;
