import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../../platform/http/error-handler';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { TestBrowser } from '../../../test/support/staff-session';
import { identityRoutes } from './routes';

let t: TestDatabase;
let app: FastifyInstance;

// The same shape as src/modules/routes.ts: identity first, then another module under /api.
beforeAll(async () => {
  t = await createTestDatabase();
  app = Fastify();
  app.decorate('ctx', { config: t.config, db: t.db, now: () => new Date() });
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
});
afterAll(async () => {
  await app.close();
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
