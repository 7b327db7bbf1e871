import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { createTestUser, TestBrowser } from '../../../test/support/staff-session';
import { signInWithPassword } from './actions/sign-in-with-password';
import { disableUser } from './actions/disable-user';
import { identityKeys } from './identity-keys';
import { FAILED_LOGIN_FLOOR_MS, type Pacer } from './login-pacing';

// Security review, finding 4: a wrong password for a known account cost more (row lock, UPDATE, audit rows)
// than an unknown e-mail, so response time told which addresses have accounts.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.destroy();
});

/** Real elapsed time; sleeps are recorded, not waited. */
function recordingPacer(): Pacer & { answeredAfterMs: () => number; slept: number } {
  const start = performance.now();
  const p = {
    slept: 0,
    elapsedMs: () => performance.now() - start,
    sleep: async (ms: number) => {
      p.slept += ms;
    },
    answeredAfterMs: () => performance.now() - start + p.slept,
  };
  return p;
}

async function attempt(email: string, password: string) {
  const pacer = recordingPacer();
  const outcome = await signInWithPassword(t.db.pool, {
    input: { email, password },
    now: new Date(),
    keys: identityKeys(t.config),
    pacer,
  }).then(
    () => 'signed in',
    (err: { code?: string }) => err.code,
  );
  return { outcome, answeredAfterMs: pacer.answeredAfterMs(), slept: pacer.slept };
}

describe('refused sign-in timing', () => {
  it('answers an unknown e-mail, a wrong password and a disabled account all no sooner than the floor', async () => {
    const known = await createTestUser(t.app, 'bkn_analis');
    const gone = await createTestUser(t.app, 'bkn_analis');
    await withTransaction(t.db.pool, (tx) =>
      disableUser(tx, {
        actor: { id: null, label: 'test' },
        input: { userId: gone.id, reason: 'moved away' },
        now: new Date(),
      }),
    );
    const answers = [
      await attempt('nobody.here@test.netra.id', 'a-wrong-password'),
      await attempt(known.email, 'a-wrong-password'),
      await attempt(gone.email, gone.password),
    ];
    for (const a of answers) {
      expect(a.outcome).toBe('INVALID_CREDENTIALS');
      expect(a.slept).toBeGreaterThan(0);
      expect(a.answeredAfterMs).toBeGreaterThanOrEqual(FAILED_LOGIN_FLOOR_MS);
    }
  });

  it('does not slow down a right password', async () => {
    const { email, password } = await createTestUser(t.app, 'bkn_analis');
    expect(await attempt(email, password)).toMatchObject({ outcome: 'signed in', slept: 0 });
  });

  it('holds the HTTP answer to a wrong password for the floor', async () => {
    const { email } = await createTestUser(t.app, 'ppk_staf');
    const b = new TestBrowser(t.app);
    await b.session();
    const start = performance.now();
    const res = await b.post('/api/auth/login', { email, password: 'not-the-password' });
    expect(res.statusCode).toBe(401);
    expect(performance.now() - start).toBeGreaterThanOrEqual(FAILED_LOGIN_FLOOR_MS - 5);
  });
});
