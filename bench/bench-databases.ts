import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** A scratch database for one bench, with the settings that explain its figures. */
export interface BenchDatabase {
  db: Database;
  /** e.g. "PostgreSQL 15.14, fsync=on, synchronous_commit=on". */
  describe: string;
  close: () => Promise<void>;
}

/** Version and the durability settings that decide what a COMMIT costs. */
export async function settings(db: Database): Promise<string> {
  const { rows } = await db.pool.query<{ v: string; fsync: string; sc: string }>(
    `SELECT current_setting('server_version') AS v, current_setting('fsync') AS fsync,
            current_setting('synchronous_commit') AS sc`,
  );
  const s = rows[0];
  return `${s?.v ?? '?'}, fsync=${s?.fsync ?? '?'}, synchronous_commit=${s?.sc ?? '?'}`;
}

/** Embedded PGlite as Netra runs it (worker thread + Unix socket + pg Pool) in a fresh temp data dir. */
export async function openBenchPglite(): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-bench-'));
  const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
  const s = await settings(db);
  return {
    db,
    describe: `PGlite (PostgreSQL ${s}; embedded, worker thread behind a Unix socket; all connections share one session)`,
    close: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** NETRA_BENCH_PG_URL, or the private test cluster that scripts/test-postgres.sh starts (it prints the URL). */
export function postgresAdminUrl(): string | { skipped: string } {
  if (process.env.NETRA_BENCH_PG_URL) return process.env.NETRA_BENCH_PG_URL;
  const r = spawnSync('bash', ['scripts/test-postgres.sh', 'start'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const url = r.stdout?.trim().split('\n').pop();
  if (r.status !== 0 || !url)
    return { skipped: `PostgreSQL could not start: ${r.stderr?.trim() || `exit ${r.status}`}` };
  return url;
}

/** One statement on the admin database (CREATE/DROP DATABASE cannot run in the benchmarked one). */
export async function onAdmin(adminUrl: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A scratch database on PostgreSQL, dropped on close. */
export async function openBenchPostgres(poolSize: number): Promise<BenchDatabase | { skipped: string }> {
  const adminUrl = postgresAdminUrl();
  if (typeof adminUrl !== 'string') return adminUrl;
  const name = `netra_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = (sql: string) => onAdmin(adminUrl, sql);
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (err) {
    return { skipped: `cannot create a scratch database at ${adminUrl}: ${(err as Error).message}` };
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize });
  return {
    db,
    describe: `PostgreSQL ${await settings(db)} on ${url.host}, scratch database ${name}`,
    close: async () => {
      await db.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
