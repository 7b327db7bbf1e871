import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openAndPrepare } from '../../src/prepare-database';
import { testConfig } from './test-config';
import { dbUrl, PG_TEMPLATE_DB, PGLITE_TEMPLATE_DIR, testBackend, testPgAdminUrl, TMP } from './test-env';

/**
 * Builds one migrated, seeded template per run; each test file clones it (a fresh PGlite takes 1.3–2 s to
 * create and migrate, a copy far less — ARCHITECTURE.md §1).
 */
export default async function setup(): Promise<void> {
  fs.mkdirSync(TMP, { recursive: true });
  if (testBackend() === 'pglite') {
    fs.rmSync(PGLITE_TEMPLATE_DIR, { recursive: true, force: true });
    const dataDir = path.join(PGLITE_TEMPLATE_DIR, 'pglite');
    const db = await openAndPrepare(testConfig({ kind: 'pglite', dataDir, poolSize: 2 }, PGLITE_TEMPLATE_DIR));
    await db.close();
    return;
  }
  const admin = new pg.Client({ connectionString: testPgAdminUrl() });
  await admin.connect();
  try {
    const stale = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'netra_test_%'`);
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const url = dbUrl(testPgAdminUrl(), PG_TEMPLATE_DB);
  const db = await openAndPrepare(testConfig({ kind: 'postgres', url, poolSize: 2 }, TMP));
  await db.close();
}
