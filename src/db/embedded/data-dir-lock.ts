import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

/** Directories this process holds: a lock file with our own PID that is not here is stale (container PID 1). */
const held = new Set<string>();

/** A takeover file older than this was left by a process that died mid-takeover. */
const TAKEOVER_STALE_MS = 10_000;

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates `file` holding our PID in one step (write a temp file, hard-link it): no reader sees it empty. */
function createWithPid(file: string): boolean {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(tmp, String(process.pid), { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replaces a stale lock under a second, short-lived takeover lock, so two processes that both find the same
 * stale lock cannot both remove it and both start (which would corrupt the data dir).
 */
function takeOverStale(file: string, stalePid: number | undefined): boolean {
  const takeover = `${file}.takeover`;
  try {
    if (Date.now() - fs.statSync(takeover).mtimeMs > TAKEOVER_STALE_MS) fs.rmSync(takeover, { force: true });
  } catch {
    /* no takeover in progress */
  }
  if (!createWithPid(takeover)) return false;
  try {
    if (readPid(file) !== stalePid) return false;
    fs.rmSync(file, { force: true });
    return createWithPid(file);
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

/**
 * Exclusive lock on an embedded data dir. Two processes opening one PGlite data dir corrupt it silently
 * (ARCHITECTURE.md §1), so the second one must refuse with a clear message. A lock left by a dead process
 * (crash, kill -9) is taken over after checking that its PID is gone.
 */
export function lockDataDir(dir: string): { release: () => void } {
  fs.mkdirSync(dir, { recursive: true });
  const resolved = path.resolve(dir);
  if (held.has(resolved))
    throw new DataDirLockedError(`Data directory ${dir} is already open in this process.`);
  const file = path.join(resolved, 'netra.lock');
  let locked = createWithPid(file);
  if (!locked) {
    const pid = readPid(file);
    if (pid !== undefined && pid !== process.pid && isAlive(pid)) {
      throw new DataDirLockedError(
        `Data directory ${dir} is in use by another Netra process (pid ${pid}). ` +
          'Stop it first, or run this command through the running server.',
      );
    }
    locked = takeOverStale(file, pid);
  }
  if (!locked)
    throw new DataDirLockedError(`Data directory ${dir} is being opened by another process; try again.`);
  held.add(resolved);
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      held.delete(resolved);
      if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
