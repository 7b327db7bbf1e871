import { performance } from 'node:perf_hooks';

/** What a bounded load loop did: operations, errors, wall time, rate and latency percentiles. */
export interface LoopResult {
  ops: number;
  errors: number;
  seconds: number;
  /** Completed operations per second. */
  rate: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

export interface LoopOptions {
  /** Number of operations in flight at once (one async loop each). */
  concurrency: number;
  durationMs: number;
  /** Stop earlier when this many operations have started (keeps a fast loop bounded in memory). */
  maxOps?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Runs `op` from `concurrency` loops until the time or the operation budget is spent. Each loop awaits its
 * previous operation (closed-loop load), so the figures are the rate the system sustains, not an offered rate.
 */
export async function runLoop(opts: LoopOptions, op: (loop: number) => Promise<void>): Promise<LoopResult> {
  const maxOps = opts.maxOps ?? 1_000_000;
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  const t0 = performance.now();
  const deadline = t0 + opts.durationMs;
  const loop = async (i: number): Promise<void> => {
    while (performance.now() < deadline && started < maxOps) {
      started++;
      const s = performance.now();
      try {
        await op(i);
        latencies.push(performance.now() - s);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, (_, i) => loop(i)));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    ops: latencies.length,
    errors,
    seconds,
    rate: latencies.length / seconds,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
    },
  };
}
