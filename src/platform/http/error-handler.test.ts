import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { registerErrorHandler } from './error-handler';

async function appWithRoutes() {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.post(
    '/things',
    { schema: { body: z.object({ name: z.string().min(3), count: z.number().int() }).strict() } },
    async () => ({ ok: true }),
  );
  app.get('/conflict', async () => {
    throw new AppError('CONFLICT', { params: { reason: 'nip' } });
  });
  app.get('/bug', async () => {
    throw new Error('secret internals');
  });
  await app.ready();
  return app;
}

describe('one error shape, in the caller language', () => {
  it('answers a validation error with 400, the code and each field, in Indonesian by default', async () => {
    const app = await appWithRoutes();
    const res = await app.inject({ method: 'POST', url: '/things', payload: { name: 'ab', count: 1.5 } });
    expect(res.statusCode).toBe(400);
    const body = res.json<{
      error: { code: string; message: string; fields: { path: string; message: string }[] };
    }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toBe('Data yang dikirim tidak valid.');
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(['body.count', 'body.name']);
    expect(body.error.fields.find((f) => f.path === 'body.name')?.message).toMatch(
      /terlalu kecil|minimal|kurang/i,
    );
  });

  it('answers in English when Accept-Language prefers it', async () => {
    const app = await appWithRoutes();
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'accept-language': 'en-GB,en;q=0.9,id;q=0.5' },
      payload: { name: 'ab', count: 1 },
    });
    const body = res.json<{ error: { message: string; fields: { message: string }[] } }>();
    expect(body.error.message).toBe('The submitted data is invalid.');
    expect(body.error.fields[0]?.message).toMatch(/too small/i);
    expect(res.headers['content-language']).toBe('en');
  });

  it('refuses unknown fields in a strict body', async () => {
    const app = await appWithRoutes();
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      payload: { name: 'abc', count: 1, admin: true },
    });
    expect(res.statusCode).toBe(400);
  });

  it('answers malformed JSON with 400 BAD_REQUEST, not a 500', async () => {
    const app = await appWithRoutes();
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('BAD_REQUEST');
  });

  it('answers an unsupported content type with 415', async () => {
    const app = await appWithRoutes();
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('maps an AppError to its status with parameters filled in', async () => {
    const app = await appWithRoutes();
    const res = await app.inject({ method: 'GET', url: '/conflict', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ error: { code: 'CONFLICT', message: 'Conflicts with existing data: nip' } });
  });

  it('hides the internals of our own bugs behind a 500 INTERNAL', async () => {
    const app = await appWithRoutes();
    const res = await app.inject({ method: 'GET', url: '/bug' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret internals');
    expect(res.json<{ error: { code: string } }>().error.code).toBe('INTERNAL');
  });
});
