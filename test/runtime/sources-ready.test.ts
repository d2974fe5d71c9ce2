import {
  releaseSources,
  SAFETY_OPEN_MS,
  SOURCES_READY_KEY,
  whenSourcesReady,
} from "../../src/runtime/sources-ready";

const host = globalThis as Record<string, unknown>;

beforeEach(() => {
  delete host[SOURCES_READY_KEY];
  delete host.Office;
});
afterEach(() => {
  delete host[SOURCES_READY_KEY];
  delete host.Office;
  jest.useRealTimers();
});

describe("whenSourcesReady", () => {
  it("answers at once where no pane loads sources (no office.js)", () => {
    expect(whenSourcesReady(() => 42)).toBe(42);
  });

  it("waits in Excel until the pane has loaded the workbook's sources", async () => {
    host.Office = {};
    const calls: string[] = [];
    const pending = whenSourcesReady(() => {
      calls.push("computed");
      return 7;
    }) as unknown as Promise<number>;
    await Promise.resolve();
    expect(calls).toEqual([]);
    expect(releaseSources()).toBe(false);
    await expect(pending).resolves.toBe(7);
    expect(whenSourcesReady(() => 8)).toBe(8);
  });

  it("opens by itself if the pane never reports, and tells the pane to recalculate", async () => {
    jest.useFakeTimers();
    host.Office = {};
    const pending = whenSourcesReady(() => "bundled only") as unknown as Promise<string>;
    jest.advanceTimersByTime(SAFETY_OPEN_MS);
    await expect(pending).resolves.toBe("bundled only");
    expect(releaseSources()).toBe(true);
  });

  it("passes a function's Excel error through the wait", async () => {
    host.Office = {};
    const pending = whenSourcesReady(() => {
      throw new Error("#N/A Unknown company");
    }) as unknown as Promise<never>;
    releaseSources();
    await expect(pending).rejects.toThrow("#N/A Unknown company");
  });
});
