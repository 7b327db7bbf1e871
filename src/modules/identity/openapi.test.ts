import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.destroy();
});

describe('OpenAPI', () => {
  it('documents every auth and admin route with its described fields', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, unknown>> }>();
    for (const [path, method] of [
      ['/api/auth/session', 'get'],
      ['/api/auth/login', 'post'],
      ['/api/auth/totp', 'post'],
      ['/api/auth/logout', 'post'],
      ['/api/admin/users', 'get'],
      ['/api/admin/users', 'post'],
      ['/api/admin/users/{id}/disable', 'post'],
      ['/api/admin/audit', 'get'],
    ] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const text = JSON.stringify(doc.paths['/api/auth/session']);
    expect(text).toContain('Send as header x-csrf-token');
  });
});
