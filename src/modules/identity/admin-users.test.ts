import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { signInAs, TestBrowser, totpCode, type StaffSession } from '../../../test/support/staff-session';

let t: TestApp;
let admin: StaffSession;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAs(t.app, 'admin');
});
afterAll(async () => {
  await t.destroy();
});

type ErrorBody = { error: { code: string; fields?: { path: string; message: string }[] } };
const fieldsOf = (body: unknown): string[] => ((body as ErrorBody).error.fields ?? []).map((f) => f.path);

describe('creating staff accounts', () => {
  it('creates an account with a one-time initial password that signs in and must enrol TOTP', async () => {
    const res = await admin.browser.post('/api/admin/users', {
      email: 'Staf.Purbalingga@Test.Netra.id',
      name: 'Staf Purbalingga',
      role: 'bawaslu_staf',
      scope: { bawasluLevel: 'kabkota', regionCode: '33.03' },
      locale: 'en',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{
      user: { id: string; email: string; totpEnrolled: boolean; locale: string };
      initialPassword: string;
    }>();
    expect(body.user).toMatchObject({
      email: 'staf.purbalingga@test.netra.id',
      totpEnrolled: false,
      locale: 'en',
      isDemo: false,
    });
    expect(body.initialPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);

    const b = new TestBrowser(t.app);
    await b.session();
    const login = await b.post('/api/auth/login', {
      email: 'staf.purbalingga@test.netra.id',
      password: body.initialPassword,
    });
    expect(login.json()).toMatchObject({ stage: 'password_ok', mustEnrolTotp: true });
    const secret = login.json<{ enrolment: { secret: string } }>().enrolment.secret;
    expect((await b.post('/api/auth/totp', { code: totpCode(t.app, secret) })).statusCode).toBe(200);

    const audit = await admin.browser.get(`/api/admin/audit?entityType=staff_user&entityId=${body.user.id}`);
    const items = audit.json<{
      items: { action: string; actorLabel: string; data: Record<string, unknown> }[];
    }>().items;
    expect(items.map((i) => i.action)).toEqual([
      'identity.login.succeeded',
      'identity.totp.enrolled',
      'identity.user.created',
    ]);
    const created = items.find((i) => i.action === 'identity.user.created');
    expect(created).toMatchObject({
      actorLabel: admin.email,
      data: { role: 'bawaslu_staf', scope: { regionCode: '33.03' } },
    });
    expect(JSON.stringify(items)).not.toContain(body.initialPassword);
  });

  it.each([
    ['a malformed e-mail', { email: 'nope', name: 'X', role: 'admin' }, 'body.email'],
    ['an unknown role', { email: 'a@test.netra.id', name: 'X', role: 'root' }, 'body.role'],
    [
      'a scope that does not fit the role',
      {
        email: 'a@test.netra.id',
        name: 'X',
        role: 'bawaslu_staf',
        scope: { bawasluLevel: 'kabkota', regionCode: '33' },
      },
      'body.scope.regionCode',
    ],
    [
      'a scope key the role does not have',
      { email: 'a@test.netra.id', name: 'X', role: 'admin', scope: { regionCode: '33' } },
      'body.scope',
    ],
    ['an empty name', { email: 'a@test.netra.id', name: ' ', role: 'admin' }, 'body.name'],
  ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_label, payload, field) => {
    const res = await admin.browser.post('/api/admin/users', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(res.json())).toContain(field);
  });

  it.each([
    [
      'an agency missing from the reference data',
      { role: 'ppk_staf', scope: { agencyCode: 'kl-tidak-ada' } },
      'body.scope.agencyCode',
    ],
    [
      'a region missing from the reference data',
      { role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: '33.99' } },
      'body.scope.regionCode',
    ],
  ])('refuses %s with 400 VALIDATION_FAILED and creates nothing', async (_label, roleScope, field) => {
    const res = await admin.browser.post('/api/admin/users', {
      email: 'ghost@test.netra.id',
      name: 'Ghost',
      ...roleScope,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toEqual([field]);
    expect(
      (await t.db.pool.query(`SELECT 1 FROM staff_users WHERE email = 'ghost@test.netra.id'`)).rowCount,
    ).toBe(0);
  });

  it('accepts a PPK staff account for an agency in the reference data', async () => {
    const res = await admin.browser.post('/api/admin/users', {
      email: 'ppk.purbalingga@test.netra.id',
      name: 'Staf PPK',
      role: 'ppk_staf',
      scope: { agencyCode: 'pemda-33.03' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a second account with the same e-mail in any letter case with 409 CONFLICT', async () => {
    await admin.browser.post('/api/admin/users', {
      email: 'twice@test.netra.id',
      name: 'Once',
      role: 'custodian',
    });
    const res = await admin.browser.post('/api/admin/users', {
      email: 'TWICE@test.netra.id',
      name: 'Twice',
      role: 'custodian',
    });
    expect(res.statusCode).toBe(409);
    expect(fieldsOf(res.json())).toEqual(['body.email']);
  });
});

describe('listing and disabling', () => {
  it('lists accounts in pages', async () => {
    const first = (await admin.browser.get('/api/admin/users?page=1&pageSize=2')).json<{
      items: unknown[];
      total: number;
      page: number;
    }>();
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThanOrEqual(3);
    const bad = await admin.browser.get('/api/admin/users?pageSize=1000');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json())).toEqual(['querystring.pageSize']);
  });

  it('disables an account with a reason, audits it, and refuses to do it twice', async () => {
    const s = await signInAs(t.app, 'bkn_analis');
    const res = await admin.browser.post(`/api/admin/users/${s.user.id}/disable`, { reason: 'pindah tugas' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ disabledReason: 'pindah tugas' });
    expect(res.json<{ disabledAt: string | null }>().disabledAt).not.toBeNull();
    const again = await admin.browser.post(`/api/admin/users/${s.user.id}/disable`, {
      reason: 'pindah tugas',
    });
    expect(again.statusCode).toBe(409);
    const audit = (await admin.browser.get(`/api/admin/audit?entityId=${s.user.id}`)).json<{
      items: { action: string; data: unknown }[];
    }>();
    expect(audit.items[0]).toMatchObject({
      action: 'identity.user.disabled',
      data: { reason: 'pindah tugas' },
    });
  });

  it('refuses to disable without a reason, an unknown id, a malformed id, and the admin themselves', async () => {
    const s = await signInAs(t.app, 'custodian');
    expect(fieldsOf((await admin.browser.post(`/api/admin/users/${s.user.id}/disable`, {})).json())).toEqual([
      'body.reason',
    ]);
    const unknown = await admin.browser.post(
      '/api/admin/users/00000000-0000-4000-8000-000000000000/disable',
      { reason: 'none' },
    );
    expect(unknown.statusCode).toBe(404);
    const malformed = await admin.browser.post('/api/admin/users/42/disable', { reason: 'none' });
    expect(fieldsOf(malformed.json())).toEqual(['params.id']);
    const self = await admin.browser.post(`/api/admin/users/${admin.user.id}/disable`, { reason: 'oops' });
    expect(self.statusCode).toBe(409);
    expect((await admin.browser.session()).json()).toMatchObject({ stage: 'mfa_ok' });
  });
});

describe('query strings and free text', () => {
  it.each([
    ['/api/admin/users?page=1e3', 'querystring.page'],
    ['/api/admin/users?page=0x10', 'querystring.page'],
    ['/api/admin/users?pageSize=1.0', 'querystring.pageSize'],
    ['/api/admin/users?page=%201', 'querystring.page'],
    ['/api/admin/users?page=-1', 'querystring.page'],
    ['/api/admin/audit?page=1e1', 'querystring.page'],
  ])('refuses a page number not written in plain decimal digits: %s', async (url, field) => {
    const res = await admin.browser.get(url);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toEqual([field]);
  });

  it.each(['/api/admin/users?page=1&sort=email', '/api/admin/audit?entity_type=staff_user'])(
    'refuses an unknown query parameter with 400 instead of ignoring it: %s',
    async (url) => {
      const res = await admin.browser.get(url);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    },
  );

  it('still reads plain page numbers', async () => {
    const res = await admin.browser.get('/api/admin/audit?page=2&pageSize=1');
    expect(res.json()).toMatchObject({ page: 2, pageSize: 1 });
  });

  it.each([
    ['/api/admin/audit?entityType=staff%00user', 'querystring.entityType'],
    ['/api/admin/audit?entityId=%00', 'querystring.entityId'],
  ])('refuses a NUL character in audit filters with 400 naming the field: %s', async (url, field) => {
    const res = await admin.browser.get(url);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toEqual([field]);
  });

  it('refuses a NUL character in a name, an e-mail and a reason with 400 naming the field, and writes nothing', async () => {
    const name = await admin.browser.post('/api/admin/users', {
      email: 'nul.name@test.netra.id',
      name: 'Nul\0Name',
      role: 'custodian',
    });
    expect(fieldsOf(name.json())).toEqual(['body.name']);
    const email = await admin.browser.post('/api/admin/users', {
      email: 'nul\0@test.netra.id',
      name: 'Nul',
      role: 'custodian',
    });
    expect(fieldsOf(email.json())).toEqual(['body.email']);
    const s = await signInAs(t.app, 'custodian');
    const reason = await admin.browser.post(`/api/admin/users/${s.user.id}/disable`, {
      reason: 'bad\0reason',
    });
    expect(fieldsOf(reason.json())).toEqual(['body.reason']);
    expect((await s.browser.session()).json()).toMatchObject({ stage: 'mfa_ok' });
    const nul = await t.db.pool.query(`SELECT 1 FROM staff_users WHERE email LIKE 'nul%'`);
    expect(nul.rowCount).toBe(0);
  });
});
