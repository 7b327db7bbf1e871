import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { testConfig } from './test-config';
import {
  dbUrl,
  pgliteTemplateDir,
  pgTemplateDb,
  pgTestDb,
  runTmpDir,
  testBackend,
  testPgAdminUrl,
} from './test-env';

export interface TestDatabase {
  db: Database;
  config: Config;
  /** Closes and deletes the copy. */
  destroy: () => Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: testPgAdminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A private copy of the migrated, seeded template, on the backend NETRA_TEST_DB names. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const id = crypto.randomBytes(6).toString('hex');
  const dataDir = path.join(runTmpDir(), `db-${id}`);
  if (testBackend() === 'pglite') {
    fs.cpSync(pgliteTemplateDir(), dataDir, { recursive: true });
    fs.rmSync(path.join(dataDir, 'netra.lock'), { force: true });
    const database = { kind: 'pglite' as const, dataDir: path.join(dataDir, 'pglite') };
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
  const name = pgTestDb(id);
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${pgTemplateDb()}`));
  const database = { kind: 'postgres' as const, url: dbUrl(testPgAdminUrl(), name), poolSize: 4 };
  const db = await openDatabase(database);
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    db,
    config: testConfig(database, dataDir),
    destroy: async () => {
      await db.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
