import crypto from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

/** JSON with object keys sorted, so a value read back from jsonb hashes the same as the value written. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The canonical JSON of a record up to its seq value: `seq` sorts after every other key, so the whole text is
 * `prefix + seq + '}'`. The database appends the seq it assigns under the head lock and hashes in the same
 * statement (appendAudit); the verifier recomputes the same bytes with auditHash.
 */
export function canonicalPrefixBeforeSeq(record: Omit<AuditRecord, 'seq'>): string {
  const full = canonicalJson({ ...record, at: new Date(record.at).toISOString(), seq: 0 });
  const suffix = '"seq":0}';
  if (!full.endsWith(suffix)) throw new Error('audit record: seq must be the last key of the canonical JSON');
  return full.slice(0, -'0}'.length);
}

/** hash_n = SHA-256(hash_{n-1} | canonical record_n): changing any row breaks every hash after it. */
export function auditHash(prevHash: string, record: AuditRecord): string {
  return crypto
    .createHash('sha256')
    .update(prevHash)
    .update('|')
    .update(canonicalJson({ ...record, at: new Date(record.at).toISOString() }))
    .digest('hex');
}
