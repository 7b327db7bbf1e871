export { appendAudit, auditAppendSql, verifyAuditChain, SYSTEM_ACTOR } from './audit-log';
export type { Actor, AuditAppendSql, AuditEntry, AuditVerification } from './audit-log';
