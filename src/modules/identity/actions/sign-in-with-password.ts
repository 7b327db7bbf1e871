import type pg from 'pg';
import { withTransaction, type Queryable } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import { sealTotpSecret, type IdentityKeys } from '../identity-keys';
import { FAILED_LOGIN_FLOOR_MS, padTo, startPacer, type Pacer } from '../login-pacing';
import { isLocked, lockedError } from '../login-throttle';
import { spendPasswordCheck, verifyPassword } from '../password';
import {
  deleteDeadSessions,
  deleteSession,
  getUserByEmail,
  getUserById,
  insertSession,
  type StaffUserRow,
} from '../queries';
import { hashSessionToken, newSessionToken, SESSION_LIMITS } from '../session-token';
import { enrolmentOffer, newTotpSecret } from '../totp';
import type { LoginResult } from '../schema';
import { recordFailedAttempt } from './record-failed-attempt';

/** The login answer without the CSRF token (the route issues it), plus the new session token for the cookie. */
type PasswordStepResult = Omit<LoginResult, 'csrfToken'> & { token: string };

interface SignInContext {
  input: { email: string; password: string };
  now: Date;
  keys: IdentityKeys;
  replacedTokenHash?: string;
  /** Started when the request began; a fake one in tests. */
  pacer?: Pacer;
}

/**
 * First step of signing in: checks the password and opens a `password_ok` session that can do nothing but send
 * a TOTP code. Unknown e-mail, disabled account and wrong password all answer INVALID_CREDENTIALS after the same
 * argon2 work and no sooner than FAILED_LOGIN_FLOOR_MS, so neither the answer nor its timing tells whether an
 * account exists.
 */
export async function signInWithPassword(pool: pg.Pool, ctx: SignInContext): Promise<PasswordStepResult> {
  const pacer = ctx.pacer ?? startPacer();
  try {
    return await checkPasswordAndOpenSession(pool, ctx);
  } catch (err) {
    if (err instanceof AppError && err.code === 'INVALID_CREDENTIALS')
      await padTo(pacer, FAILED_LOGIN_FLOOR_MS);
    throw err;
  }
}

/** The `password_ok` session, with a new TOTP seed to enrol when the user has none; returns that seed. */
async function openPasswordSession(
  tx: Queryable,
  ctx: { user: StaffUserRow; token: string; keys: IdentityKeys; replacedTokenHash?: string; now: Date },
): Promise<string | undefined> {
  const { user, now } = ctx;
  // The failure count is cleared only after the TOTP step: otherwise a password holder could reset it by
  // signing in again and guess codes without end.
  const pendingSecret = user.totp_enrolled_at ? undefined : newTotpSecret();
  // A new token on every sign-in: a token planted before sign-in (session fixation) is worth nothing.
  if (ctx.replacedTokenHash) await deleteSession(tx, ctx.replacedTokenHash);
  await insertSession(tx, {
    tokenHash: hashSessionToken(ctx.token),
    userId: user.id,
    stage: 'password_ok',
    pendingTotpSealed: pendingSecret ? sealTotpSecret(ctx.keys, user.id, pendingSecret) : null,
    now,
    expiresAt: new Date(now.getTime() + SESSION_LIMITS.passwordStageMs),
  });
  return pendingSecret;
}

async function checkPasswordAndOpenSession(pool: pg.Pool, ctx: SignInContext): Promise<PasswordStepResult> {
  const { input, now } = ctx;
  const seen = await getUserByEmail(pool, input.email);
  if (!seen || seen.disabled_at) {
    await spendPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  // Spares the argon2 work while locked; the lock is checked again under the row lock below.
  if (isLocked(seen.locked_until, now)) throw lockedError(seen.locked_until, now);
  // argon2 runs outside the transaction: a row lock held for its ~40 ms would stall the embedded database.
  const passwordOk = await verifyPassword(seen.password_hash, input.password);
  if (passwordOk) await deleteDeadSessions(pool, now, new Date(now.getTime() - SESSION_LIMITS.idleMs));
  const token = newSessionToken();
  const outcome = await withTransaction(pool, async (tx): Promise<AppError | { pendingSecret?: string }> => {
    // Every sign-in step of one user runs one at a time (on every node) from here to commit, so a lock set by
    // a concurrent failure is seen here, and failures are counted one after another.
    const user = await getUserById(tx, seen.id, { lock: true });
    if (!user || user.disabled_at) return new AppError('INVALID_CREDENTIALS');
    if (isLocked(user.locked_until, now)) return lockedError(user.locked_until, now);
    if (!passwordOk) return recordFailedAttempt(tx, { user, step: 'password', now });
    const pendingSecret = await openPasswordSession(tx, { ...ctx, user, token });
    return pendingSecret ? { pendingSecret } : {};
  });
  if (outcome instanceof AppError) throw outcome;
  const { pendingSecret } = outcome;
  if (!pendingSecret) return { token, stage: 'password_ok', mustEnrolTotp: false };
  return {
    token,
    stage: 'password_ok',
    mustEnrolTotp: true,
    enrolment: await enrolmentOffer(pendingSecret, seen.email),
  };
}
