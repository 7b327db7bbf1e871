import type { Queryable } from '../../db/database';
import { auditHash, canonicalPrefixBeforeSeq, GENESIS_HASH } from './audit-hash';

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
 * Appends one audit row in the caller's transaction (ARCHITECTURE.md §6: same transaction as the change), in one
 * statement: the head row is locked, its seq bumped and the new hash computed by the database from the locked
 * head's hash, so concurrent appends serialise and the chain cannot fork. SHA-256 over
 * `prev_hash | canonical record` is the same byte string auditHash hashes (the verifier recomputes it in JS).
 */
export async function appendAudit(
  tx: Queryable,
  actor: Actor,
  entry: AuditEntry,
  now: Date = new Date(),
): Promise<number> {
  const at = now.toISOString();
  const data = entry.data ?? {};
  const prefix = canonicalPrefixBeforeSeq({
    at,
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data,
  });
  const { rows } = await tx.query<{ seq: number }>(
    `WITH head AS (
       UPDATE audit_head SET seq = seq + 1, prev_hash = hash,
         hash = encode(sha256(convert_to(hash || '|' || $1 || (seq + 1)::text || '}', 'UTF8')), 'hex')
       WHERE id = 1 RETURNING seq, prev_hash, hash)
     INSERT INTO audit_log (seq, at, actor_id, actor_label, action, entity_type, entity_id, data, prev_hash, hash)
     SELECT head.seq, $2, $3, $4, $5, $6, $7, $8, head.prev_hash, head.hash FROM head
     RETURNING seq`,
    [prefix, at, actor.id, actor.label, entry.action, entry.entityType, entry.entityId, JSON.stringify(data)],
  );
  const row = rows[0];
  if (!row) throw new Error('audit_head is missing: run migrations');
  return Number(row.seq);
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
