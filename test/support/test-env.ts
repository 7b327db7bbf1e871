import path from 'node:path';

export type TestBackend = 'pglite' | 'postgres';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TMP = path.join(ROOT, '.tmp');

export function testBackend(): TestBackend {
  const v = process.env.NETRA_TEST_DB ?? 'pglite';
  if (v !== 'pglite' && v !== 'postgres') throw new Error(`NETRA_TEST_DB must be pglite or postgres, not ${v}`);
  return v;
}

/** Admin connection for PostgreSQL tests (CI starts a local server; see .ci/run). */
export function testPgAdminUrl(): string {
  return process.env.NETRA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export const PG_TEMPLATE_DB = 'netra_test_template';
export const PGLITE_TEMPLATE_DIR = path.join(TMP, 'pglite-template');

export function dbUrl(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}
