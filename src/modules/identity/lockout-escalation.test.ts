import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { signInAs, TestBrowser, totpCode, type StaffSession } from '../../../test/support/staff-session';

// Security review, finding 5: with a fixed 15-minute lock a password holder could try ~480 codes a day.

let t: TestApp;
let clock = new Date('2026-06-01T01:00:00Z');
const advanceMinutes = (m: number): void => {
  clock = new Date(clock.getTime() + m * 60_000 + 1000);
};

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
});
afterAll(async () => {
  await t.destroy();
});

/** Password accepted, then five wrong codes: returns the lock-out message of the fifth. */
async function lockWithWrongCodes(s: StaffSession): Promise<string> {
  const b = new TestBrowser(t.app);
  await b.session();
  expect((await b.post('/api/auth/login', { email: s.email, password: s.password })).statusCode).toBe(200);
  const good = totpCode(t.app, s.totpSecret);
  const wrong = good === '000000' ? '111111' : '000000';
  for (let i = 1; i < 5; i++) expect((await b.post('/api/auth/totp', { code: wrong })).statusCode).toBe(401);
  const fifth = await b.post('/api/auth/totp', { code: wrong });
  expect(fifth.statusCode).toBe(423);
  return fifth.json<{ error: { message: string } }>().error.message;
}

async function signInFully(s: StaffSession): Promise<number> {
  const b = new TestBrowser(t.app);
  await b.session();
  await b.post('/api/auth/login', { email: s.email, password: s.password });
  return (await b.post('/api/auth/totp', { code: totpCode(t.app, s.totpSecret) })).statusCode;
}

describe('lock-outs in a row', () => {
  it('last 15, 30, then 60 minutes, and start again at 15 only after a full sign-in', async () => {
    const s = await signInAs(t.app, 'bawaslu_pimpinan');
    advanceMinutes(1);
    expect(await lockWithWrongCodes(s)).toContain('15 menit');
    advanceMinutes(15);
    // A right password alone does not reset the series: the next lock is longer.
    expect(await lockWithWrongCodes(s)).toContain('30 menit');
    advanceMinutes(29);
    expect((await lockedAnswer(s)).statusCode).toBe(423);
    advanceMinutes(1);
    expect(await lockWithWrongCodes(s)).toContain('60 menit');
    advanceMinutes(60);
    expect(await signInFully(s)).toBe(200);
    advanceMinutes(1);
    expect(await lockWithWrongCodes(s)).toContain('15 menit');
    const { rows } = await t.db.pool.query<{ data: { lockoutInARow: number } }>(
      `SELECT data FROM audit_log WHERE action = 'identity.account.locked' AND entity_id = $1 ORDER BY seq`,
      [s.user.id],
    );
    expect(rows.map((r) => r.data.lockoutInARow)).toEqual([1, 2, 3, 1]);
  });
});

/** The password step, answered with ACCOUNT_LOCKED (423) while the lock lasts. */
async function lockedAnswer(s: StaffSession) {
  const b = new TestBrowser(t.app);
  await b.session();
  return b.post('/api/auth/login', { email: s.email, password: s.password });
}
