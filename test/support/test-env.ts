import path from 'node:path';

export type TestBackend = 'pglite' | 'postgres';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TMP = path.join(ROOT, '.tmp');

export function testBackend(): TestBackend {
  const v = process.env.NETRA_TEST_DB ?? 'pglite';
  if (v !== 'pglite' && v !== 'postgres')
    throw new Error(`NETRA_TEST_DB must be pglite or postgres, not ${v}`);
  return v;
}

/** Admin connection for PostgreSQL tests (CI starts a local server; see .ci/run). */
export function testPgAdminUrl(): string {
  return process.env.NETRA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
}

/**
 * Each vitest run gets its own template, keyed by the PID of the run's main process (set by the global setup),
 * so runs side by side never clobber each other's databases.
 */
export function runId(): string {
  const id = process.env.NETRA_TEST_RUN_ID;
  if (!id) throw new Error('NETRA_TEST_RUN_ID is not set: tests must run under test/support/global-setup.ts');
  return id;
}

export const pgTemplateDb = (): string => `netra_test_${runId()}_tpl`;
export const pgTestDb = (suffix: string): string => `netra_test_${runId()}_${suffix}`;
export const pgliteTemplateDir = (): string => path.join(TMP, `run-${runId()}`, 'template');
export const runTmpDir = (): string => path.join(TMP, `run-${runId()}`);

export function dbUrl(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export { isAlive } from '../../src/db/embedded/data-dir-lock';
