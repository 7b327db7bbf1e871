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

/** hash_n = SHA-256(hash_{n-1} | canonical record_n): changing any row breaks every hash after it. */
export function auditHash(prevHash: string, record: AuditRecord): string {
  return crypto
    .createHash('sha256')
    .update(prevHash)
    .update('|')
    .update(canonicalJson({ ...record, at: new Date(record.at).toISOString() }))
    .digest('hex');
}
