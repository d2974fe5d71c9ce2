/**
 * The workbook's own sources, kept in custom XML parts (ExcelApi 1.5), one set of parts per source
 * (see `source-parts.ts` for the format). Every `Excel.run` of the source store lives here.
 *
 * Reads and writes go in batches of at most `PARTS_PER_SYNC` parts, so no request or response
 * comes near Excel on the web's 5 MB payload limit. A batch is not a transaction (Excel stops at
 * the first failing operation), so a source's head part is written last and deleted first: a
 * failed write leaves either the whole source or none of it.
 */
import { excelErrorMessage } from "../../taskpane/excel-errors";
import { syncBatches } from "./payload-size";
import { prepareDocumentHash } from "./document-hash";
import {
  decodeParts,
  encodeEntry,
  SOURCES_NAMESPACE,
  type DecodedSources,
  type Seal,
  type StoredEntry,
  type StoredPart,
  type StoredSource,
  type Validate,
} from "./source-parts";

/**
 * What a store action did, for the pane's status line. `note` says when the change was kept but
 * Excel did not recalculate.
 */
export type StoreOutcome = { ok: true; note?: string } | { ok: false; message: string };

const RECALC_NOTE =
  "Excel did not recalculate: press Ctrl+Alt+F9 so that cells using DEALS functions update.";

/**
 * Called once the workbook holds the change, inside the same `Excel.run`: the caller updates the
 * catalog there, so the full recalculation queued right after sees the new data.
 */
export type OnCommitted = () => void;

/**
 * Reads every stored source; a part that cannot be used is quarantined, never thrown. A document
 * sealed by `seal`'s rules and unchanged since is taken by `seal.trusted`, the others by `validate`.
 */
export async function readSources<T>(
  context: Excel.RequestContext,
  validate: Validate<T>,
  seal?: Seal<T>,
): Promise<DecodedSources<T>> {
  // Seals are checked with the faster hash if it is ready by the time Excel has read (it is
  // prepared meanwhile), else with js-xxhash: the sources never wait on the hash's download.
  void prepareDocumentHash();
  return decodeParts(await readPartsXml(context, SOURCES_NAMESPACE), validate, seal);
}

/**
 * The XML of every custom XML part in `namespace`: one sync to list them, then one per batch of
 * parts, so that no response passes Excel on the web's 5 MB limit.
 */
export async function readPartsXml(
  context: Excel.RequestContext,
  namespace: string,
): Promise<StoredPart[]> {
  const collection = context.workbook.customXmlParts.getByNamespace(namespace);
  collection.load("items/id");
  await context.sync();
  const stored = collection.items.slice();
  const parts: StoredPart[] = [];
  for (const batch of syncBatches(stored)) {
    const xml = batch.map((part) => part.getXml());
    // One sync per batch on purpose: a single sync for every part could pass the 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    batch.forEach((part, i) => parts.push({ id: part.id, xml: xml[i]?.value ?? "" }));
  }
  return parts;
}

/**
 * Writes a source: its tail pieces in batches, then its head. On failure it deletes the pieces it
 * had written (best effort; any left over have no head and are ignored) and rethrows.
 * With `seal`, the entry carries the seal of its checked document (see `Seal`).
 * @returns the ids of the parts written, head first.
 */
export async function writeSource<T>(
  context: Excel.RequestContext,
  entry: StoredEntry<T>,
  seal?: Seal<T>,
): Promise<string[]> {
  const [head, ...tail] = encodeEntry(entry, seal);
  const parts = context.workbook.customXmlParts;
  const written: Excel.CustomXmlPart[] = [];
  try {
    for (const batch of [...syncBatches(tail), [head ?? ""]]) {
      const added = batch.map((xml) => parts.add(xml));
      for (const part of added) part.load("id");
      // One sync per batch on purpose (payload limit), the head alone and last (see above).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      written.push(...added);
    }
  } catch (error) {
    await deleteParts(
      context,
      written.map((part) => part.id),
    ).catch(() => undefined);
    throw error;
  }
  const ids = written.map((part) => part.id);
  return [ids[ids.length - 1] ?? "", ...ids.slice(0, -1)];
}

/** Deletes parts in the given order (head first), in one sync: deletes carry almost no payload. */
export async function deleteParts(
  context: Excel.RequestContext,
  partIds: readonly string[],
): Promise<void> {
  if (partIds.length === 0) return;
  for (const id of partIds) context.workbook.customXmlParts.getItemOrNullObject(id).delete();
  await context.sync();
}

/**
 * Asks Excel to recalculate every formula, custom functions included: F9 skips clean custom
 * functions, a full calculation re-runs them (ExcelApi 1.1). Known misses are in the README.
 */
export function requestFullRecalculation(context: Excel.RequestContext): void {
  context.workbook.application.calculate("Full");
}

/**
 * Loads the workbook's sources in one `Excel.run`; an Excel failure becomes a message. `onLoaded`
 * runs inside that run with what was read (the caller puts it in the catalog there) and says
 * whether Excel should recalculate: the request then goes in the same run, and its failure is
 * ignored (the sources are in; cells keep what they show until the next calculation).
 */
export async function loadWorkbookSources<T>(
  validate: Validate<T>,
  onLoaded: (value: DecodedSources<T>) => boolean = () => false,
  seal?: Seal<T>,
): Promise<{ ok: true; value: DecodedSources<T> } | { ok: false; message: string }> {
  try {
    const value = await Excel.run(async (context) => {
      const read = await readSources(context, validate, seal);
      if (onLoaded(read)) {
        requestFullRecalculation(context);
        await context.sync().catch(() => undefined);
      }
      return read;
    });
    return { ok: true, value };
  } catch (error) {
    return {
      ok: false,
      message: `The workbook's own sources could not be read: ${excelErrorMessage(error)}`,
    };
  }
}

/** What adding did: the sources now stored (all, or those before a failure) and the outcome. */
export type AddOutcome<T> = { saved: StoredSource<T>[]; outcome: StoreOutcome };

/**
 * Adds sources to the workbook one after the other (each whole or not at all), then hands the
 * saved ones to `onCommitted` (the catalog update) and recalculates, in one `Excel.run`. When one
 * fails, the ones before it stay saved and the message says which did not. With `seal`, each
 * entry carries the seal of its checked document.
 */
export async function addWorkbookSources<T>(
  entries: readonly StoredEntry<T>[],
  onCommitted: (saved: StoredSource<T>[]) => void,
  seal?: Seal<T>,
): Promise<AddOutcome<T>> {
  const saved: StoredSource<T>[] = [];
  let failure: unknown;
  const outcome = await storeAction("The source was not saved in the workbook", async (context) => {
    for (const entry of entries) {
      try {
        // One source at a time: its head must follow its own pieces (see writeSource).
        saved.push({ ...entry, partIds: await writeSource(context, entry, seal) });
      } catch (error) {
        if (saved.length === 0) throw error;
        failure = error;
        break;
      }
    }
    return () => onCommitted(saved);
  });
  if (failure === undefined || !outcome.ok) return { saved, outcome };
  const message = `Saved ${saved.length} of ${entries.length} sources in the workbook; the others were not saved. ${excelErrorMessage(failure)}`;
  return { saved, outcome: { ok: false, message } };
}

/** Removes a stored source (head first), then updates the catalog and recalculates. */
export async function removeWorkbookSource<T>(
  source: StoredSource<T>,
  onCommitted: OnCommitted,
): Promise<StoreOutcome> {
  return storeAction("The source was not removed from the workbook", async (context) => {
    await deleteParts(context, source.partIds);
    return onCommitted;
  });
}

/**
 * Runs a change; once the workbook holds it, updates the catalog and asks for a recalculation in
 * the same `Excel.run`. A failed change reports that nothing changed; a failed recalculation only
 * adds a note (the change is kept).
 */
async function storeAction(
  failure: string,
  change: (context: Excel.RequestContext) => Promise<OnCommitted>,
): Promise<StoreOutcome> {
  try {
    return await Excel.run(async (context): Promise<StoreOutcome> => {
      const committed = await change(context);
      committed();
      try {
        requestFullRecalculation(context);
        await context.sync();
        return { ok: true };
      } catch {
        return { ok: true, note: RECALC_NOTE };
      }
    });
  } catch (error) {
    return {
      ok: false,
      message: `${failure}; its sources are as they were. ${excelErrorMessage(error)}`,
    };
  }
}
