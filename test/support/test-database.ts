import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { testConfig } from './test-config';
import { dbUrl, PG_TEMPLATE_DB, PGLITE_TEMPLATE_DIR, testBackend, testPgAdminUrl, TMP } from './test-env';

export interface TestDatabase {
  db: Database;
  config: Config;
  /** Closes and deletes the copy. */
  destroy: () => Promise<void>;
}

/** A private copy of the migrated, seeded template, on the backend NETRA_TEST_DB names. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const id = crypto.randomBytes(6).toString('hex');
  const dataDir = path.join(TMP, `db-${id}`);
  if (testBackend() === 'pglite') {
    fs.cpSync(PGLITE_TEMPLATE_DIR, dataDir, { recursive: true });
    fs.rmSync(path.join(dataDir, 'netra.lock'), { force: true });
    const database = { kind: 'pglite' as const, dataDir: path.join(dataDir, 'pglite'), poolSize: 4 };
    const db = await openDatabase(database);
    return {
      db,
      config: testConfig(database, dataDir),
      destroy: async () => {
        await db.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `netra_test_${id}`;
  const admin = new pg.Client({ connectionString: testPgAdminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
  await admin.end();
  const database = { kind: 'postgres' as const, url: dbUrl(testPgAdminUrl(), name), poolSize: 4 };
  const db = await openDatabase(database);
  return {
    db,
    config: testConfig(database, dataDir),
    destroy: async () => {
      await db.close();
      const a = new pg.Client({ connectionString: testPgAdminUrl() });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
