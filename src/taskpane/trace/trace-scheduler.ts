/**
 * Follows the selection without flooding Excel: a burst of selection events (arrow keys held down,
 * a drag) becomes one read after the last event has been quiet for `delayMs`; every read carries a
 * sequence number, and an answer that arrives after a newer read started is dropped, so the pane
 * never shows the cell the user has already left.
 */

export type TraceScheduler = {
  /** Call on every selection event. */
  selectionChanged(): void;
  /** Stops pending work; later answers are dropped. */
  stop(): void;
};

/** Excel's own guidance gives no figure; 150–300 ms keeps up with a person and not with a key held. */
export const TRACE_DELAY_MS = 200;

/**
 * @example
 * const scheduler = traceScheduler({ read: () => Excel.run(readCell), show: render });
 * worksheets.onSelectionChanged.add(async () => scheduler.selectionChanged());
 */
export function traceScheduler<T>(options: {
  read: () => Promise<T>;
  show: (answer: T) => void;
  fail: (error: unknown) => void;
  delayMs?: number;
}): TraceScheduler {
  const { read, show, fail, delayMs = TRACE_DELAY_MS } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let stopped = false;

  const run = async () => {
    timer = undefined;
    latest += 1;
    const sequence = latest;
    try {
      const answer = await read();
      if (sequence === latest && !stopped) show(answer);
    } catch (error) {
      if (sequence === latest && !stopped) fail(error);
    }
  };

  return {
    selectionChanged() {
      if (stopped) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
