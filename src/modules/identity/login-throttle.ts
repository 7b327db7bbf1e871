import { AppError } from '../../platform/errors/app-error';

// Per-account lock-out, counted in the database so every app node sees the same count (ARCHITECTURE.md §2).
// OWASP Authentication Cheat Sheet "Account Lockout": a threshold and a timed lock; we count wrong passwords and
// wrong TOTP codes together, so holding a password does not allow unlimited guesses at the second factor.
// Locks in a row grow (15 min, 30, 60 … at most 24 h): with a fixed 15-minute lock a password holder could try
// ~480 codes a day against the 10^6 codes of a TOTP step; growing locks leave 35 on the first day and 5 a day after.
export const LOCKOUT = { maxFailures: 5, firstLockMinutes: 15, maxLockMinutes: 24 * 60 };

/** Length of the n-th lock-out in a row (n ≥ 1): 15 min × 2^(n−1), at most 24 h. */
export function lockMinutes(consecutiveLockouts: number): number {
  const n = Math.max(1, consecutiveLockouts);
  return Math.min(LOCKOUT.maxLockMinutes, LOCKOUT.firstLockMinutes * 2 ** (n - 1));
}

export interface FailureCounters {
  failedAttempts: number;
  consecutiveLockouts: number;
  lockedUntil: Date | null;
}

/**
 * The counters after one more failed step, from the counters read under the row lock (so two failures at once
 * are counted one after the other). The fifth failure locks and restarts the count, so the next lock needs a
 * full new series; the lock-out count only goes back to 0 after a full sign-in.
 */
export function afterFailedStep(current: FailureCounters, now: Date): FailureCounters & { locked: boolean } {
  const failedAttempts = current.failedAttempts + 1;
  if (failedAttempts < LOCKOUT.maxFailures) return { ...current, failedAttempts, locked: false };
  const consecutiveLockouts = current.consecutiveLockouts + 1;
  const lockedUntil = new Date(now.getTime() + lockMinutes(consecutiveLockouts) * 60_000);
  return { failedAttempts: 0, consecutiveLockouts, lockedUntil, locked: true };
}

export function isLocked(lockedUntil: Date | null, now: Date): lockedUntil is Date {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** Whole minutes until the lock ends, at least 1 (shown in ACCOUNT_LOCKED). */
export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}

/** ACCOUNT_LOCKED with the minutes left. */
export function lockedError(lockedUntil: Date, now: Date): AppError {
  return new AppError('ACCOUNT_LOCKED', { params: { minutes: minutesLeft(lockedUntil, now) } });
}
