/**
 * The sources file: the workbook's added sources as one JSON file, to move them to another
 * workbook. Reading one is all-or-nothing at the file level (not JSON, not a sources file, or a
 * newer format: refused with the reason, nothing changes) and per source below it (a source that
 * fails its checks is quarantined, one already present is skipped, the rest are added).
 */
import * as z from "zod/mini";

/** What marks a JSON file as ours. */
export const SOURCES_FILE_FORMAT = "ai-deals-sources";

/** The version of the file format written now; files of a later version are refused. */
export const SOURCES_FILE_VERSION = 1;

/** One source in a file or in the workbook: its id, when it was added, and the source document. */
export type SourceEntry<T> = { id: string; addedAt: string; document: T };

/** A validator for a source document (the catalog's source schema). */
export type ValidateDocument<T> = (
  raw: unknown,
) => { ok: true; value: T } | { ok: false; issues: string[] };

/**
 * The seal of a fully checked document: written with the document, it names the checks it passed
 * (`rules`) and a hash of the document's stored text. A document read back with the same rules and
 * an unchanged text is taken by `trusted` (which only checks what can change without the text,
 * e.g. an id that a bundled source now has) instead of being checked again, so a workbook of many
 * sources opens without re-reading every record. Any change to the text, or new rules, and the
 * document gets the full check. `T` is exact (neither wider nor narrower): a seal for checked
 * documents seals only an entry typed as holding one.
 */
export type Seal<in out T> = { rules: string; trusted: ValidateDocument<T> };

/** What an import would do, source by source. */
export type ImportPlan<T> = {
  added: SourceEntry<T>[];
  skipped: { id: string; reason: string }[];
  quarantined: { id: string; reason: string }[];
};

export type ImportResult<T> = { ok: true; plan: ImportPlan<T> } | { ok: false; reason: string };

const fileHeader = z.object({
  format: z.literal(SOURCES_FILE_FORMAT),
  schemaVersion: z.int().check(z.positive()),
});

const fileBody = z.object({
  sources: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      addedAt: z.string().check(z.minLength(1)),
      document: z.unknown(),
    }),
  ),
});

/**
 * The file's text for these sources (pretty-printed, stable key order as given), without the
 * marks the catalog adds to the documents it holds.
 * @example
 * JSON.parse(sourcesFileText([], "2026-11-28T00:00:00Z")).format // "ai-deals-sources"
 */
export function sourcesFileText<T>(sources: readonly SourceEntry<T>[], exportedAt: string): string {
  const file = {
    format: SOURCES_FILE_FORMAT,
    schemaVersion: SOURCES_FILE_VERSION,
    exportedAt,
    sources: sources.map(({ id, addedAt, document }) => ({ id, addedAt, document })),
  };
  // The catalog marks each fact of a document it holds with its source (`source`, a key no
  // document has of its own): the file keeps the documents as they were checked.
  return `${JSON.stringify(file, (key, value: unknown) => (key === "source" ? undefined : value), 2)}\n`;
}

/** A file name for an export on this day: `ai-deals-sources-2026-11-28.json`. */
export function sourcesFileName(isoDate: string): string {
  return `${SOURCES_FILE_FORMAT}-${isoDate.slice(0, 10)}.json`;
}

/**
 * Reads a sources file and plans its merge into the sources already present (by id; a source
 * whose article text and headline match one present is skipped too).
 * @example
 * readSourcesFile("{", [], validate) // { ok: false, reason: "The file is not valid JSON …" }
 */
export function readSourcesFile<T extends { id: string; headline: string; text: string }>(
  text: string,
  present: readonly SourceEntry<T>[],
  validate: ValidateDocument<T>,
): ImportResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: "The file is not valid JSON (it may be damaged): nothing was imported.",
    };
  }
  const header = fileHeader.safeParse(raw);
  if (!header.success) {
    return {
      ok: false,
      reason:
        "The file is not an AI Deals sources file (use Export sources to make one): nothing was imported.",
    };
  }
  if (header.data.schemaVersion > SOURCES_FILE_VERSION) {
    return {
      ok: false,
      reason: `The file was made by a newer version of the add-in (format ${header.data.schemaVersion}; this one reads ${SOURCES_FILE_VERSION}). Update the add-in to import it: nothing was imported.`,
    };
  }
  const body = fileBody.safeParse(raw);
  if (!body.success) {
    return { ok: false, reason: "The file's list of sources is damaged: nothing was imported." };
  }
  return { ok: true, plan: planImport(body.data.sources, present, validate) };
}

function planImport<T extends { id: string; headline: string; text: string }>(
  incoming: readonly { id: string; addedAt: string; document: unknown }[],
  present: readonly SourceEntry<T>[],
  validate: ValidateDocument<T>,
): ImportPlan<T> {
  const plan: ImportPlan<T> = { added: [], skipped: [], quarantined: [] };
  const ids = new Set(present.map((entry) => entry.id));
  const contents = new Set(present.map((entry) => contentKey(entry.document)));
  for (const entry of incoming) {
    const document = validate(entry.document);
    if (!document.ok) {
      plan.quarantined.push({ id: entry.id, reason: document.issues.slice(0, 3).join("; ") });
      continue;
    }
    // The document's own id is the source's id (the entry's is a copy a hand edit can break):
    // the catalog, the sources list and Remove all go by it.
    const { id } = document.value;
    const key = contentKey(document.value);
    if (ids.has(id) || contents.has(key)) {
      plan.skipped.push({ id, reason: "already added" });
      continue;
    }
    ids.add(id);
    contents.add(key);
    plan.added.push({ id, addedAt: entry.addedAt, document: document.value });
  }
  return plan;
}

const contentKey = (document: { headline: string; text: string }) =>
  `${document.headline}\u0000${document.text}`;

/** How many imported or quarantined sources a report names before it counts the rest. */
export const REPORT_NAMES = 10;

/**
 * The import report in words; `where` the sources are kept (the workbook, or outside Excel the
 * page session).
 * @example
 * importReport({ added: [a], skipped: [], quarantined: [] }) // "Imported 1 source: New financing lifts …."
 */
export function importReport<T>(
  plan: ImportPlan<T>,
  headlineOf: (document: T) => string,
  where: "workbook" | "session" = "workbook",
): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  // A file of hundreds of sources names the first few; the sources list shows them all.
  const listed = plan.added.slice(0, REPORT_NAMES).map((e) => headlineOf(e.document));
  const more = plan.added.length - listed.length;
  const parts = [
    plan.added.length > 0
      ? `Imported ${count(plan.added.length, "source")}: ${listed.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`
      : "Imported no source.",
  ];
  if (plan.skipped.length > 0) {
    const kept = where === "workbook" ? "in this workbook" : "kept for this page session";
    parts.push(`Skipped ${count(plan.skipped.length, "source")} already ${kept}.`);
  }
  for (const { id, reason } of plan.quarantined.slice(0, REPORT_NAMES)) {
    parts.push(`Quarantined ${id} (not imported): ${reason}.`);
  }
  const unnamed = plan.quarantined.length - REPORT_NAMES;
  if (unnamed > 0) parts.push(`Quarantined ${count(unnamed, "more source")} (not imported).`);
  return parts.join(" ");
}
