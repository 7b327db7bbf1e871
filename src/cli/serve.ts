import { ConfigError, type Config } from '../config';
import { hasNoStaff, identityKeys, seedDemoStaff } from '../modules/identity';
import { openAndPrepare } from '../prepare-database';
import { buildApp } from '../server';

/** Starts Netra and stops cleanly on SIGINT/SIGTERM (the embedded lock is released on the way out). */
export async function serve(config: Config): Promise<void> {
  // Before opening anything: PostgreSQL without NETRA_SECRET_KEY refuses here with one line.
  const keys = identityKeys(config);
  const db = await openAndPrepare(config, { log: (l) => process.stdout.write(`${l}\n`) });
  let demoLines: string[] = [];
  try {
    // Demo accounts only on a fresh embedded data dir; PostgreSQL gets them only from `netra demo`.
    if (db.kind === 'pglite' && config.demo && (await hasNoStaff(db.pool))) {
      demoLines = await seedDemoStaff(db.pool, { keys });
    }
  } catch (err) {
    await db.close();
    throw err;
  }
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
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new ConfigError(
        `Cannot listen on ${config.http.host}:${config.http.port} (${code}): set PORT or HOST.`,
      );
    }
    throw err;
  }
  const where = db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  process.stdout.write(
    `Netra is running at http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${config.http.port} (${where})\n`,
  );
  if (demoLines.length) process.stdout.write(`${demoLines.join('\n')}\n`);
  await new Promise<void>(() => undefined);
}
