export { appendAudit, verifyAuditChain, SYSTEM_ACTOR } from './audit-log';
export type { Actor, AuditEntry, AuditVerification } from './audit-log';
