import type pg from 'pg';

/** Creates one demo account per role (embedded default only, unless `netra demo`). Returns login lines. */
export async function seedDemoStaff(_pool: pg.Pool): Promise<string[]> {
  return [];
}
