import type { Queryable } from '../../db/database';
import { auditHash, GENESIS_HASH, type AuditRecord } from './audit-hash';

export interface Actor {
  /** A staff user's id, or null for the system and the CLI. */
  id: string | null;
  /** Shown in the trail: an e-mail, `system`, `cli`. Never a reporter's identity. */
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/**
 * Appends one audit row in the caller's transaction (ARCHITECTURE.md §6: same transaction as the change).
 * Locking the head row serialises appends, so the chain cannot fork under concurrency.
 */
export async function appendAudit(
  tx: Queryable,
  actor: Actor,
  entry: AuditEntry,
  now: Date = new Date(),
): Promise<number> {
  const head = await tx.query<{ seq: number; hash: string }>(
    'UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash',
  );
  const row = head.rows[0];
  if (!row) throw new Error('audit_head is missing: run migrations');
  const record: AuditRecord = {
    seq: row.seq,
    at: now.toISOString(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data: entry.data ?? {},
  };
  const hash = auditHash(row.hash, record);
  await tx.query(
    `INSERT INTO audit_log (seq, at, actor_id, actor_label, action, entity_type, entity_id, data, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      record.seq,
      record.at,
      record.actorId,
      record.actorLabel,
      record.action,
      record.entityType,
      record.entityId,
      JSON.stringify(record.data),
      row.hash,
      hash,
    ],
  );
  await tx.query('UPDATE audit_head SET hash = $1 WHERE id = 1', [hash]);
  return record.seq;
}

export type AuditVerification =
  | { ok: true; rows: number; headHash: string }
  | { ok: false; rows: number; brokenSeq: number; reason: string };

interface AuditRow {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: unknown;
  prev_hash: string;
  hash: string;
}

/** Recomputes the whole chain in pages and names the first row whose link or content does not match. */
export async function verifyAuditChain(db: Queryable, pageSize = 5000): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const page = await db.query<AuditRow>(
      `SELECT seq, at, actor_id, actor_label, action, entity_type, entity_id, data, prev_hash, hash
       FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2`,
      [expectedSeq, pageSize],
    );
    for (const r of page.rows) {
      if (r.seq !== expectedSeq) return { ok: false, rows, brokenSeq: expectedSeq, reason: 'row missing' };
      if (r.prev_hash !== prev)
        return { ok: false, rows, brokenSeq: r.seq, reason: 'previous-hash link broken' };
      const recomputed = auditHash(prev, {
        seq: r.seq,
        at: r.at.toISOString(),
        actorId: r.actor_id,
        actorLabel: r.actor_label,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        data: r.data,
      });
      if (recomputed !== r.hash)
        return { ok: false, rows, brokenSeq: r.seq, reason: 'content does not match its hash' };
      prev = r.hash;
      expectedSeq++;
      rows++;
    }
    if (page.rows.length < pageSize) break;
  }
  const head = await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
  const h = head.rows[0];
  if (h && (h.seq !== rows || h.hash !== prev)) {
    return {
      ok: false,
      rows,
      brokenSeq: rows + 1,
      reason: 'rows after the last verified row were deleted or the head was altered',
    };
  }
  return { ok: true, rows, headHash: prev };
}
