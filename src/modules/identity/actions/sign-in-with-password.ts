import type pg from 'pg';
import { withTransaction } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import { sealTotpSecret, type IdentityKeys } from '../identity-keys';
import { isLocked, minutesLeft } from '../login-throttle';
import { spendPasswordCheck, verifyPassword } from '../password';
import { deleteDeadSessions, deleteSession, getUserByEmail, insertSession } from '../queries';
import { hashSessionToken, newSessionToken, SESSION_LIMITS } from '../session-token';
import { enrolmentOffer, newTotpSecret } from '../totp';
import type { LoginResult } from '../schema';
import { recordFailedSignIn } from './record-failed-attempt';

/**
 * First step of signing in: checks the password and opens a `password_ok` session that can do nothing but send
 * a TOTP code. Unknown e-mail, disabled account and wrong password all answer INVALID_CREDENTIALS after the same
 * argon2 work, so neither the answer nor its timing tells whether an account exists.
 */
export async function signInWithPassword(
  pool: pg.Pool,
  ctx: {
    input: { email: string; password: string };
    now: Date;
    keys: IdentityKeys;
    replacedTokenHash?: string;
  },
): Promise<LoginResult & { token: string }> {
  const { input, now } = ctx;
  const user = await getUserByEmail(pool, input.email);
  if (!user || user.disabled_at) {
    await spendPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (isLocked(user.locked_until, now)) {
    throw new AppError('ACCOUNT_LOCKED', { params: { minutes: minutesLeft(user.locked_until, now) } });
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    throw await recordFailedSignIn(pool, { userId: user.id, step: 'password', now });
  }
  // The failure count is cleared only after the TOTP step: otherwise a password holder could reset it by
  // signing in again and guess codes without end.
  const pendingSecret = user.totp_enrolled_at ? undefined : newTotpSecret();
  const token = newSessionToken();
  await withTransaction(pool, async (tx) => {
    // A new token on every sign-in: a token planted before sign-in (session fixation) is worth nothing.
    if (ctx.replacedTokenHash) await deleteSession(tx, ctx.replacedTokenHash);
    await deleteDeadSessions(tx, now, new Date(now.getTime() - SESSION_LIMITS.idleMs));
    await insertSession(tx, {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      stage: 'password_ok',
      pendingTotpSealed: pendingSecret ? sealTotpSecret(ctx.keys, user.id, pendingSecret) : null,
      now,
      expiresAt: new Date(now.getTime() + SESSION_LIMITS.passwordStageMs),
    });
  });
  if (!pendingSecret) return { token, stage: 'password_ok', mustEnrolTotp: false };
  return {
    token,
    stage: 'password_ok',
    mustEnrolTotp: true,
    enrolment: await enrolmentOffer(pendingSecret, user.email),
  };
}
