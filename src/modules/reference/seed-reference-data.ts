import type pg from 'pg';

/** Loads reference data files into their tables (idempotent). */
export async function seedReferenceData(_pool: pg.Pool): Promise<void> {}
