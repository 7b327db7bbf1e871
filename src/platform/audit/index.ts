export { appendAudit, auditAppendSql, verifyAuditChain, SYSTEM_ACTOR } from './audit-log';
export { canonicalJson } from './audit-hash';
export type { Actor, AuditAppendSql, AuditEntry, AuditVerification } from './audit-log';
