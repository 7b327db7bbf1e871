// A reporter's identity unsealed for one named reason, and the audit row saying who did it, when, why and for
// which case, in the same transaction: no identity leaves without its trail (ARCHITECTURE.md §6).
import type { Queryable } from '../../../db/database';
import { appendAudit } from '../../../platform/audit';
import { SealedBoxError } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors/app-error';
import { auditActorOf, type StaffActor } from '../../identity';
import { findSealedReporter, findVisibleCase } from '../queries';
import type { UnsealedReporter } from '../reporter-api-schema';
import { openReporterIdentity } from '../reporter-identity';
import { mayUnsealReporter, unsealsWithoutCaseAccess } from '../reporter-policy';

export interface UnsealReporterArgs {
  actor: StaffActor;
  caseId: string;
  reporterId: string;
  reason: string;
  now: Date;
  reporterKey: Buffer;
}

/**
 * Refuses in the order every case route does: a case the caller may not see answers 404 (its existence must not
 * leak), then a role that may not unseal 403, then a reporter who is not this case's 404. The custodian sees no
 * case file, so for them only the reporter's link to the case is checked.
 */
async function sealedIdentityFor(tx: Queryable, args: UnsealReporterArgs): Promise<string> {
  const { actor, caseId, reporterId } = args;
  if (!unsealsWithoutCaseAccess(actor.role)) {
    if (!(await findVisibleCase(tx, actor, caseId))) throw new AppError('NOT_FOUND');
    if (!mayUnsealReporter(actor.role)) throw new AppError('FORBIDDEN');
  }
  const found = await findSealedReporter(tx, caseId, reporterId);
  if (!found) throw new AppError('NOT_FOUND');
  return found.sealedIdentity;
}

/** Call inside withTransaction: if the audit append fails, nothing is returned. */
export async function unsealReporter(tx: Queryable, args: UnsealReporterArgs): Promise<UnsealedReporter> {
  const { actor, caseId, reporterId, reason, now, reporterKey } = args;
  const sealed = await sealedIdentityFor(tx, args);
  let identity;
  try {
    identity = openReporterIdentity(reporterKey, { caseId, reporterId }, sealed);
  } catch (err) {
    // Tampered, copied from another reporter, or sealed under another key: an integrity failure, never shown.
    if (err instanceof SealedBoxError)
      throw new Error(
        `sealed identity of reporter ${reporterId} does not open (tampered, moved or wrong key)`,
        { cause: err },
      );
    throw err;
  }
  // Who, when (the row's time), why and which case; never the identity itself.
  await appendAudit(
    tx,
    auditActorOf(actor),
    {
      action: 'case.unseal_reporter',
      entityType: 'case_reporter',
      entityId: reporterId,
      data: { caseId, role: actor.role, reason },
    },
    now,
  );
  return { reporterId, identity, unsealedAt: now.toISOString() };
}
