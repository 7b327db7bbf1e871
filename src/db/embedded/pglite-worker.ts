import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite runs here, off the main thread: one 80 ms query on the main thread stalls every request
 * (ARCHITECTURE.md §1; bench/db-latency.ts). The app reaches it over a Unix socket with the same `pg` Pool
 * it uses for PostgreSQL.
 */
export interface PgliteWorkerData {
  dataDir: string;
  socketPath: string;
  maxConnections: number;
}

export type PgliteWorkerMessage = { type: 'ready' } | { type: 'error'; message: string };

const data = workerData as PgliteWorkerData;
const port = parentPort;
if (!port) throw new Error('pglite-worker must run in a worker thread');

async function main(): Promise<void> {
  const db = await PGlite.create({ dataDir: data.dataDir, extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, path: data.socketPath, maxConnections: data.maxConnections });
  await server.start();
  port!.on('message', (msg: { type: string }) => {
    if (msg.type !== 'close') return;
    void (async () => {
      await server.stop();
      await db.close();
      // Leave on our own: Worker.terminate() waits ~10 s when tsx's module hooks are registered in the worker.
      process.exit(0);
    })();
  });
  port!.postMessage({ type: 'ready' } satisfies PgliteWorkerMessage);
}

main().catch((err: unknown) => {
  port.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
});
