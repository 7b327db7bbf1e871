import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';
import { DataDirLockedError } from '../src/db/embedded/data-dir-lock';
import { runNetra, startNetraServer, type NetraServer } from './support/netra-process';
import { pgliteTemplateDir, runTmpDir, testBackend } from './support/test-env';

/*
 * Two processes opening one PGlite data dir corrupt it silently (ARCHITECTURE.md §1), so the embedded
 * database takes an exclusive lock file holding its PID; `<NETRA_DATA_DIR>/netra.lock` guards `<dir>/pglite`.
 * Every spawned process is bounded by a timeout.
 */

/** A private copy of the migrated template data dir (NETRA_DATA_DIR layout: <dir>/pglite). */
function copyTemplate(): string {
  const dir = path.join(runTmpDir(), `embedded-${crypto.randomBytes(6).toString('hex')}`);
  fs.cpSync(pgliteTemplateDir(), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'netra.lock'), { force: true });
  return dir;
}

const pgliteOf = (dir: string) => ({
  kind: 'pglite' as const,
  dataDir: path.join(dir, 'pglite'),
  poolSize: 1,
});

/** Exactly one line on stderr (the CLI's user-error contract), returned without its newline. */
function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  return lines[0]!;
}

describe.skipIf(testBackend() !== 'pglite')('embedded data dir lock', () => {
  let dir: string;
  let server: NetraServer;

  beforeAll(async () => {
    dir = copyTemplate();
    server = await startNetraServer({ NETRA_DATA_DIR: dir, NETRA_DEMO: '0', LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second openDatabase on a dir a running netra holds, naming its pid', async () => {
    const err: unknown = await openDatabase(pgliteOf(dir)).then(
      (db) => db.close().then(() => 'opened'),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as Error).message).toContain(`is in use by another Netra process (pid ${server.pid})`);
  });

  it('makes `netra migrate` exit 2 with one line while the server holds the dir', async () => {
    const r = await runNetra(['migrate'], { NETRA_DATA_DIR: dir, NETRA_DEMO: '0' });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(
      /^netra: Data directory .+ is in use by another Netra process \(pid \d+\)/,
    );
  });

  it('releases the lock when the server stops on SIGTERM', async () => {
    expect(fs.readFileSync(path.join(dir, 'netra.lock'), 'utf8')).toBe(String(server.pid));
    await server.stop();
    expect(fs.existsSync(path.join(dir, 'netra.lock'))).toBe(false);
  });
});

describe.skipIf(testBackend() !== 'pglite')('embedded data dir lock within one process', () => {
  it('refuses to open the same dir twice in one process, then opens it again after close', async () => {
    const dir = copyTemplate();
    try {
      const first = await openDatabase(pgliteOf(dir));
      await expect(openDatabase(pgliteOf(dir))).rejects.toThrow(/is already open in this process/);
      await first.close();
      const again = await openDatabase(pgliteOf(dir));
      await again.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a stale lock whose pid is dead, and removes it on close', async () => {
    const dir = copyTemplate();
    const lock = path.join(dir, 'netra.lock');
    try {
      const dead = spawnSync(process.execPath, ['-e', ''], { timeout: 10_000 }).pid;
      expect(dead).toBeGreaterThan(0);
      fs.writeFileSync(lock, String(dead));
      const db = await openDatabase(pgliteOf(dir));
      expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
      const { rows } = await db.pool.query<{ one: number }>('SELECT 1 AS one');
      expect(rows).toEqual([{ one: 1 }]);
      await db.close();
      expect(fs.existsSync(lock)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('netra CLI refuses a bad configuration with exit 2 and one line', () => {
  let dir: string;
  beforeAll(() => {
    // Any stray embedded database goes here, never into ./data.
    dir = path.join(runTmpDir(), `cli-${crypto.randomBytes(6).toString('hex')}`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says it cannot reach the database when DATABASE_URL points at a closed port', async () => {
    const r = await runNetra(['migrate'], {
      NETRA_DATA_DIR: dir,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x',
    });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(
      /^netra: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/x \(ECONNREFUSED\)/,
    );
  });

  it('names DATABASE_URL when it is not a PostgreSQL URL', async () => {
    const r = await runNetra(['migrate'], { NETRA_DATA_DIR: dir, DATABASE_URL: 'mysql://x' });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'netra: Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL',
    );
  });

  it('names PORT when it is not a number', async () => {
    const r = await runNetra(['serve'], { NETRA_DATA_DIR: dir, PORT: 'abc' });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^netra: Invalid configuration: PORT /);
  });
});
