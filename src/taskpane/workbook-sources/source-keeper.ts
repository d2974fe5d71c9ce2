/**
 * Where the pane keeps added sources: in the workbook when it runs in Excel (custom XML parts, so
 * they travel with the file), or for the page session in a plain browser. Either way the catalog
 * is rebuilt from the kept sources after each change, so every DEALS answer, table, card, the
 * builder and the playground use them.
 */
import {
  addWorkbookSources,
  removeWorkbookSource,
  type StoreOutcome,
} from "../../excel/sources/workbook-source-store";
import {
  STORE_SCHEMA_VERSION,
  type Seal,
  type StoredSource,
} from "../../excel/sources/source-parts";
import type { SourceEntry } from "../../sources/sources-file";

/**
 * The catalog as the keeper updates it: replace the added sources, rebuilt once. Every document a
 * keeper holds was fully checked where it came in (read from the workbook, found in an article,
 * imported), so the catalog takes them without checking them again.
 */
export type AddedSourcesSink<D> = { setCheckedSources: (documents: readonly D[]) => unknown };

export type KeepOutcome = StoreOutcome;

export type SourceKeeper<D> = {
  /** "workbook" in Excel; "session" in a plain browser (kept until the page closes). */
  readonly where: "workbook" | "session";
  /** The added sources, in the order they were added. */
  entries(): readonly SourceEntry<D>[];
  /** Keeps these sources (an added article, or an import) and updates the catalog. */
  add(entries: readonly SourceEntry<D>[]): Promise<KeepOutcome>;
  /** Removes one added source and updates the catalog. */
  remove(id: string): Promise<KeepOutcome>;
};

/**
 * A keeper over the sources loaded from the workbook; it writes each with `seal` (its documents
 * are checked), so the workbook opens without checking them again.
 */
export function workbookKeeper<D>(
  loaded: readonly StoredSource<D>[],
  catalog: AddedSourcesSink<D>,
  seal?: Seal<D>,
): SourceKeeper<D> {
  let stored = [...loaded];
  const publish = () => catalog.setCheckedSources(stored.map((s) => s.document));
  return {
    where: "workbook",
    entries: () => stored,
    async add(entries) {
      const versioned = entries.map((e) => ({ ...e, schemaVersion: STORE_SCHEMA_VERSION }));
      const { outcome } = await addWorkbookSources(
        versioned,
        (saved) => {
          stored = [...stored, ...saved];
          publish();
        },
        seal,
      );
      return outcome;
    },
    async remove(id) {
      const source = stored.find((s) => s.id === id);
      if (!source) return { ok: false, message: "That source is not in this workbook any more." };
      return removeWorkbookSource(source, () => {
        stored = stored.filter((s) => s.id !== id);
        publish();
      });
    },
  };
}

/** A keeper for a plain browser: the sources live as long as the page. */
export function sessionKeeper<D>(catalog: AddedSourcesSink<D>): SourceKeeper<D> {
  let kept: SourceEntry<D>[] = [];
  const publish = () => catalog.setCheckedSources(kept.map((s) => s.document));
  return {
    where: "session",
    entries: () => kept,
    async add(entries) {
      kept = [...kept, ...entries];
      publish();
      return { ok: true };
    },
    async remove(id) {
      if (!kept.some((s) => s.id === id)) {
        return { ok: false, message: "That source is not kept any more." };
      }
      kept = kept.filter((s) => s.id !== id);
      publish();
      return { ok: true };
    },
  };
}
