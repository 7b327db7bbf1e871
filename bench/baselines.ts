import type pg from 'pg';
import type { DatabaseKind } from '../src/db/database';
import { openBenchPglite, openBenchPostgres, type BenchDatabase } from './bench-databases';
import { runLoop, type LoopResult } from './measure';
import { heading, printRows } from './report';

/**
 * Physical-limit baselines: what one database round trip and one durable commit cost on this machine, per
 * backend. Later benches divide their rates by these (measured in the same run) instead of quoting absolute
 * numbers that change with the machine.
 */
export interface DatabaseBaselines {
  backend: DatabaseKind;
  describe: string;
  /** Clients in the concurrent measurements. */
  concurrency: number;
  /** Connections in the pool (embedded PGlite: 1, so concurrent clients queue for it). */
  poolSize: number;
  durationMs: number;
  /** BEGIN; INSERT one row; COMMIT — the shape of every Netra state change. */
  insertCommit: { single: LoopResult; concurrent: LoopResult; rowsInserted: number };
  /** `SELECT 1`: the round trip through pg, the socket and the server, with no work. */
  select1: { single: LoopResult; concurrent: LoopResult };
}

export interface BaselineOptions {
  concurrency: number;
  durationMs: number;
}

export const DEFAULT_BASELINE_OPTIONS: BaselineOptions = { concurrency: 8, durationMs: 3000 };

/**
 * Runs `op` for `n` callers. Each caller holds a dedicated connection for the whole loop (pool checkout is not
 * measured) when the pool has that many; on a narrower pool (embedded PGlite has one connection) the callers
 * queue for a connection per operation, which is what the app's requests do there.
 */
async function onClients(
  pool: pg.Pool,
  n: number,
  durationMs: number,
  op: (c: pg.PoolClient, loop: number) => Promise<unknown>,
): Promise<LoopResult> {
  if (n > pool.options.max) {
    const queued = async (i: number): Promise<void> => {
      const c = await pool.connect();
      try {
        await op(c, i);
      } finally {
        c.release();
      }
    };
    await runLoop({ concurrency: n, durationMs: Math.min(500, durationMs / 4) }, queued);
    return runLoop({ concurrency: n, durationMs }, queued);
  }
  const clients = await Promise.all(Array.from({ length: n }, () => pool.connect()));
  try {
    // Warm-up: plan caches, WAL segment creation and JIT are not what we measure.
    await runLoop({ concurrency: n, durationMs: Math.min(500, durationMs / 4) }, (i) =>
      op(clients[i]!, i).then(() => undefined),
    );
    return await runLoop({ concurrency: n, durationMs }, (i) => op(clients[i]!, i).then(() => undefined));
  } finally {
    for (const c of clients) c.release();
  }
}

/** The table INSERT+COMMIT writes into; later benches interleave the same insert with their own work. */
export const BENCH_INSERT_TABLE = `CREATE TABLE IF NOT EXISTS bench_insert (
    id bigserial PRIMARY KEY, loop int NOT NULL, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`;
export const BENCH_INSERT = 'INSERT INTO bench_insert (loop, payload) VALUES ($1, $2)';

async function insertCommit(c: pg.PoolClient, loop: number): Promise<void> {
  await c.query('BEGIN');
  await c.query(BENCH_INSERT, [loop, 'netra baseline row']);
  await c.query('COMMIT');
}

export async function measureDatabaseBaselines(
  target: BenchDatabase,
  opts: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
): Promise<DatabaseBaselines> {
  const { pool } = target.db;
  await pool.query(BENCH_INSERT_TABLE);
  const select1 = (c: pg.PoolClient): Promise<unknown> => c.query('SELECT 1');
  const result: DatabaseBaselines = {
    backend: target.db.kind,
    describe: target.describe,
    concurrency: opts.concurrency,
    poolSize: pool.options.max,
    durationMs: opts.durationMs,
    select1: {
      single: await onClients(pool, 1, opts.durationMs, select1),
      concurrent: await onClients(pool, opts.concurrency, opts.durationMs, select1),
    },
    insertCommit: {
      single: await onClients(pool, 1, opts.durationMs, insertCommit),
      concurrent: await onClients(pool, opts.concurrency, opts.durationMs, insertCommit),
      rowsInserted: 0,
    },
  };
  const { rows } = await pool.query<{ n: number }>('SELECT count(*) AS n FROM bench_insert');
  result.insertCommit.rowsInserted = rows[0]?.n ?? 0;
  return result;
}

export function printBaselines(b: DatabaseBaselines): void {
  heading(`Baselines: ${b.backend}`, [
    `backend: ${b.describe}`,
    `pool: ${b.poolSize} connection(s); concurrent = ${b.concurrency} clients, each awaiting its previous query` +
      (b.poolSize < b.concurrency ? ', queueing for a connection per operation' : ''),
    `duration: ${b.durationMs / 1000} s per figure after a warm-up; table bench_insert ended with ${b.insertCommit.rowsInserted} rows (warm-ups included)`,
    'ratios: to "SELECT 1, 1 client" on the same backend (the round-trip floor)',
  ]);
  const floor = { label: 'SELECT 1, 1 client', rate: b.select1.single.rate };
  printRows([
    { label: 'SELECT 1, 1 client', result: b.select1.single, baseline: floor },
    { label: `SELECT 1, ${b.concurrency} clients`, result: b.select1.concurrent, baseline: floor },
    { label: 'INSERT+COMMIT, 1 client', result: b.insertCommit.single, baseline: floor },
    { label: `INSERT+COMMIT, ${b.concurrency} clients`, result: b.insertCommit.concurrent, baseline: floor },
  ]);
}

/** `npm run bench -- baselines`: both backends, one after the other (never at once: 2 cores). */
export async function runBaselinesBench(): Promise<DatabaseBaselines[]> {
  const measured: DatabaseBaselines[] = [];
  const pglite = await openBenchPglite();
  try {
    measured.push(await measureDatabaseBaselines(pglite));
  } finally {
    await pglite.close();
  }
  printBaselines(measured[0]!);
  const postgres = await openBenchPostgres(DEFAULT_BASELINE_OPTIONS.concurrency);
  if ('skipped' in postgres) {
    heading('Baselines: postgres', [`skipped: ${postgres.skipped}`]);
    return measured;
  }
  try {
    measured.push(await measureDatabaseBaselines(postgres));
  } finally {
    await postgres.close();
  }
  printBaselines(measured[1]!);
  const [lite, pgb] = measured as [DatabaseBaselines, DatabaseBaselines];
  heading('Baselines: PGlite relative to PostgreSQL', ['ratio = PGlite rate / PostgreSQL rate, same run']);
  for (const [label, a, b] of [
    ['SELECT 1, 1 client', lite.select1.single, pgb.select1.single],
    [`SELECT 1, ${lite.concurrency} clients`, lite.select1.concurrent, pgb.select1.concurrent],
    ['INSERT+COMMIT, 1 client', lite.insertCommit.single, pgb.insertCommit.single],
    [`INSERT+COMMIT, ${lite.concurrency} clients`, lite.insertCommit.concurrent, pgb.insertCommit.concurrent],
  ] as const) {
    process.stdout.write(`   ${label.padEnd(24)} ×${(a.rate / b.rate).toFixed(3)}\n`);
  }
  return measured;
}
