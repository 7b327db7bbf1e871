import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const dirs: string[] = [];
function freshDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-lock-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('data-dir lock', () => {
  it('writes our pid into the lock and removes it on release', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'netra.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, 'netra.lock'))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('treats a lock holding our own pid that we do not hold as stale (a restarted container is pid 1 again)', () => {
    const dir = freshDir();
    fs.writeFileSync(path.join(dir, 'netra.lock'), String(process.pid));
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/already open in this process/);
    lock.release();
  });

  it('takes over an empty or garbled lock file left by a crash', () => {
    const dir = freshDir();
    fs.writeFileSync(path.join(dir, 'netra.lock'), '');
    lockDataDir(dir).release();
    fs.writeFileSync(path.join(dir, 'netra.lock'), 'not a pid');
    lockDataDir(dir).release();
  });

  it('refuses while another process is taking over the same stale lock, and recovers from an abandoned takeover', () => {
    const dir = freshDir();
    fs.writeFileSync(path.join(dir, 'netra.lock'), '999999999');
    const takeover = path.join(dir, 'netra.lock.takeover');
    fs.writeFileSync(takeover, '12345');
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/being opened by another process/);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(takeover, old, old);
    const lock = lockDataDir(dir);
    expect(fs.existsSync(takeover)).toBe(false);
    lock.release();
  });
});
