import type pg from 'pg';
import { withTransaction } from '../../db/database';
import { agencyRowsFrom, seedAgencies } from './agencies/seed';
import { seedElections } from './elections/seed';
import { seedHolidays } from './holidays/seed';
import { seedLegalCatalogues } from './legal/seed';
import { readReferenceFiles, REFERENCE_DATA_DIR } from './reference-files';
import { regionRowsFrom, seedRegions } from './regions/seed';
import { getStoredChecksum, lockReferenceSeed, storeChecksum } from './seed-queries';

export interface SeedResult {
  /** false when the stored checksum equals the files' (the usual start: nothing read from the DB but one row). */
  loaded: boolean;
  /** Rows inserted, updated or deleted. */
  changedRows: number;
  checksum: string;
}

export interface SeedOptions {
  dataDir?: string;
  /** Load even when the checksum is unchanged (tests use it to prove a reload changes nothing). */
  force?: boolean;
}

/**
 * Loads data/reference/** into the reference tables. Runs on every start (src/prepare-database.ts), so it is
 * cheap when nothing changed: a checksum of the files (and of SEED_VERSION) is stored and compared first.
 * When the files changed, everything is upserted in one transaction; rows an admin edited are kept.
 * No audit rows: loading shipped reference data is not a user's action; admins' later edits are audited by
 * the actions that make them (every editable table has a stable text id and an `origin`).
 */
export async function seedReferenceData(pool: pg.Pool, opts: SeedOptions = {}): Promise<SeedResult> {
  const files = readReferenceFiles(opts.dataDir ?? REFERENCE_DATA_DIR);
  if (!opts.force && (await getStoredChecksum(pool)) === files.checksum) {
    return { loaded: false, changedRows: 0, checksum: files.checksum };
  }
  return withTransaction(pool, async (tx) => {
    await lockReferenceSeed(tx);
    if (!opts.force && (await getStoredChecksum(tx)) === files.checksum) {
      return { loaded: false, changedRows: 0, checksum: files.checksum };
    }
    const regions = regionRowsFrom(files);
    let changedRows = await seedRegions(tx, regions);
    changedRows += await seedAgencies(tx, files, agencyRowsFrom(files, regions));
    changedRows += await seedElections(tx, files, regions);
    changedRows += await seedHolidays(tx, files);
    changedRows += await seedLegalCatalogues(tx, files);
    await storeChecksum(tx, files.checksum);
    return { loaded: true, changedRows, checksum: files.checksum };
  });
}
