import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockDataDir } from './data-dir-lock';
import type { PgliteWorkerData, PgliteWorkerMessage } from './pglite-worker';

export interface EmbeddedPglite {
  /** Directory holding the Unix socket; give it to `pg` as `host`. */
  socketDir: string;
  socketPort: number;
  stop: () => Promise<void>;
}

const SOCKET_PORT = 5432;

/** Under tsx or vitest the worker is TypeScript: start it through an entry that registers tsx first. */
function workerEntry(): { url: URL; entry: string | undefined } {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { url: new URL('./pglite-worker.js', self), entry: undefined };
  return { url: new URL('./ts-worker-entry.mjs', self), entry: new URL('./pglite-worker.ts', self).href };
}

/** Locks the data dir, starts PGlite in a worker thread and serves it on a private Unix socket. */
export async function startEmbeddedPglite(dataDir: string, maxConnections: number): Promise<EmbeddedPglite> {
  const lock = lockDataDir(path.dirname(path.resolve(dataDir)));
  // The socket has no authentication: it lives in a fresh 0700 directory only this user can enter.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-pg-'));
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const { url, entry } = workerEntry();
  const data: PgliteWorkerData = { dataDir: path.resolve(dataDir), socketPath, maxConnections };
  const worker = new Worker(url, { workerData: { ...data, __entry: entry } });
  const cleanup = (): void => {
    fs.rmSync(socketDir, { recursive: true, force: true });
    lock.release();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`embedded database worker exited with code ${code}`)));
      worker.once('message', (msg: PgliteWorkerMessage) => {
        if (msg.type === 'ready') resolve();
        else if (msg.type === 'error') reject(new Error(`embedded database failed to open: ${msg.message}`));
      });
    });
  } catch (err) {
    await worker.terminate();
    cleanup();
    throw err;
  }
  worker.removeAllListeners();
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      // The worker closes PGlite (flushing it to disk), says so and exits; terminate only if it hangs.
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ type: 'close' });
      const timer = setTimeout(() => void worker.terminate(), 15_000);
      await exited;
      clearTimeout(timer);
      cleanup();
    })();
    return stopped;
  };
  return { socketDir, socketPort: SOCKET_PORT, stop };
}
