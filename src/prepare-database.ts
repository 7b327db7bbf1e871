import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { seedReferenceData } from './modules/reference';

export interface PrepareOptions {
  /** Log a line (the CLI prints, tests stay quiet). */
  log?: (line: string) => void;
}

/** Opens the configured database and brings it to the current schema and reference data. */
export async function openAndPrepare(config: Config, opts: PrepareOptions = {}): Promise<Database> {
  const db = await openDatabase(config.database);
  try {
    const result = await migrate(db.pool);
    if (result.applied.length) opts.log?.(`Applied migrations: ${result.applied.join(', ')}`);
    await seedReferenceData(db.pool);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}
