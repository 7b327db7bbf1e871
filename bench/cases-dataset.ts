// The cases bench's databases are kept between runs: generating 1 M cases takes minutes. A marker table says a
// dataset is complete; without it (or from another generator version or scale) the database is rebuilt.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import type { Database } from '../src/db/database';
import { openAndPrepare } from '../src/prepare-database';
import { ROOT, onAdmin, postgresAdminUrl, settings } from './bench-databases';
import { EVENTS_PER_CASE, generateCases } from './cases-generator';
import { MigrationError } from '../src/db/migrate';

/** Bump when the generator changes what it writes: kept datasets of another version are rebuilt. */
// v2: laporan carry a (placeholder) sealed reporter and a laporan channel (migration 0011).
const GENERATOR_VERSION = 'cases-v2';
const FULL_SCALE_CASES = 1_000_000;

export type Backend = 'postgres' | 'pglite';

export interface CasesDataset {
  db: Database;
  backend: Backend;
  /** Backend, version, durability settings and where the data lives. */
  describe: string;
  /** PostgreSQL: the database URL (for a second pool with other session settings). */
  url: string | undefined;
  cases: number;
  events: number;
  /** When the data was generated and how long it took (this run or an earlier one). */
  generatedAt: Date;
  generationSeconds: number;
  generatedThisRun: boolean;
  close: () => Promise<void>;
}

/** `1` → "1", `0.01` → "0_01": part of database and directory names. */
function scaleTag(scale: number): string {
  return String(scale).replace('.', '_');
}

interface Marker {
  generator: string;
  cases: number;
  events: number;
  generated_at: Date;
  seconds: number;
}

async function readMarker(db: Database): Promise<Marker | undefined> {
  const { rows } = await db.pool.query<{ t: string | null }>(
    `SELECT to_regclass('bench_cases_dataset')::text AS t`,
  );
  if (!rows[0]?.t) return undefined;
  const marker = await db.pool.query<Marker>(
    'SELECT generator, cases, events, generated_at, seconds::float8 AS seconds FROM bench_cases_dataset',
  );
  return marker.rows[0];
}

async function writeMarker(db: Database, m: Marker): Promise<void> {
  await db.pool.query(`CREATE TABLE bench_cases_dataset (generator text NOT NULL, cases integer NOT NULL,
    events bigint NOT NULL, generated_at timestamptz NOT NULL, seconds numeric NOT NULL)`);
  await db.pool.query('INSERT INTO bench_cases_dataset VALUES ($1, $2, $3, $4, $5)', [
    m.generator,
    m.cases,
    m.events,
    m.generated_at,
    m.seconds,
  ]);
}

interface Place {
  url?: string;
  open: () => Promise<Database>;
  wipe: () => Promise<void>;
  where: string;
}

function postgresPlace(scale: number, poolSize: number): Place | { skipped: string } {
  const adminUrl = postgresAdminUrl();
  if (typeof adminUrl !== 'string') return adminUrl;
  const name = scale === 1 ? 'netra_bench' : `netra_bench_s${scaleTag(scale)}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const config = loadConfig({ DATABASE_URL: url.toString(), NETRA_PG_POOL: String(poolSize) });
  return {
    url: url.toString(),
    open: async () => {
      await onAdmin(adminUrl, `CREATE DATABASE ${name}`).catch((err: { code?: string }) => {
        if (err.code !== '42P04') throw err; // duplicate_database: kept from an earlier run
      });
      return openAndPrepare(config);
    },
    wipe: () => onAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    where: `${url.host}, database ${name}`,
  };
}

function pglitePlace(scale: number): Place {
  const dir = path.join(ROOT, 'bench', '.data', `cases-${scaleTag(scale)}`);
  const config = loadConfig({ NETRA_DATA_DIR: dir });
  return {
    open: () => {
      fs.mkdirSync(dir, { recursive: true });
      return openAndPrepare(config);
    },
    wipe: async () => fs.rmSync(dir, { recursive: true, force: true }),
    where: `data dir ${path.relative(ROOT, dir)}`,
  };
}

/**
 * The kept dataset of `scale` × (1 M cases, 10 M events) on `backend`, migrated to the current schema; generated
 * first when missing or stale. `log` reports generation progress.
 */
export async function openCasesDataset(
  backend: Backend,
  scale: number,
  poolSize: number,
  log: (line: string) => void,
): Promise<CasesDataset | { skipped: string }> {
  const place = backend === 'postgres' ? postgresPlace(scale, poolSize) : pglitePlace(scale);
  if ('skipped' in place) return place;
  const cases = Math.round(FULL_SCALE_CASES * scale);
  // A kept dataset an older generator made may break a new migration's constraints (0011: no laporan by patrol):
  // it is then rebuilt, like a stale one.
  let db = await place.open().catch(async (err: unknown) => {
    if (!(err instanceof MigrationError)) throw err;
    log(`dataset at ${place.where} cannot be migrated (${err.message}): rebuilding`);
    await place.wipe();
    return place.open();
  });
  let marker = await readMarker(db);
  let generatedThisRun = false;
  if (marker?.generator !== GENERATOR_VERSION || marker.cases !== cases) {
    log(
      marker
        ? `dataset at ${place.where} is stale (${marker.generator}, ${marker.cases} cases): rebuilding`
        : `generating ${cases.toLocaleString('en-US')} cases at ${place.where}`,
    );
    await db.close();
    await place.wipe();
    db = await place.open();
    const now = new Date();
    const result = await generateCases(db.pool, cases, now, log);
    marker = {
      generator: GENERATOR_VERSION,
      cases,
      events: result.events,
      generated_at: now,
      seconds: result.seconds,
    };
    await writeMarker(db, marker);
    generatedThisRun = true;
    log(
      `generated ${cases.toLocaleString('en-US')} cases and ${result.events.toLocaleString('en-US')} events in ` +
        `${result.seconds.toFixed(0)} s (foreign keys ${result.foreignKeysChecked ? 'checked' : 'not checked while loading: consistent by construction'})`,
    );
  }
  const opened = db;
  return {
    db: opened,
    backend,
    url: place.url,
    describe: `${backend === 'postgres' ? 'PostgreSQL' : 'PGlite (PostgreSQL'} ${await settings(opened)}${backend === 'pglite' ? ')' : ''}, ${place.where}`,
    cases,
    events: cases * EVENTS_PER_CASE,
    generatedAt: marker.generated_at,
    generationSeconds: marker.seconds,
    generatedThisRun,
    close: () => opened.close(),
  };
}
