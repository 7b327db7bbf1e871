import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import {
  createTestUser,
  signInAs,
  TestBrowser,
  type StaffSession,
} from '../../../test/support/staff-session';
import { STAFF_ROLES, type StaffRole } from './schema';

let t: TestApp;
const sessions = new Map<StaffRole, StaffSession>();
let target: { id: string; email: string };

beforeAll(async () => {
  t = await createTestApp();
  for (const role of STAFF_ROLES) sessions.set(role, await signInAs(t.app, role));
  target = await createTestUser(t.app, 'bawaslu_staf');
});
afterAll(async () => {
  await t.destroy();
});

const session = (role: StaffRole): StaffSession => {
  const s = sessions.get(role);
  if (!s) throw new Error(`no session for ${role}`);
  return s;
};

/** What the database holds that the admin routes could change. */
async function snapshot(): Promise<string> {
  const users = await t.db.pool.query(`SELECT id, email, disabled_at FROM staff_users ORDER BY id`);
  const audit = await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
  return JSON.stringify({ users: users.rows, audit: audit.rows[0]?.n });
}

const adminRoutes = [
  { name: 'list users', method: 'GET' as const, url: () => '/api/admin/users' },
  { name: 'read the audit trail', method: 'GET' as const, url: () => '/api/admin/audit' },
  {
    name: 'create a user',
    method: 'POST' as const,
    url: () => '/api/admin/users',
    payload: () => ({ email: 'intruder@test.netra.id', name: 'Intruder', role: 'admin' }),
  },
  {
    name: 'disable a user',
    method: 'POST' as const,
    url: () => `/api/admin/users/${target.id}/disable`,
    payload: () => ({ reason: 'not allowed to' }),
  },
];

describe('admin routes refuse every role but admin', () => {
  for (const role of STAFF_ROLES.filter((r) => r !== 'admin')) {
    for (const route of adminRoutes) {
      it(`${role} cannot ${route.name}: 403 FORBIDDEN and the database is unchanged`, async () => {
        const before = await snapshot();
        const res = await t.app.inject({
          method: route.method,
          url: route.url(),
          headers: session(role).headers,
          ...(route.payload ? { payload: route.payload() } : {}),
        });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
        expect(await snapshot()).toBe(before);
      });
    }
  }

  for (const route of adminRoutes) {
    it(`a signed-out caller cannot ${route.name}: 401 UNAUTHENTICATED and the database is unchanged`, async () => {
      const b = new TestBrowser(t.app);
      await b.session();
      const before = await snapshot();
      const res = await t.app.inject({
        method: route.method,
        url: route.url(),
        headers: b.headers(),
        ...(route.payload ? { payload: route.payload() } : {}),
      });
      expect(res.statusCode).toBe(401);
      expect(await snapshot()).toBe(before);
    });

    it(`an admin who has only passed the password step cannot ${route.name}: 401`, async () => {
      const { email, password } = await createTestUser(t.app, 'admin');
      const b = new TestBrowser(t.app);
      await b.session();
      await b.post('/api/auth/login', { email, password });
      const before = await snapshot();
      const res = await t.app.inject({
        method: route.method,
        url: route.url(),
        headers: b.headers(),
        ...(route.payload ? { payload: route.payload() } : {}),
      });
      expect(res.statusCode).toBe(401);
      expect(await snapshot()).toBe(before);
    });
  }

  it('an admin can reach every admin route', async () => {
    const admin = session('admin');
    expect((await admin.browser.get('/api/admin/users')).statusCode).toBe(200);
    expect((await admin.browser.get('/api/admin/audit')).statusCode).toBe(200);
    const created = await admin.browser.post('/api/admin/users', {
      email: 'new.admin@test.netra.id',
      name: 'New',
      role: 'admin',
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await admin.browser.post(`/api/admin/users/${target.id}/disable`, { reason: 'test of access' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('the legal catalogue is open to every staff role', () => {
  const url = '/api/reference/legal/regulations';
  for (const role of STAFF_ROLES) {
    it(`${role} can read ${url}`, async (ctx) => {
      // Owned by the reference module; skipped (visibly) until that route exists.
      if (!t.app.hasRoute({ method: 'GET', url })) ctx.skip();
      expect((await session(role).browser.get(url)).statusCode).toBe(200);
    });
  }
  it(`a signed-out caller cannot read ${url}`, async (ctx) => {
    if (!t.app.hasRoute({ method: 'GET', url })) ctx.skip();
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});
