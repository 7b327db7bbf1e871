import type { Queryable } from '../../../db/database';
import { appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors/app-error';
import { afterFailedStep, lockedError } from '../login-throttle';
import { deleteSessionsOfUser, saveFailureCounters, type StaffUserRow } from '../queries';

// The person trying is not known to be the account holder, so the trail does not name them as the actor.
const ANONYMOUS = { id: null, label: 'anonymous' };

/**
 * Counts a wrong password or TOTP code against the account and audits it; on the fifth, locks the account and
 * drops its half-finished sign-ins. `user` must be the row read FOR UPDATE in this transaction (`tx`), so
 * concurrent failures are counted one after another. Returns the error to answer with once `tx` commits.
 */
export async function recordFailedAttempt(
  tx: Queryable,
  ctx: { user: StaffUserRow; step: 'password' | 'totp'; now: Date },
): Promise<AppError> {
  const { user, now } = ctx;
  const next = afterFailedStep(
    {
      failedAttempts: user.failed_attempts,
      consecutiveLockouts: user.consecutive_lockouts,
      lockedUntil: user.locked_until,
    },
    now,
  );
  await saveFailureCounters(tx, user.id, next);
  const entity = { entityType: 'staff_user', entityId: user.id };
  await appendAudit(
    tx,
    ANONYMOUS,
    { action: 'identity.login.failed', ...entity, data: { step: ctx.step } },
    now,
  );
  if (!next.locked || !next.lockedUntil) {
    return new AppError(ctx.step === 'password' ? 'INVALID_CREDENTIALS' : 'TOTP_INVALID');
  }
  await deleteSessionsOfUser(tx, user.id, 'password_ok');
  const data = {
    until: next.lockedUntil.toISOString(),
    afterFailures: user.failed_attempts + 1,
    lockoutInARow: next.consecutiveLockouts,
  };
  await appendAudit(tx, ANONYMOUS, { action: 'identity.account.locked', ...entity, data }, now);
  return lockedError(next.lockedUntil, now);
}
