/**
 * Whether the workbook's own sources are in the catalog yet. In Excel the pane script of the same
 * page reads them at start; until it has, custom functions wait (Excel shows the cell as busy)
 * rather than answer from the bundled sources alone. The gate lives on `globalThis` because
 * functions.js and taskpane.js are separate bundles of one page.
 *
 * Without office.js (the build check, the benchmark, a bare functions.js) no pane will load
 * sources, so the gate starts open. A pane that never reports opens it after `SAFETY_OPEN_MS`, so
 * no cell waits for ever; the pane then recalculates once the sources are in.
 */

export const SOURCES_READY_KEY = "aiDealsSourcesReady";

/** How long functions wait at most for the pane to load the workbook's sources. */
export const SAFETY_OPEN_MS = 15_000;

type Gate = {
  open: boolean;
  /** True when the safety timer opened the gate before the pane did. */
  openedEarly: boolean;
  opened: Promise<void>;
  release(): void;
};

type WithGate = { [SOURCES_READY_KEY]?: Gate };

function createGate(startOpen: boolean): Gate {
  let resolve: () => void = () => undefined;
  const opened = new Promise<void>((done) => (resolve = done));
  const gate: Gate = {
    open: false,
    openedEarly: false,
    opened,
    release() {
      gate.open = true;
      resolve();
    },
  };
  if (startOpen) gate.release();
  else {
    setTimeout(() => {
      if (gate.open) return;
      gate.openedEarly = true;
      gate.release();
    }, SAFETY_OPEN_MS);
  }
  return gate;
}

/** The page's gate, created on first use: closed when office.js is on the page, else open. */
export function sourcesGate(): Gate {
  const host = globalThis as WithGate;
  const existing = host[SOURCES_READY_KEY];
  if (existing) return existing;
  const gate = createGate(typeof Office === "undefined");
  host[SOURCES_READY_KEY] = gate;
  return gate;
}

/**
 * Opens the gate once the workbook's sources are in the catalog (or could not be read).
 * @returns true when functions had already answered without them (recalculate then).
 */
export function releaseSources(): boolean {
  const gate = sourcesGate();
  const early = gate.openedEarly;
  gate.release();
  return early;
}

/**
 * Computes now when the sources are in; otherwise once they are. Excel accepts a promise from any
 * custom function and shows the cell as busy until it settles, so the declared (synchronous)
 * result types, which the functions' metadata is generated from, stay as they are.
 * @example whenSourcesReady(() => 42) // 42 once the gate is open
 */
export function whenSourcesReady<T>(compute: () => T): T {
  const gate = sourcesGate();
  if (gate.open) return compute();
  return gate.opened.then(compute) as unknown as T;
}
