// Per-account lock-out, counted in the database so every app node sees the same count (ARCHITECTURE.md §2).
// OWASP Authentication Cheat Sheet "Account Lockout": a threshold and a timed lock; we count wrong passwords and
// wrong TOTP codes together, so holding a password does not allow unlimited guesses at the second factor.
export const LOCKOUT = { maxFailures: 5, lockMinutes: 15 };

export function lockedUntilAfterFailure(now: Date): Date {
  return new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000);
}

export function isLocked(lockedUntil: Date | null, now: Date): lockedUntil is Date {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** Whole minutes until the lock ends, at least 1 (shown in ACCOUNT_LOCKED). */
export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
