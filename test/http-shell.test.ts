import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { captureLogLines } from './support/log-capture';

let t: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
const { logStream, lines: logLines } = captureLogLines();

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp(
    { config: { ...t.config, logLevel: 'info' }, db: t.db, now: () => new Date() },
    { logStream },
  );
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.destroy();
});

describe('HTTP shell', () => {
  it('answers liveness and readiness with the backend in use', async () => {
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: t.db.kind });
  });

  it('publishes an OpenAPI 3.1 document and the docs UI', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/health');
    const ui = await app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('sends security headers and a strict content security policy', async () => {
    const res = await app.inject('/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
  });

  it('gives every response a request id and keeps a well-formed one from the caller', async () => {
    const own = await app.inject('/health');
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.inject({ url: '/health', headers: { 'x-request-id': 'abc123-xyz.789' } });
    expect(given.headers['x-request-id']).toBe('abc123-xyz.789');
    const hostile = await app.inject({ url: '/health', headers: { 'x-request-id': 'bad id\nwith newline' } });
    expect(hostile.headers['x-request-id']).not.toContain('bad');
  });

  it('answers unknown API paths with the JSON error shape in the caller language', async () => {
    const res = await app.inject({ url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found.' } });
    const id = await app.inject({ method: 'DELETE', url: '/anything' });
    expect(id.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Data tidak ditemukan.' } });
  });

  it('marks every API answer no-store, so sessions and tokens never sit in a cache', async () => {
    expect((await app.inject('/api/openapi.json')).headers['cache-control']).toBe('no-store');
    expect((await app.inject('/api/auth/session')).headers['cache-control']).toBe('no-store');
  });

  it('answers a malformed URL in the one error shape, not a framework body', async () => {
    const res = await app.inject({ url: '/api/reference/regions/%FF', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('BAD_REQUEST');
  });

  it.each([
    '/api/reference/regions?q=%00',
    '/api/reference/regions?q=a%00b',
    '/api/reference/agencies?q=%00x',
  ])('refuses a NUL character in search text with 400 naming the field (%s)', async (url) => {
    const res = await app.inject({ url, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; fields: { path: string; message: string }[] } }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields[0]).toEqual({
      path: 'querystring.q',
      message: 'must not contain the NUL character',
    });
  });

  it('never writes IP addresses, user agents or cookies to the logs', async () => {
    await app.inject({
      url: '/health?secret=1',
      remoteAddress: '203.0.113.77',
      headers: {
        'user-agent': 'ReporterPhone/1.0',
        cookie: 'netra_session=abcdef',
        'x-forwarded-for': '198.51.100.9',
      },
    });
    const text = logLines.join('');
    expect(text).toContain('/health');
    expect(text).not.toContain('203.0.113.77');
    expect(text).not.toContain('198.51.100.9');
    expect(text).not.toContain('ReporterPhone');
    expect(text).not.toContain('abcdef');
    expect(text).not.toContain('secret=1');
  });
});
