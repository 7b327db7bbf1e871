import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('defaults to embedded PGlite in ./data with demo accounts on', () => {
    const c = loadConfig({});
    expect(c.database.kind).toBe('pglite');
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(c.demo).toBe(true);
    expect(c.http.port).toBe(3000);
  });

  it('keeps demo accounts off by default in production or when listening beyond loopback', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0' }).demo).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', NETRA_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ HOST: 'localhost' }).demo).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/netra' });
    expect(c.database).toMatchObject({ kind: 'postgres', url: 'postgres://u:p@db:5432/netra' });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NETRA_DEMO: 'maybe' }, /NETRA_DEMO/],
    [{ NETRA_SECRET_KEY: 'c2hvcnQ=' }, /NETRA_SECRET_KEY must be 32 bytes/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('refuses %o with one clear line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('pglite');
  });
});
