import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { TestBrowser, totpCode } from '../../../test/support/staff-session';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoTotpSecret } from './demo-accounts';
import { identityKeys } from './identity-keys';
import { STAFF_ROLES } from './schema';
import { hasNoStaff, seedDemoStaff } from './seed-demo-staff';

let t: TestApp;
let lines: string[];

beforeAll(async () => {
  t = await createTestApp();
  expect(await hasNoStaff(t.db.pool)).toBe(true);
  lines = await seedDemoStaff(t.db.pool, { keys: identityKeys(t.config) });
});
afterAll(async () => {
  await t.destroy();
});

describe('demo staff accounts', () => {
  it('has one account per role', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.role).sort()).toEqual([...STAFF_ROLES].sort());
  });

  it('prints e-mail, role, scope, password, TOTP secret and otpauth URL for each account', () => {
    const text = lines.join('\n');
    expect(text).toContain(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) {
      expect(text).toContain(a.email);
      expect(text).toContain(demoTotpSecret(a.email));
      expect(text).toContain(`otpauth://totp/Netra:${encodeURIComponent(a.email)}`);
    }
    expect(text).toContain('regionCode=33.03');
  });

  for (const account of DEMO_ACCOUNTS) {
    it(`${account.email} signs in with the printed password and TOTP secret, flagged isDemo`, async () => {
      const b = new TestBrowser(t.app);
      await b.session();
      const login = await b.post('/api/auth/login', { email: account.email, password: DEMO_PASSWORD });
      // No enrolment offer; only the new session's CSRF token besides the stage.
      expect(Object.keys(login.json<object>()).sort()).toEqual(['csrfToken', 'mustEnrolTotp', 'stage']);
      expect(login.json()).toMatchObject({ stage: 'password_ok', mustEnrolTotp: false });
      const totp = await b.post('/api/auth/totp', { code: totpCode(t.app, demoTotpSecret(account.email)) });
      expect(totp.json()).toMatchObject({
        stage: 'mfa_ok',
        user: { role: account.role, isDemo: true, scope: account.scope },
      });
    });
  }

  it('creates nothing the second time', async () => {
    const count = async () =>
      (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_users')).rows[0]?.n;
    const before = await count();
    await seedDemoStaff(t.db.pool, { keys: identityKeys(t.config) });
    expect(await count()).toBe(before);
    expect(before).toBe(DEMO_ACCOUNTS.length);
  });
});
