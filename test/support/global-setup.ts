import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openAndPrepare } from '../../src/prepare-database';
import { testConfig } from './test-config';
import {
  dbUrl,
  isAlive,
  pgliteTemplateDir,
  pgTemplateDb,
  runTmpDir,
  testBackend,
  testPgAdminUrl,
  TMP,
} from './test-env';

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: testPgAdminUrl() });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** Drops what dead runs left behind (their PID is in the name); live parallel runs are left alone. */
async function removeStale(): Promise<void> {
  for (const entry of fs.existsSync(TMP) ? fs.readdirSync(TMP) : []) {
    const m = /^run-(\d+)$/.exec(entry);
    if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(TMP, entry), { recursive: true, force: true });
  }
  if (testBackend() !== 'postgres') return;
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'netra_test_%'`,
    );
    for (const { datname } of rows) {
      const pid = Number(/^netra_test_(\d+)_/.exec(datname)?.[1]);
      if (!pid || !isAlive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

/**
 * Builds one migrated, seeded template per run; each test file clones it (a fresh PGlite takes 1.3–2 s to
 * create and migrate, a copy far less — ARCHITECTURE.md §1).
 */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.NETRA_TEST_RUN_ID = String(process.pid);
  fs.mkdirSync(TMP, { recursive: true });
  await removeStale();
  fs.mkdirSync(runTmpDir(), { recursive: true });
  if (testBackend() === 'pglite') {
    const dir = pgliteTemplateDir();
    const db = await openAndPrepare(testConfig({ kind: 'pglite', dataDir: path.join(dir, 'pglite') }, dir));
    await db.close();
  } else {
    await withAdmin((admin) => admin.query(`CREATE DATABASE ${pgTemplateDb()}`));
    const url = dbUrl(testPgAdminUrl(), pgTemplateDb());
    const db = await openAndPrepare(testConfig({ kind: 'postgres', url, poolSize: 2 }, runTmpDir()));
    await db.close();
  }
  return async () => {
    fs.rmSync(runTmpDir(), { recursive: true, force: true });
    if (testBackend() === 'postgres') {
      await withAdmin(async (admin) => {
        const { rows } = await admin.query<{ datname: string }>(
          `SELECT datname FROM pg_database WHERE datname LIKE $1`,
          [`netra_test_${process.pid}_%`],
        );
        for (const { datname } of rows)
          await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      });
    }
  };
}
