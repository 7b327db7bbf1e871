import type pg from 'pg';
import { withTransaction } from '../../../db/database';
import { appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors/app-error';
import { LOCKOUT, lockedUntilAfterFailure, minutesLeft } from '../login-throttle';
import { deleteSessionsOfUser, recordFailedAttempt } from '../queries';

// The person trying is not known to be the account holder, so the trail does not name them as the actor.
const ANONYMOUS = { id: null, label: 'anonymous' };

/**
 * Counts a wrong password or TOTP code against the account and audits it; on the fifth, locks the account and
 * drops its half-finished sign-ins. Returns the error to answer with.
 */
export async function recordFailedSignIn(
  pool: pg.Pool,
  ctx: { userId: string; step: 'password' | 'totp'; now: Date },
): Promise<AppError> {
  const lockUntil = lockedUntilAfterFailure(ctx.now);
  const result = await withTransaction(pool, async (tx) => {
    const counted = await recordFailedAttempt(tx, ctx.userId, LOCKOUT.maxFailures, lockUntil);
    const entity = { entityType: 'staff_user', entityId: ctx.userId };
    await appendAudit(
      tx,
      ANONYMOUS,
      { action: 'identity.login.failed', ...entity, data: { step: ctx.step } },
      ctx.now,
    );
    if (counted.locked) {
      await deleteSessionsOfUser(tx, ctx.userId, 'password_ok');
      const data = { until: lockUntil.toISOString(), afterFailures: LOCKOUT.maxFailures };
      await appendAudit(tx, ANONYMOUS, { action: 'identity.account.locked', ...entity, data }, ctx.now);
    }
    return counted;
  });
  if (result.locked)
    return new AppError('ACCOUNT_LOCKED', { params: { minutes: minutesLeft(lockUntil, ctx.now) } });
  return new AppError(ctx.step === 'password' ? 'INVALID_CREDENTIALS' : 'TOTP_INVALID');
}
