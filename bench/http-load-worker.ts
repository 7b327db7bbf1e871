import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { percentile, runLoop, type LoopOptions, type LoopResult } from './measure';

/**
 * HTTP load generator in its own thread: its timers and its fetch client keep running while the server's
 * event loop is blocked, so a stall shows up as latency instead of pausing the measurement too.
 */
export interface HttpLoadJob extends LoopOptions {
  url: string;
  /** Interval of the paced probe (open loop: sent on schedule whether or not earlier ones came back). */
  probeEveryMs: number;
}

/**
 * The paced probe's view: latency from the moment each request was due, so a request that waited behind a
 * stall counts its whole wait (a closed loop sends nothing while stalled and so hides most of a stall).
 */
export interface ProbeResult {
  sent: number;
  errors: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Share of probes answered within 100 ms of being due. */
  within100ms: number;
}

export interface HttpLoadResult {
  closed: LoopResult;
  probe: ProbeResult;
}

const job = workerData as HttpLoadJob;

async function getHealth(): Promise<void> {
  const res = await fetch(job.url, { signal: AbortSignal.timeout(30_000) });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
}

async function probe(): Promise<ProbeResult> {
  const t0 = performance.now();
  const count = Math.floor(job.durationMs / job.probeEveryMs);
  let errors = 0;
  const latencies = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const due = t0 + i * job.probeEveryMs;
      await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      try {
        await getHealth();
        return performance.now() - due;
      } catch {
        errors++;
        return Number.POSITIVE_INFINITY;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    sent: count,
    errors,
    latencyMs: {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
    },
    within100ms: latencies.filter((l) => l <= 100).length / Math.max(1, count),
  };
}

const [closed, probed] = await Promise.all([runLoop(job, getHealth), probe()]);
parentPort?.postMessage({ closed, probe: probed } satisfies HttpLoadResult);
