import type pg from 'pg';
import { withTransaction, type Queryable } from '../../../db/database';
import { appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors/app-error';
import { openTotpSecret, sealTotpSecret, type IdentityKeys } from '../identity-keys';
import { isLocked, minutesLeft } from '../login-throttle';
import { acceptTotpStep, deleteSession, insertSession, type SessionRow, type StaffUserRow } from '../queries';
import { hashSessionToken, newSessionToken, SESSION_LIMITS } from '../session-token';
import { auditActorOf } from '../staff-actor';
import { matchTotp } from '../totp';
import { recordFailedSignIn } from './record-failed-attempt';

/** Swaps the half-finished session for a full one under a new token, and audits the sign-in. */
async function openMfaSession(
  tx: Queryable,
  ctx: { user: StaffUserRow; replacedTokenHash: string; token: string; enrolling: boolean; now: Date },
): Promise<void> {
  const { user, now } = ctx;
  await deleteSession(tx, ctx.replacedTokenHash);
  await insertSession(tx, {
    tokenHash: hashSessionToken(ctx.token),
    userId: user.id,
    stage: 'mfa_ok',
    pendingTotpSealed: null,
    now,
    expiresAt: new Date(now.getTime() + SESSION_LIMITS.absoluteMs),
  });
  const actor = auditActorOf(user);
  const entity = { entityType: 'staff_user', entityId: user.id };
  if (ctx.enrolling) await appendAudit(tx, actor, { action: 'identity.totp.enrolled', ...entity }, now);
  await appendAudit(tx, actor, { action: 'identity.login.succeeded', ...entity }, now);
}

/**
 * Second step of signing in. The first accepted code also completes enrolment. On success the `password_ok`
 * session is replaced by an `mfa_ok` one under a new token (a token never gains rights it did not have).
 */
export async function verifyTotpCode(
  pool: pg.Pool,
  ctx: {
    session: { tokenHash: string; row: SessionRow; user: StaffUserRow };
    input: { code: string };
    now: Date;
    keys: IdentityKeys;
  },
): Promise<{ token: string }> {
  const { session, now, keys } = ctx;
  const user = session.user;
  if (session.row.stage !== 'password_ok') throw new AppError('INVALID_TRANSITION');
  if (isLocked(user.locked_until, now)) {
    throw new AppError('ACCOUNT_LOCKED', { params: { minutes: minutesLeft(user.locked_until, now) } });
  }
  const enrolling = user.totp_secret_sealed === null;
  const sealed = enrolling ? session.row.pending_totp_sealed : user.totp_secret_sealed;
  if (sealed === null) throw new Error(`password_ok session of ${user.id} has no TOTP seed to check against`);
  const secret = openTotpSecret(keys, user.id, sealed);
  const step = matchTotp(secret, ctx.input.code, now);
  const token = newSessionToken();
  const enrol = enrolling ? { sealedSecret: sealTotpSecret(keys, user.id, secret), at: now } : undefined;
  const accepted =
    step !== null &&
    (await withTransaction(pool, async (tx) => {
      // A code already used (replay) is refused like a wrong one.
      if (!(await acceptTotpStep(tx, user.id, step, enrol))) return false;
      await openMfaSession(tx, { user, replacedTokenHash: session.tokenHash, token, enrolling, now });
      return true;
    }));
  if (!accepted) {
    throw await recordFailedSignIn(pool, { userId: user.id, step: 'totp', now });
  }
  return { token };
}
