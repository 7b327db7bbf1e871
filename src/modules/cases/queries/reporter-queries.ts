// Reporters of laporan: only sealed values go in and come out (reporter-identity.ts seals and opens them).
import type { Queryable } from '../../../db/database';

export async function insertReporter(
  tx: Queryable,
  r: { id: string; caseId: string; sealedIdentity: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO case_reporters (id, case_id, sealed_identity, created_at) VALUES ($1, $2, $3, $4)`,
    [r.id, r.caseId, r.sealedIdentity, r.now],
  );
}

/** The sealed identity of a reporter on an intake of this case; undefined when it is not this case's reporter. */
export async function findSealedReporter(
  db: Queryable,
  caseId: string,
  reporterId: string,
): Promise<{ sealedIdentity: string } | undefined> {
  const { rows } = await db.query<{ sealed_identity: string }>(
    `SELECT r.sealed_identity FROM case_reporters r
       JOIN case_intakes i ON i.reporter_ref = r.id AND i.case_id = r.case_id
      WHERE r.id = $1 AND r.case_id = $2`,
    [reporterId, caseId],
  );
  const row = rows[0];
  return row && { sealedIdentity: row.sealed_identity };
}
