/** Timing helpers: medians over repeated batches, so one slow batch (GC, JIT) does not skew. */
const { performance } = require("perf_hooks");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median nanoseconds per call of `fn`, over `batches` batches of `calls` calls after a warm-up. */
function nsPerCall(fn, { calls = 20_000, batches = 15 } = {}) {
  for (let i = 0; i < calls; i++) fn(i);
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn(i);
    samples.push(((performance.now() - start) * 1e6) / calls);
  }
  return median(samples);
}

/** Median milliseconds of `fn` over `runs` runs. */
function msPerRun(fn, runs = 15) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn(r);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Slowest single call, in nanoseconds, over every input (each the median of 5, after a warm-up). */
function slowestNs(fn, inputs) {
  for (const input of inputs) fn(input);
  let worst = 0;
  for (const input of inputs) {
    const samples = [];
    for (let r = 0; r < 5; r++) {
      const start = performance.now();
      fn(input);
      samples.push((performance.now() - start) * 1e6);
    }
    worst = Math.max(worst, median(samples));
  }
  return worst;
}

module.exports = { median, nsPerCall, msPerRun, slowestNs };
