import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REFERENCE_DATA_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/reference',
);

/** Every file the seed reads, relative to data/reference. */
export const REFERENCE_FILES = {
  provinces: 'regions/provinces.csv',
  regencies: 'regions/regencies.csv',
  districts: 'regions/districts.csv',
  centralAgencies: 'agencies/central-agencies.json',
  bknOffices: 'agencies/bkn-offices.json',
  elections: 'elections/elections.json',
  holidays: 'holidays-id.json',
  regulations: 'legal/regulations.json',
  violationForms: 'legal/violation-forms.json',
  sanctionTypes: 'legal/sanction-types.json',
  formLevels: 'legal/violation-form-levels.json',
  decidingAuthorities: 'legal/deciding-authorities.json',
} as const;

export type ReferenceFileKey = keyof typeof REFERENCE_FILES;

export interface ReferenceFiles {
  texts: Record<ReferenceFileKey, string>;
  /** SHA-256 over the seed version and every file: equal checksum = nothing to load. */
  checksum: string;
}

/**
 * Bump when the seed derives rows differently from the same files (e.g. a new column), so that databases
 * seeded by the older code reload.
 */
export const SEED_VERSION = 1;

export function readReferenceFiles(dir: string = REFERENCE_DATA_DIR): ReferenceFiles {
  const hash = crypto.createHash('sha256').update(`netra-reference-seed:${SEED_VERSION}\n`);
  const texts = {} as Record<ReferenceFileKey, string>;
  for (const [key, file] of Object.entries(REFERENCE_FILES) as [ReferenceFileKey, string][]) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) throw new Error(`Reference data file ${full} is missing.`);
    const text = fs.readFileSync(full, 'utf8');
    hash.update(`${file}\n${text.length}\n`).update(text);
    texts[key] = text;
  }
  return { texts, checksum: hash.digest('hex') };
}

/** JSON.parse with the file name in the error (a broken data file must say which one). */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`${file}: invalid JSON (${(err as Error).message})`, { cause: err });
  }
}
