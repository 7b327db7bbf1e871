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

/** SQL of an audit append, to embed as CTEs in a writing statement (one round trip for a change and its audit). */
export interface AuditAppendSql {
  /** `audit_head AS (…), audit_row AS (… RETURNING seq)`: put after WITH (or after the caller's own CTEs). */
  ctes: string;
  params: unknown[];
}

/**
 * The audit append as CTEs whose parameters start at `$firstParam`. With `onlyIf` (an SQL condition, e.g. that the
 * caller's UPDATE found its row), nothing is appended when it is false. The head row is locked and its seq bumped,
 * and the database computes the new hash from the locked head's hash, so concurrent appends serialise and the
 * chain cannot fork. SHA-256 over `prev_hash | canonical record` is the byte string auditHash hashes (the verifier
 * recomputes it in JS).
 */
export function auditAppendSql(
  actor: Actor,
  entry: AuditEntry,
  now: Date,
  firstParam: number,
  onlyIf = 'true',
): AuditAppendSql {
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
  const p = (i: number) => `$${firstParam + i}`;
  return {
    ctes: `audit_head AS (
       UPDATE audit_head SET seq = seq + 1, prev_hash = hash,
         hash = encode(sha256(convert_to(hash || '|' || ${p(0)}::text || (seq + 1)::text || '}', 'UTF8')), 'hex')
       WHERE id = 1 AND ${onlyIf} RETURNING seq, prev_hash, hash),
     audit_row AS (
       INSERT INTO audit_log (seq, at, actor_id, actor_label, action, entity_type, entity_id, data, prev_hash, hash)
       SELECT h.seq, ${p(1)}::timestamptz, ${p(2)}::uuid, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::jsonb,
              h.prev_hash, h.hash
         FROM audit_head h
       RETURNING seq)`,
    params: [
      prefix,
      at,
      actor.id,
      actor.label,
      entry.action,
      entry.entityType,
      entry.entityId,
      JSON.stringify(data),
    ],
  };
}

/** Appends one audit row in the caller's transaction (ARCHITECTURE.md §6: same transaction as the change). */
export async function appendAudit(
  tx: Queryable,
  actor: Actor,
  entry: AuditEntry,
  now: Date = new Date(),
): Promise<number> {
  const audit = auditAppendSql(actor, entry, now, 1);
  const { rows } = await tx.query<{ seq: number }>(
    `WITH ${audit.ctes} SELECT seq FROM audit_row`,
    audit.params,
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
