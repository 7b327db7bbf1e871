// Reporters of laporan: only sealed values go in and come out (reporter-identity.ts seals and opens them).
import type { Queryable } from '../../../db/database';
import type { RoleScope } from '../../identity';
import { binder, visibleTo } from './visible-to';

export async function insertReporter(
  tx: Queryable,
  r: { id: string; caseId: string; sealedIdentity: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO case_reporters (id, case_id, sealed_identity, created_at) VALUES ($1, $2, $3, $4)`,
    [r.id, r.caseId, r.sealedIdentity, r.now],
  );
}

/** Whether `actor` may know the case exists (the access filter of every case read). */
export async function isCaseVisible(db: Queryable, actor: RoleScope, caseId: string): Promise<boolean> {
  const params: unknown[] = [];
  const bind = binder(params);
  const { rows } = await db.query(
    `SELECT 1 FROM cases c WHERE c.id = ${bind(caseId)} AND ${visibleTo(actor, bind)}`,
    params,
  );
  return rows.length > 0;
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
