import { describe, expect, it } from 'vitest';
import { afterFailedStep, lockMinutes, LOCKOUT } from './login-throttle';

const now = new Date('2026-03-02T01:00:00Z');
const fresh = { failedAttempts: 0, consecutiveLockouts: 0, lockedUntil: null };

describe('lock-out rules', () => {
  it('locks for 15 minutes the first time and doubles each lock-out in a row, up to 24 hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 40].map(lockMinutes)).toEqual([
      15, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440,
    ]);
  });

  it('counts four failures without a lock and locks on the fifth, restarting the count', () => {
    let c: ReturnType<typeof afterFailedStep> = { ...fresh, locked: false };
    for (let i = 1; i < LOCKOUT.maxFailures; i++) {
      c = afterFailedStep(c, now);
      expect(c).toEqual({ failedAttempts: i, consecutiveLockouts: 0, lockedUntil: null, locked: false });
    }
    expect(afterFailedStep(c, now)).toEqual({
      failedAttempts: 0,
      consecutiveLockouts: 1,
      lockedUntil: new Date(now.getTime() + 15 * 60_000),
      locked: true,
    });
  });

  it('makes the third lock-out in a row last an hour', () => {
    const third = afterFailedStep({ failedAttempts: 4, consecutiveLockouts: 2, lockedUntil: null }, now);
    expect(third).toMatchObject({ consecutiveLockouts: 3, locked: true });
    expect(third.lockedUntil).toEqual(new Date(now.getTime() + 60 * 60_000));
  });
});
