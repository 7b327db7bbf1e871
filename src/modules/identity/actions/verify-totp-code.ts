import type pg from 'pg';
import { withTransaction, type Queryable } from '../../../db/database';
import { appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors/app-error';
import { openTotpSecret, sealTotpSecret, type IdentityKeys } from '../identity-keys';
import { isLocked, lockedError } from '../login-throttle';
import {
  acceptTotpStep,
  deleteSession,
  getSessionRow,
  getUserById,
  insertSession,
  type StaffUserRow,
} from '../queries';
import { hashSessionToken, newSessionToken, SESSION_LIMITS } from '../session-token';
import { auditActorOf } from '../staff-actor';
import { matchTotp } from '../totp';
import { recordFailedAttempt } from './record-failed-attempt';

/** Swaps the half-finished session for a full one under a new token, and audits the sign-in. */
async function openMfaSession(
  tx: Queryable,
  ctx: { user: StaffUserRow; replacedTokenHash: string; token: string; enrolling: boolean; now: Date },
): Promise<void> {
  const { user, now } = ctx;
  // The half-finished session must still be there: a lock-out or a sign-out may have ended it meanwhile, and a
  // code must never outlive the session it was sent on. Throwing rolls back the accepted step too.
  if ((await deleteSession(tx, ctx.replacedTokenHash)) !== user.id) throw new AppError('UNAUTHENTICATED');
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
 * Everything is decided on the user row locked FOR UPDATE and the session row read after it: what the request
 * saw before may be stale (a concurrent wrong code may have locked the account and ended this session).
 */
export async function verifyTotpCode(
  pool: pg.Pool,
  ctx: {
    session: { tokenHash: string; userId: string };
    input: { code: string };
    now: Date;
    keys: IdentityKeys;
  },
): Promise<{ token: string; user: StaffUserRow }> {
  const { session, now, keys } = ctx;
  const token = newSessionToken();
  const outcome = await withTransaction(pool, async (tx): Promise<AppError | StaffUserRow> => {
    const user = await getUserById(tx, session.userId, { lock: true });
    if (!user || user.disabled_at) return new AppError('UNAUTHENTICATED');
    if (isLocked(user.locked_until, now)) return lockedError(user.locked_until, now);
    const row = await getSessionRow(tx, session.tokenHash);
    if (!row || row.user_id !== user.id || row.expires_at <= now) return new AppError('UNAUTHENTICATED');
    if (row.stage !== 'password_ok') return new AppError('INVALID_TRANSITION');
    // Enrolment is decided on the locked row: a second half-finished enrolment (another browser, another
    // seed) finds the first seed enrolled and is checked against it instead of replacing it.
    const enrolling = user.totp_secret_sealed === null;
    const sealed = enrolling ? row.pending_totp_sealed : user.totp_secret_sealed;
    if (sealed === null)
      throw new Error(`password_ok session of ${user.id} has no TOTP seed to check against`);
    const secret = openTotpSecret(keys, user.id, sealed);
    const step = matchTotp(secret, ctx.input.code, now);
    const enrol = enrolling ? { sealedSecret: sealTotpSecret(keys, user.id, secret), at: now } : undefined;
    // A code already used (replay) is refused like a wrong one.
    if (step === null || !(await acceptTotpStep(tx, user.id, step, enrol, now))) {
      return recordFailedAttempt(tx, { user, step: 'totp', now });
    }
    await openMfaSession(tx, { user, replacedTokenHash: session.tokenHash, token, enrolling, now });
    return user;
  });
  if (outcome instanceof AppError) throw outcome;
  return { token, user: outcome };
}
