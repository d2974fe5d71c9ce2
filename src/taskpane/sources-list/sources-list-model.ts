/**
 * What the sources list shows: every source, bundled first, with its headline, date, link and
 * round count, where it is kept, and whether it can be removed; and what a removal will change.
 * Pure: built from the catalog's source summaries.
 */
import type { SourceSummary } from "../../domain/catalog/catalog-store";
import { formatDate } from "../../domain/presentation/format";
import type { AffectedCells } from "../../excel/sources/affected-cells";

export type SourceRowModel = {
  id: string;
  headline: string;
  /** "27 Nov 2026 · Reuters · 2 rounds". */
  details: string;
  /** An https link to the article, when known. */
  link?: string;
  origin: string;
  removable: boolean;
};

const ORIGIN = {
  bundled: "Bundled with the add-in",
  workbook: "Kept in this workbook",
  session: "Kept for this page session only",
} as const;

/**
 * The rows of the list, bundled sources first.
 * @example
 * sourcesListModel([{ id: "a", headline: "H", date: "2018-04-10", rounds: 3, bundled: true }], "session")[0].details
 * // "10 Apr 2018 · 3 rounds"
 */
export function sourcesListModel(
  summaries: readonly SourceSummary[],
  where: "workbook" | "session",
): SourceRowModel[] {
  const sorted = [...summaries.filter((s) => s.bundled), ...summaries.filter((s) => !s.bundled)];
  return sorted.map((summary) => ({
    id: summary.id,
    headline: summary.headline,
    details: [
      formatDate({ iso: summary.date, precision: "day" }),
      summary.publisher,
      `${summary.rounds} round${summary.rounds === 1 ? "" : "s"}`,
    ]
      .filter(Boolean)
      .join(" · "),
    ...(summary.url && /^https:\/\//.test(summary.url) ? { link: summary.url } : {}),
    origin: summary.bundled ? ORIGIN.bundled : ORIGIN[where],
    removable: !summary.bundled,
  }));
}

/**
 * What removing a source changes, for the confirmation: the cells (in Excel) or the pane's answers
 * (outside Excel) about its companies.
 * @example
 * removalNote("Lumen raises $40M", ["Lumen Robotics"], { naming: ["Sheet1!B2"], others: 0 })
 * // "Remove “Lumen raises $40M”? Answers about Lumen Robotics will change in Sheet1!B2."
 */
export function removalNote(
  headline: string,
  companies: readonly string[],
  cells: AffectedCells | undefined,
): string {
  const about = companies.length > 0 ? `Answers about ${companies.join(", ")}` : "Its answers";
  const start = `Remove “${headline}”?`;
  if (!cells) {
    return `${start} ${about} will change in previews, the formula builder and the playground.`;
  }
  const shown = cells.naming.slice(0, 12);
  const more = cells.naming.length - shown.length;
  const where =
    shown.length === 0
      ? `${about} will change; no cell's DEALS formula names ${companies.length === 1 ? "it" : "them"}.`
      : `${about} will change in ${shown.join(", ")}${more > 0 ? ` and ${more} more cells` : ""}.`;
  const others =
    cells.others > 0
      ? ` ${cells.others} other DEALS cell${cells.others === 1 ? "" : "s"} may change too (they take the name from another cell).`
      : "";
  return `${start} ${where}${others}`;
}
