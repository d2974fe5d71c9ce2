/**
 * The Trace section: follows the selection in Excel and shows the fact behind the selected cell.
 * The handler is registered once per pane load (Excel does not keep it with the file) on the
 * workbook's worksheet collection, so it covers every sheet, including ones added later.
 */
import { isSetSupported } from "../../cell-values/requirements";
import type { RecordCache } from "../../excel/audit/read-trace";
import { loadValueCellRecords } from "../../excel/audit/value-cell-store";
import { currentCatalog } from "../../runtime/shared-catalog";
import { loadAudit } from "../audit-loader";
import { byId } from "../dom";
import { auditErrorMessage } from "../../excel/audit/audit-errors";
import { traceScheduler } from "./trace-scheduler";
import { traceView, type TraceState } from "./trace-view-model";
import { renderTrace } from "./trace-view";

/** `WorksheetCollection.onSelectionChanged` (1.9) and `getSpillParentOrNullObject` (1.12). */
export function traceSupported(): boolean {
  return isSetSupported("ExcelApi", "1.12");
}

/** Shows the outside-Excel note now; call `start` once the host is known to be Excel. */
export function setUpTrace(): { start: () => Promise<void> } {
  const output = byId("trace-output", HTMLElement);
  const show = (state: TraceState) => output.replaceChildren(renderTrace(traceView(state)));
  show({ kind: "outsideExcel" });
  return {
    async start() {
      if (!traceSupported()) {
        show({ kind: "unsupported" });
        return;
      }
      const cache: RecordCache = { records: new Map() };
      try {
        const { readTrace } = await loadAudit();
        const scheduler = traceScheduler({
          read: () => Excel.run((context) => readTrace(context, cache, currentCatalog())),
          show,
          fail: (error) => show({ kind: "error", message: auditErrorMessage(error) }),
        });
        await Excel.run(async (context) => {
          context.workbook.worksheets.onSelectionChanged.add(async () =>
            scheduler.selectionChanged(),
          );
          cache.records = await loadValueCellRecords(context);
        });
        scheduler.selectionChanged();
      } catch (error) {
        show({ kind: "error", message: auditErrorMessage(error) });
      }
    },
  };
}
