import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../../platform/http/error-handler';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import {
  createTestUser,
  CSRF_COOKIE,
  SESSION_COOKIE,
  signInAs,
  TestBrowser,
  totpCode,
} from '../../../test/support/staff-session';
import type { Config } from '../../config';
import { identityRoutes } from './routes';

let t: TestDatabase;
let app: FastifyInstance;
let plainHttp: FastifyInstance;

// The same shape as src/modules/routes.ts: identity first, then another module under /api.
async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify();
  app.decorate('ctx', { config, db: t.db, now: () => new Date() });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(
    async (api) => {
      await api.register(identityRoutes);
      await api.register(
        async (other) => {
          other.post('/things', async () => ({ ok: true }));
          other.get('/things', async () => ({ ok: true }));
        },
        { prefix: '/other' },
      );
    },
    { prefix: '/api' },
  );
  await app.ready();
  return app;
}

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp(t.config);
  plainHttp = await buildApp({ ...t.config, http: { ...t.config.http, cookieSecure: false } });
});
afterAll(async () => {
  await app.close();
  await plainHttp.close();
  await t.destroy();
});

describe('CSRF guard', () => {
  it("covers another module's POST mounted after identity: refused without the token, accepted with it", async () => {
    const b = new TestBrowser(app);
    await b.session();
    const bare = await app.inject({
      method: 'POST',
      url: '/api/other/things',
      headers: { cookie: b.jar.header() },
    });
    expect(bare.statusCode).toBe(403);
    expect(bare.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    expect((await b.post('/api/other/things', {})).statusCode).toBe(200);
  });

  it('leaves GET requests alone', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/other/things' })).statusCode).toBe(200);
  });
});

describe('CSRF tokens and sessions', () => {
  it('binds the token to the session: a token issued to one session is refused with another session cookie', async () => {
    const a = await signInAs(app, 'admin');
    const b = await signInAs(app, 'admin');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: {
        cookie: `${CSRF_COOKIE}=${a.browser.jar.get(CSRF_COOKIE)}; ${SESSION_COOKIE}=${b.browser.jar.get(SESSION_COOKIE)}`,
        'x-csrf-token': a.browser.csrfToken,
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    expect((await b.browser.session()).json()).toMatchObject({ stage: 'mfa_ok' });
  });

  it('issues a new CSRF secret at each sign-in step and at sign-out, and refuses the signed-out token after sign-in', async () => {
    const { email, password } = await createTestUser(app, 'custodian');
    const b = new TestBrowser(app);
    await b.session();
    const before = { secret: b.jar.get(CSRF_COOKIE), token: b.csrfToken };
    const secrets = [before.secret];
    const login = await b.post('/api/auth/login', { email, password });
    secrets.push(b.jar.get(CSRF_COOKIE));
    expect(login.json<{ csrfToken: string }>().csrfToken).toBe(b.csrfToken);
    expect(b.csrfToken).not.toBe(before.token);
    const stale = await app.inject({
      method: 'POST',
      url: '/api/auth/totp',
      headers: {
        cookie: `${CSRF_COOKIE}=${before.secret}; ${SESSION_COOKIE}=${b.jar.get(SESSION_COOKIE)}`,
        'x-csrf-token': before.token,
      },
      payload: { code: '123456' },
    });
    expect(stale.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    const secret = login.json<{ enrolment: { secret: string } }>().enrolment.secret;
    expect((await b.post('/api/auth/totp', { code: totpCode(app, secret) })).statusCode).toBe(200);
    secrets.push(b.jar.get(CSRF_COOKIE));
    expect((await b.post('/api/auth/logout', {})).statusCode).toBe(204);
    secrets.push(b.jar.get(CSRF_COOKIE));
    expect(secrets.every((v) => typeof v === 'string' && v.length > 10)).toBe(true);
    expect(new Set(secrets).size).toBe(4);
  });
});

describe('cookie names', () => {
  type Cookie = { name: string; secure?: boolean; path?: string; domain?: string };
  const cookiesOf = async (a: FastifyInstance) =>
    (await a.inject({ method: 'GET', url: '/api/auth/session' })).cookies as Cookie[];

  it('uses the __Host- prefix (Secure, Path=/, no Domain) when cookies are Secure', async () => {
    const cookies = await cookiesOf(app);
    expect(cookies.map((c) => [c.name, c.secure, c.path, c.domain])).toEqual([
      ['__Host-netra_csrf', true, '/', undefined],
    ]);
  });

  it('keeps plain names over http (NETRA_COOKIE_SECURE=0), where a __Host- cookie would be dropped', async () => {
    const cookies = await cookiesOf(plainHttp);
    expect(cookies.map((c) => [c.name, c.secure ?? false])).toEqual([['netra_csrf', false]]);
    const b = new TestBrowser(plainHttp);
    await b.session();
    expect((await b.post('/api/other/things', {})).statusCode).toBe(200);
  });
});
