import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import {
  createTestUser,
  CSRF_COOKIE,
  SESSION_COOKIE,
  signInAs,
  TestBrowser,
  totpCode,
} from '../../../test/support/staff-session';

let t: TestApp;
let clock = new Date('2026-03-02T01:00:00Z');
const advance = (ms: number): void => {
  clock = new Date(clock.getTime() + ms);
};
const MINUTE = 60_000;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
});
afterAll(async () => {
  await t.destroy();
});
beforeEach(() => {
  // Each test starts on a fresh 30-second TOTP step, so codes from an earlier test are never replays.
  advance(5 * MINUTE);
});

type Cookie = {
  name: string;
  value: string;
  httpOnly?: boolean;
  sameSite?: string;
  secure?: boolean;
  path?: string;
};
const cookieNamed = (res: { cookies: unknown[] }, name: string) =>
  (res.cookies as Cookie[]).find((c) => c.name === name);

async function auditActions(userId: string): Promise<string[]> {
  const { rows } = await t.db.pool.query<{ action: string }>(
    `SELECT action FROM audit_log WHERE entity_type = 'staff_user' AND entity_id = $1 ORDER BY seq`,
    [userId],
  );
  return rows.map((r) => r.action);
}

describe('signing in', () => {
  it('answers a signed-out browser with stage anonymous, a CSRF token and an HttpOnly, SameSite=Strict, Secure CSRF cookie', async () => {
    const b = new TestBrowser(t.app);
    const res = await b.session();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: null, stage: 'anonymous', mustEnrolTotp: false, abilities: [] });
    expect(b.csrfToken.length).toBeGreaterThan(10);
    expect(cookieNamed(res, CSRF_COOKIE)).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      secure: true,
      path: '/',
    });
  });

  it('walks first sign-in: password, TOTP enrolment offer, first code, mfa_ok, with a new session token at each stage', async () => {
    const { email, password, id } = await createTestUser(t.app, 'bawaslu_staf');
    const b = new TestBrowser(t.app);
    await b.session();

    const login = await b.post('/api/auth/login', { email: email.toUpperCase(), password });
    expect(login.statusCode).toBe(200);
    const body = login.json<{
      stage: string;
      mustEnrolTotp: boolean;
      enrolment: { secret: string; otpauthUrl: string; qrSvg: string };
    }>();
    expect(body).toMatchObject({ stage: 'password_ok', mustEnrolTotp: true });
    expect(body.enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.enrolment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Netra:.+\?.*secret=/);
    expect(body.enrolment.otpauthUrl).toContain('algorithm=SHA1');
    expect(body.enrolment.qrSvg).toMatch(/^<svg/);
    const passwordCookie = cookieNamed(login, SESSION_COOKIE);
    expect(passwordCookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true, path: '/' });
    expect(passwordCookie?.value).toMatch(/^[\w-]{43}$/);

    const half = (await b.session()).json<{
      stage: string;
      mustEnrolTotp: boolean;
      enrolment?: { secret: string };
    }>();
    expect(half).toMatchObject({
      stage: 'password_ok',
      mustEnrolTotp: true,
      enrolment: { secret: body.enrolment.secret },
    });
    expect((await b.get('/api/admin/users')).statusCode).toBe(401);

    const totp = await b.post('/api/auth/totp', { code: totpCode(t.app, body.enrolment.secret) });
    expect(totp.statusCode).toBe(200);
    expect(totp.json()).toMatchObject({
      stage: 'mfa_ok',
      user: { id, email, role: 'bawaslu_staf', isDemo: false },
    });
    const mfaCookie = cookieNamed(totp, SESSION_COOKIE);
    expect(mfaCookie?.value).not.toBe(passwordCookie?.value);

    const state = (await b.session()).json<Record<string, unknown>>();
    expect(state).toMatchObject({
      stage: 'mfa_ok',
      mustEnrolTotp: false,
      abilities: ['legal.read'],
      user: { scope: { bawasluLevel: 'kabkota', regionCode: '33.03' } },
    });
    expect(await auditActions(id)).toEqual([
      'identity.user.created',
      'identity.totp.enrolled',
      'identity.login.succeeded',
    ]);
  });

  it('stores only the SHA-256 of session tokens and only a sealed TOTP seed', async () => {
    const s = await signInAs(t.app, 'custodian');
    const token = s.browser.jar.get(SESSION_COOKIE) ?? '';
    const { rows } = await t.db.pool.query<{ token_hash: string }>(`SELECT token_hash FROM staff_sessions`);
    const hashes = rows.map((r) => r.token_hash);
    expect(hashes).toContain(crypto.createHash('sha256').update(token).digest('hex'));
    expect(hashes).not.toContain(token);
    const user = await t.db.pool.query<{ totp_secret_sealed: string; password_hash: string }>(
      'SELECT totp_secret_sealed, password_hash FROM staff_users WHERE email = $1',
      [s.email],
    );
    expect(user.rows[0]?.totp_secret_sealed).toMatch(/^v1\./);
    expect(user.rows[0]?.totp_secret_sealed).not.toContain(s.totpSecret);
    expect(user.rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    const audit = await t.db.pool.query<{ data: string }>(`SELECT data::text AS data FROM audit_log`);
    for (const r of audit.rows) {
      expect(r.data).not.toContain(s.password);
      expect(r.data).not.toContain(s.totpSecret);
    }
  });

  it('asks an enrolled user for a code from the enrolled seed, without a new enrolment, and refuses a replayed code', async () => {
    const s = await signInAs(t.app, 'admin');
    advance(MINUTE);
    const b = new TestBrowser(t.app);
    await b.session();
    const login = await b.post('/api/auth/login', { email: s.email, password: s.password });
    // No enrolment offer; only the new session's CSRF token besides the stage.
    expect(Object.keys(login.json<object>()).sort()).toEqual(['csrfToken', 'mustEnrolTotp', 'stage']);
    expect(login.json()).toMatchObject({ stage: 'password_ok', mustEnrolTotp: false });
    const code = totpCode(t.app, s.totpSecret);
    expect((await b.post('/api/auth/totp', { code })).statusCode).toBe(200);

    const again = new TestBrowser(t.app);
    await again.session();
    await again.post('/api/auth/login', { email: s.email, password: s.password });
    const replay = await again.post('/api/auth/totp', { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: 'TOTP_INVALID' } });
  });

  it('accepts a code from the previous 30-second step (clock drift) but not from two steps back', async () => {
    const { email, password } = await createTestUser(t.app, 'bkn_pejabat');
    const b = new TestBrowser(t.app);
    await b.session();
    const secret = (await b.post('/api/auth/login', { email, password })).json<{
      enrolment: { secret: string };
    }>().enrolment.secret;
    const old = await b.post('/api/auth/totp', { code: totpCode(t.app, secret, -2) });
    expect(old.json()).toMatchObject({ error: { code: 'TOTP_INVALID' } });
    expect((await b.post('/api/auth/totp', { code: totpCode(t.app, secret, -1) })).statusCode).toBe(200);
  });

  it('answers an unknown e-mail and a wrong password with the same INVALID_CREDENTIALS', async () => {
    const { email } = await createTestUser(t.app, 'ppk_staf');
    const b = new TestBrowser(t.app);
    await b.session();
    const unknown = await b.post('/api/auth/login', {
      email: 'nobody@test.netra.id',
      password: 'whatever-password',
    });
    const wrong = await b.post('/api/auth/login', { email, password: 'whatever-password' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    expect(cookieNamed(wrong, SESSION_COOKIE)).toBeUndefined();
  });

  it('answers a malformed login with VALIDATION_FAILED naming the field', async () => {
    const b = new TestBrowser(t.app);
    await b.session();
    const res = await b.post('/api/auth/login', { email: 'not-an-email', password: '' });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });
});

describe('lock-out', () => {
  it('locks the account on the fifth wrong password for 15 minutes, also against the right password, then lets it in', async () => {
    const { email, password, id } = await createTestUser(t.app, 'bawaslu_pimpinan');
    const b = new TestBrowser(t.app);
    await b.session();
    for (let i = 1; i <= 4; i++) {
      expect(
        (await b.post('/api/auth/login', { email, password: `wrong-${i}-password` })).json(),
      ).toMatchObject({
        error: { code: 'INVALID_CREDENTIALS' },
      });
    }
    const fifth = await b.post('/api/auth/login', { email, password: 'wrong-5-password' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
    expect(fifth.json<{ error: { message: string } }>().error.message).toContain('15 menit');

    advance(14 * MINUTE);
    const right = await b.post('/api/auth/login', { email, password });
    expect(right.statusCode).toBe(423);
    expect(right.json<{ error: { message: string } }>().error.message).toContain('1 menit');

    advance(MINUTE + 1000);
    expect((await b.post('/api/auth/login', { email, password })).statusCode).toBe(200);
    const actions = await auditActions(id);
    expect(actions.filter((a) => a === 'identity.login.failed')).toHaveLength(5);
    expect(actions).toContain('identity.account.locked');
  });

  it('counts wrong TOTP codes too, and ends the half sign-in when it locks', async () => {
    const s = await signInAs(t.app, 'ombudsman_pengawas');
    advance(MINUTE);
    const b = new TestBrowser(t.app);
    await b.session();
    await b.post('/api/auth/login', { email: s.email, password: s.password });
    const good = totpCode(t.app, s.totpSecret);
    const wrong = good === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 4; i++)
      expect((await b.post('/api/auth/totp', { code: wrong })).statusCode).toBe(401);
    const fifth = await b.post('/api/auth/totp', { code: wrong });
    expect(fifth.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
    const after = await b.post('/api/auth/totp', { code: good });
    expect(after.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('limits /api/auth/login per address: the 21st attempt in a minute answers 429 RATE_LIMITED', async () => {
    const b = new TestBrowser(t.app);
    await b.session();
    // Twenty at once: each refused login is held for FAILED_LOGIN_FLOOR_MS, so in a row they would take 10 s.
    const first = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        b.post('/api/auth/login', { email: `nobody${i}@test.netra.id`, password: 'x' }),
      ),
    );
    expect(first.map((r) => r.statusCode)).toEqual(Array.from({ length: 20 }, () => 401));
    const last = await b.post('/api/auth/login', { email: 'nobody@test.netra.id', password: 'x' });
    expect(last.statusCode).toBe(429);
    expect(last.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });
});

describe('CSRF', () => {
  it('refuses a POST without x-csrf-token with 403 CSRF_INVALID, login included', async () => {
    const { email, password } = await createTestUser(t.app, 'admin');
    const b = new TestBrowser(t.app);
    await b.session();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: b.jar.header() },
      payload: { email, password },
      remoteAddress: b.remoteAddress,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
  });

  it('refuses a token without its cookie, and a token read by another browser', async () => {
    const a = new TestBrowser(t.app);
    const b = new TestBrowser(t.app);
    await a.session();
    await b.session();
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': a.csrfToken },
    });
    expect(bare.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    const crossed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: a.jar.header(), 'x-csrf-token': b.csrfToken },
    });
    expect(crossed.statusCode).toBe(403);
  });

  it('refuses an admin POST that carries the session cookie but no token, and creates nothing', async () => {
    const s = await signInAs(t.app, 'admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { cookie: s.headers.cookie ?? '' },
      payload: { email: 'x@test.netra.id', name: 'X', role: 'admin' },
    });
    expect(res.statusCode).toBe(403);
    const count = await t.db.pool.query(`SELECT 1 FROM staff_users WHERE email = 'x@test.netra.id'`);
    expect(count.rowCount).toBe(0);
  });
});

describe('sessions', () => {
  it('replaces a session token presented at login (session fixation)', async () => {
    const s = await signInAs(t.app, 'admin');
    const before = s.browser.jar.get(SESSION_COOKIE);
    advance(MINUTE);
    await s.browser.post('/api/auth/login', { email: s.email, password: s.password });
    const after = s.browser.jar.get(SESSION_COOKIE);
    expect(after).not.toBe(before);
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `${SESSION_COOKIE}=${before}` },
    });
    expect(old.json()).toMatchObject({ stage: 'anonymous' });
  });

  it('ends a session idle for 30 minutes, keeps one in use, and ends every session after 12 hours', async () => {
    const idle = await signInAs(t.app, 'bkn_analis');
    const busy = await signInAs(t.app, 'bkn_analis');
    for (let i = 0; i < 3; i++) {
      advance(20 * MINUTE);
      expect((await busy.browser.session()).json()).toMatchObject({ stage: 'mfa_ok' });
    }
    expect((await idle.browser.session()).json()).toMatchObject({ stage: 'anonymous' });
    // 3 + 32 steps of 20 minutes = 11 h 40 min: still in; the next step reaches 12 hours.
    for (let i = 0; i < 32; i++) {
      advance(20 * MINUTE);
      expect((await busy.browser.session()).json()).toMatchObject({ stage: 'mfa_ok' });
    }
    advance(20 * MINUTE);
    expect((await busy.browser.session()).json()).toMatchObject({ stage: 'anonymous' });
  });

  it('signs out: 204, the cookie is cleared, the old token no longer works, and it is audited', async () => {
    const s = await signInAs(t.app, 'supervisor_kemenpanrb');
    const token = s.browser.jar.get(SESSION_COOKIE);
    const res = await s.browser.post('/api/auth/logout', {});
    expect(res.statusCode).toBe(204);
    expect(s.browser.jar.get(SESSION_COOKIE)).toBeUndefined();
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `${SESSION_COOKIE}=${token}` },
    });
    expect(old.json()).toMatchObject({ stage: 'anonymous', user: null });
    expect(await auditActions(s.user.id)).toContain('identity.logout');
  });

  it('signs out without a request body too (a bare POST, as forms and curl send it)', async () => {
    const s = await signInAs(t.app, 'supervisor_kemenpanrb');
    expect((await s.browser.post('/api/auth/logout')).statusCode).toBe(204);
    expect(s.browser.jar.get(SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses a TOTP code without a half-finished sign-in', async () => {
    const b = new TestBrowser(t.app);
    await b.session();
    const res = await b.post('/api/auth/totp', { code: '123456' });
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it("stops a disabled user's live session at once", async () => {
    const admin = await signInAs(t.app, 'admin');
    const victim = await signInAs(t.app, 'bawaslu_staf');
    expect((await victim.browser.session()).json()).toMatchObject({ stage: 'mfa_ok' });
    const res = await admin.browser.post(`/api/admin/users/${victim.user.id}/disable`, {
      reason: 'left the office',
    });
    expect(res.statusCode).toBe(200);
    expect((await victim.browser.session()).json()).toMatchObject({ stage: 'anonymous', user: null });
    const again = new TestBrowser(t.app);
    await again.session();
    expect(
      (await again.post('/api/auth/login', { email: victim.email, password: victim.password })).json(),
    ).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS' },
    });
  });

  it("refuses the session of a user disabled behind the app's back (the session check reads the user row)", async () => {
    const s = await signInAs(t.app, 'custodian');
    await t.db.pool.query(
      `UPDATE staff_users SET disabled_at = now(), disabled_reason = 'direct' WHERE id = $1`,
      [s.user.id],
    );
    expect((await s.browser.session()).json()).toMatchObject({ stage: 'anonymous' });
  });
});
