// Reference lookups the case actions need (election type, existence of region and agency codes).
import type { Queryable } from '../../../db/database';

export async function electionTypeOf(
  db: Queryable,
  electionId: string,
): Promise<'pemilu' | 'pilkada' | undefined> {
  const { rows } = await db.query<{ type: 'pemilu' | 'pilkada' }>(
    'SELECT type FROM elections WHERE id = $1',
    [electionId],
  );
  return rows[0]?.type;
}

/** Which of `codes` exist in table `regions` or `agencies` (reference data). */
export async function existingCodes(
  db: Queryable,
  table: 'regions' | 'agencies',
  codes: string[],
): Promise<Set<string>> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT code FROM ${table} WHERE code = ANY($1::text[])`,
    [codes],
  );
  return new Set(rows.map((r) => r.code));
}
