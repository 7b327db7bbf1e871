import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../src/config';
import { PGLITE_POOL_SIZE } from '../src/db/database';
import { openAndPrepare } from '../src/prepare-database';
import { buildApp } from '../src/server';
import type { LoopResult } from './measure';
import type { HttpLoadJob, HttpLoadResult, ProbeResult } from './http-load-worker';
import { heading, printRows } from './report';

/**
 * Why PGlite runs in a worker thread (ARCHITECTURE.md §1): PGlite executes queries synchronously in
 * WebAssembly on whatever thread owns it. On the main thread, one heavy query stalls every request; in the
 * worker, the server's event loop stays free and /health keeps answering.
 */
const HEAVY_QUERY = 'SELECT count(*) FROM generate_series(1, 3000000)';
const PHASE_MS = 5000;
const HTTP_CLIENTS = 4;
const PROBE_EVERY_MS = 20;

function loadHealth(url: string): Promise<HttpLoadResult> {
  const job: HttpLoadJob = {
    url,
    concurrency: HTTP_CLIENTS,
    durationMs: PHASE_MS,
    maxOps: 300_000,
    probeEveryMs: PROBE_EVERY_MS,
  };
  // Node 20 workers do not inherit `--import tsx`: start the TypeScript worker through the entry that registers it.
  const entry = new URL('./http-load-worker.ts', import.meta.url).href;
  const worker = new Worker(new URL('../src/db/embedded/ts-worker-entry.mjs', import.meta.url), {
    workerData: { ...job, __entry: entry },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (r: HttpLoadResult) => resolve(r));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`load worker exited with ${code}`)));
  });
}

interface Phase {
  http: LoopResult;
  probe: ProbeResult;
  heavyQueries: number;
  /** Longest main-thread event-loop delay during the phase (ms). Its percentiles would mislead: a 1 s stall
   * is one sample among hundreds of 5 ms ones. */
  loopDelayMs: { max: number };
}

/** Measures /health for one phase while `heavy` (if given) runs back to back on its own. */
async function phase(url: string, heavy?: () => Promise<unknown>): Promise<Phase> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let stop = false;
  let heavyQueries = 0;
  const deadline = performance.now() + PHASE_MS;
  const background = (async () => {
    // Bounded by the clock as well as by `stop`: a query on the main thread can starve the event loop so
    // completely that the load worker's "done" message would never be read. setImmediate lets pending I/O
    // (the /health requests) run between two queries, as it would between two requests.
    while (heavy && !stop && performance.now() < deadline) {
      await heavy();
      heavyQueries++;
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  delay.enable();
  const { closed: http, probe } = await loadHealth(url);
  delay.disable();
  stop = true;
  await background;
  return { http, probe, heavyQueries, loopDelayMs: { max: delay.max / 1e6 } };
}

async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

export async function runEventLoopBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-bench-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    NETRA_DATA_DIR: dir,
    NETRA_DEMO: '0',
    NETRA_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
  });
  const db = await openAndPrepare(config);
  const app = await buildApp({ config, db, now: () => new Date() });
  // Same storage as the worker's (a data dir, not memory: in-memory PGlite runs this query 2–3× slower).
  const main = await PGlite.create({ dataDir: path.join(dir, 'main-thread-pglite') });
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${address}/health`;
    const workerQueryMs = await timeOnce(() => db.pool.query(HEAVY_QUERY));
    const mainQueryMs = await timeOnce(() => main.query(HEAVY_QUERY));
    const idle = await phase(url);
    const inWorker = await phase(url, () => db.pool.query(HEAVY_QUERY));
    const onMain = await phase(url, () => main.query(HEAVY_QUERY));

    heading('/health while a heavy query runs (embedded PGlite)', [
      `server: the real app (buildApp) on 127.0.0.1, port 0, LOG_LEVEL=silent; database: embedded PGlite, pool ${PGLITE_POOL_SIZE}`,
      `load, in a separate worker thread, ${PHASE_MS / 1000} s per phase: ${HTTP_CLIENTS} closed-loop fetch clients (rate) ` +
        `plus a paced probe every ${PROBE_EVERY_MS} ms (latency counted from when each probe was due)`,
      `heavy query, run back to back during a phase: ${HEAVY_QUERY}; alone it took ${workerQueryMs.toFixed(0)} ms in the worker, ` +
        `${mainQueryMs.toFixed(0)} ms on the main thread`,
      '"on the main thread" = a second PGlite (own data dir) created with PGlite.create() in this process, queried with db.query',
      'ratios: to "idle" (same run)',
    ]);
    const phases = [
      ['idle', idle],
      ['heavy query in the PGlite worker', inWorker],
      ['heavy query on the main thread', onMain],
    ] as const;
    const base = { label: 'idle', rate: idle.http.rate };
    process.stdout.write('   closed loop (rate):\n');
    printRows(phases.map(([label, p]) => ({ label, result: p.http, baseline: base })));
    process.stdout.write('   paced probe (what a request arriving at a random moment sees):\n');
    for (const [label, p] of phases) {
      const l = p.probe.latencyMs;
      process.stdout.write(
        `   ${label.padEnd(32)}  p50 ${l.p50.toFixed(1)} ms  p99 ${l.p99.toFixed(0)} ms  max ${l.max.toFixed(0)} ms  ` +
          `answered within 100 ms: ${(p.probe.within100ms * 100).toFixed(0)}% of ${p.probe.sent}` +
          `${p.probe.errors ? ` (${p.probe.errors} errors)` : ''}\n`,
      );
    }
    process.stdout.write('   server main thread:\n');
    for (const [label, p] of phases) {
      process.stdout.write(
        `   ${label.padEnd(32)}  longest event-loop stall ${p.loopDelayMs.max.toFixed(0)} ms; heavy queries completed: ${p.heavyQueries}\n`,
      );
    }
  } finally {
    await main.close();
    await app.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
