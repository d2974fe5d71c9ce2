/**
 * Loads the audit actions (Trace, Freeze, Restore) when first needed, as their own chunk
 * (`audit.js`, served beside `taskpane.js`; the page's script-src 'self' allows it). Importing them
 * statically would put the formula parser in the pane's start-up bundle.
 */
import type * as AuditActions from "../excel/audit/audit-actions.js";

export const loadAudit = (): Promise<typeof AuditActions> =>
  import(/* webpackChunkName: "audit" */ "../excel/audit/audit-actions.js");
