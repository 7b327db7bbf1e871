import pg from 'pg';
import type { Config } from '../config';
import { startEmbeddedPglite } from './embedded/start-pglite';
import { enableNamedStatements } from './named-statements';

export type DatabaseKind = 'postgres' | 'pglite';

/**
 * The embedded pool is one connection: pglite-socket 0.2.17 interleaves the extended-protocol messages of
 * concurrent connections, handing one query's rows to another (upstream electric-sql/pglite#1046;
 * test/db-concurrency.test.ts). PGlite runs one query at a time anyway, so this costs only overlapped socket round
 * trips (bench/README.md). Consequence: never use the pool inside withTransaction — use the transaction's client.
 */
export const PGLITE_POOL_SIZE = 1;

/** A query runner: the pool itself or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export interface Database {
  kind: DatabaseKind;
  pool: pg.Pool;
  close: () => Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

// int8 and numeric come back as strings by default; counts in Netra fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
// DATE stays a 'YYYY-MM-DD' string: calendar dates are Asia/Jakarta dates, not instants.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

function describeConnectError(err: unknown, url: string): string {
  const e = err as NodeJS.ErrnoException & { code?: string };
  let where = 'the database';
  try {
    const u = new URL(url);
    where = `PostgreSQL at ${u.hostname}:${u.port || '5432'}/${u.pathname.slice(1)}`;
  } catch {
    /* keep generic */
  }
  switch (e.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return `Cannot reach ${where} (${e.code}). Check DATABASE_URL and that the server is running.`;
    case '28P01':
    case '28000':
      return `${where} refused the credentials in DATABASE_URL.`;
    case '3D000':
      return `${where}: database does not exist. Create it first (createdb).`;
    default:
      return `Cannot connect to ${where}: ${e.message}`;
  }
}

export async function openDatabase(config: Config['database']): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize,
      connectionTimeoutMillis: 5000,
      // Netra's queries are short OLTP reads and writes. PostgreSQL 15 JIT-compiled the inbox plans at 1 M cases
      // (100-400 ms of compilation for a 30 ms scan) and, on 2 cores, a parallel Gather over a 65 k-entry index
      // scan took 75-87 ms against 20 ms serial (bench/README.md). `?options=` in DATABASE_URL overrides this
      // (pg gives the connection string precedence).
      options: '-c jit=off -c max_parallel_workers_per_gather=0',
    });
    pool.on('error', () => {
      /* idle client errors surface on the next query */
    });
    enableNamedStatements(pool);
    try {
      const { rows } = await pool.query<{ v: number }>(
        `SELECT current_setting('server_version_num')::int AS v`,
      );
      const version = rows[0]?.v ?? 0;
      if (version < 150000)
        throw new DatabaseUnavailableError(`PostgreSQL >= 15 is required (server is ${version}).`);
    } catch (err) {
      await pool.end().catch(() => undefined);
      if (err instanceof DatabaseUnavailableError) throw err;
      throw new DatabaseUnavailableError(describeConnectError(err, config.url));
    }
    return { kind: 'postgres', pool, close: () => pool.end() };
  }
  const embedded = await startEmbeddedPglite(config.dataDir, PGLITE_POOL_SIZE + 1);
  const pool = new pg.Pool({
    host: embedded.socketDir,
    port: embedded.socketPort,
    user: 'postgres',
    database: 'postgres',
    max: PGLITE_POOL_SIZE,
  });
  pool.on('error', () => undefined);
  return {
    kind: 'pglite',
    pool,
    close: async () => {
      await pool.end();
      await embedded.stop();
    },
  };
}

/** Runs `fn` in one transaction on one connection; rolls back on any throw. */
export async function withTransaction<T>(pool: pg.Pool, fn: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
