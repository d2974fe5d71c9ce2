/**
 * Everything Trace, Freeze and Restore run in Excel, as one module the pane loads on first use
 * (`src/taskpane/audit-loader.ts`):
 * formula reading (fast-formula-parser and its parser toolkit, most of this code's weight) then
 * stays out of the pane's start-up bundle, which every analyst downloads whether they audit or not.
 */
export { readTrace, type RecordCache } from "./read-trace";
export { describePlan, runFreeze, runPrepareFreeze } from "./freeze-formulas";
export { runRestore } from "./restore-formulas";
