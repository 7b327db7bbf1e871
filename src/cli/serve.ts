import type { Config } from '../config';
import { openAndPrepare } from '../prepare-database';
import { buildApp } from '../server';

/** Starts Netra and stops cleanly on SIGINT/SIGTERM (the embedded lock is released on the way out). */
export async function serve(config: Config): Promise<void> {
  const db = await openAndPrepare(config, { log: (l) => process.stdout.write(`${l}\n`) });
  const app = await buildApp({ config, db, now: () => new Date() });
  const stop = async (): Promise<void> => {
    await app.close();
    await db.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
  try {
    await app.listen({ port: config.http.port, host: config.http.host });
  } catch (err) {
    await stop();
    throw err;
  }
  const where = db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  process.stdout.write(`Netra is running at http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${config.http.port} (${where})\n`);
  await new Promise<void>(() => undefined);
}
