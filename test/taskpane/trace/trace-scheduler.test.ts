import { traceScheduler } from "../../../src/taskpane/trace/trace-scheduler";

/** A read whose answer the test releases by hand, to make answers arrive out of order. */
function deferredReads() {
  const pending: ((value: string) => void)[] = [];
  const read = jest.fn(() => new Promise<string>((resolve) => pending.push(resolve)));
  return { read, pending };
}

describe("trace: following the selection", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("reads once after a burst of selection events", async () => {
    const { read, pending } = deferredReads();
    const show = jest.fn();
    const scheduler = traceScheduler({ read, show, fail: jest.fn(), delayMs: 200 });
    for (let i = 0; i < 5; i += 1) {
      scheduler.selectionChanged();
      jest.advanceTimersByTime(100);
    }
    expect(read).not.toHaveBeenCalled();
    jest.advanceTimersByTime(100);
    expect(read).toHaveBeenCalledTimes(1);
    pending[0]("B2");
    await Promise.resolve();
    await Promise.resolve();
    expect(show).toHaveBeenCalledWith("B2");
  });

  it("drops an answer that arrives after a newer read started", async () => {
    const { read, pending } = deferredReads();
    const show = jest.fn();
    const scheduler = traceScheduler({ read, show, fail: jest.fn(), delayMs: 200 });
    scheduler.selectionChanged();
    jest.advanceTimersByTime(200);
    scheduler.selectionChanged();
    jest.advanceTimersByTime(200);
    expect(read).toHaveBeenCalledTimes(2);
    pending[1]("C3");
    pending[0]("B2");
    for (let i = 0; i < 4; i += 1) await Promise.resolve();
    expect(show.mock.calls).toEqual([["C3"]]);
  });

  it("reports a failed read, and nothing after stop", async () => {
    const fail = jest.fn();
    const show = jest.fn();
    const read = jest.fn().mockRejectedValueOnce(new Error("edit mode")).mockResolvedValue("D4");
    const scheduler = traceScheduler({ read, show, fail, delayMs: 150 });
    scheduler.selectionChanged();
    jest.advanceTimersByTime(150);
    for (let i = 0; i < 4; i += 1) await Promise.resolve();
    expect(fail).toHaveBeenCalledWith(new Error("edit mode"));
    scheduler.selectionChanged();
    scheduler.stop();
    jest.advanceTimersByTime(500);
    expect(read).toHaveBeenCalledTimes(1);
    expect(show).not.toHaveBeenCalled();
  });
});
