import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { runNetra, startNetraServer, type NetraServer } from './support/netra-process';
import { dbUrl, pgTemplateDb, pgTestDb, runTmpDir, testPgAdminUrl } from './support/test-env';

/*
 * ARCHITECTURE.md §2: Fastify nodes are stateless, so any number of them can serve one PostgreSQL behind a
 * load balancer. This runs two real `netra serve` processes on one database (a private copy of the run's
 * template) and checks both answer. PostgreSQL only: an embedded data dir admits one process by design.
 */

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: testPgAdminUrl() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A browser over real HTTP: keeps cookies across requests, to whichever process it talks to. */
class HttpBrowser {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  async request(url: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': this.csrfToken,
    };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(10_000),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
      const expired = attrs.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a),
      );
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async session(base: string): Promise<{ stage: string; user: { email: string } | null }> {
    const res = await this.request(`${base}/api/auth/session`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { csrfToken: string; stage: string; user: { email: string } | null };
    this.csrfToken = body.csrfToken;
    return body;
  }
}

describe.skipIf(process.env.NETRA_TEST_DB !== 'postgres')('two app processes on one PostgreSQL', () => {
  const name = pgTestDb(`two_${crypto.randomBytes(4).toString('hex')}`);
  let servers: NetraServer[] = [];
  let adminTotpSecret = '';

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name} TEMPLATE ${pgTemplateDb()}`);
    const env = {
      DATABASE_URL: dbUrl(testPgAdminUrl(), name),
      NETRA_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
      NETRA_DATA_DIR: runTmpDir(),
      LOG_LEVEL: 'warn',
    };
    // A third process creates the demo staff accounts in the shared database (admin's TOTP seed is printed).
    const demo = await runNetra(['demo'], env);
    expect(demo.code, demo.stderr).toBe(0);
    adminTotpSecret = /admin@demo\.netra\.id\s+admin\b.*TOTP (\S+)/.exec(demo.stdout)?.[1] ?? '';
    expect(adminTotpSecret, demo.stdout).not.toBe('');
    // Started together, as a deploy starts its nodes: both migrate-and-seed at once (advisory lock).
    const started = await Promise.allSettled([startNetraServer(env), startNetraServer(env)]);
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('runs as two separate processes on two ports', () => {
    expect(servers).toHaveLength(2);
    expect(servers[0]!.pid).not.toBe(servers[1]!.pid);
    expect(servers[0]!.url).not.toBe(servers[1]!.url);
  });

  it.each([0, 1])('process %i answers /health, /ready (on postgres) and /api/openapi.json', async (i) => {
    const { url } = servers[i]!;
    const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(5000) });
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', database: 'postgres' }]);
    const openapi = await fetch(`${url}/api/openapi.json`, { signal: AbortSignal.timeout(5000) });
    expect(openapi.status).toBe(200);
    expect(await openapi.json()).toMatchObject({ openapi: '3.1.0', info: { title: 'Netra API' } });
  });

  it('serves the same API description from both processes', async () => {
    const docs = await Promise.all(
      servers.map(async (s) =>
        (await fetch(`${s.url}/api/openapi.json`, { signal: AbortSignal.timeout(5000) })).text(),
      ),
    );
    expect(docs[0]).toBe(docs[1]);
  });

  it('keeps a staff session across processes: password on 0, TOTP on 1, seen by both, ended on 1', async () => {
    const [p0, p1] = servers.map((s) => s.url) as [string, string];
    const browser = new HttpBrowser();
    expect((await browser.session(p0)).stage).toBe('anonymous');
    const login = await browser.request(`${p0}/api/auth/login`, {
      method: 'POST',
      body: { email: 'admin@demo.netra.id', password: 'netra-demo-2024' },
    });
    expect(login.status, await login.clone().text()).toBe(200);
    // Signing in rotates the CSRF token (it is bound to the session): take the one process 0 sent back.
    browser.csrfToken = ((await login.json()) as { csrfToken: string }).csrfToken;
    // The CSRF token and session cookie issued by process 0 are accepted by process 1: nothing lives in memory.
    const code = new TOTP({ secret: Secret.fromBase32(adminTotpSecret) }).generate();
    const totp = await browser.request(`${p1}/api/auth/totp`, { method: 'POST', body: { code } });
    expect(totp.status, await totp.clone().text()).toBe(200);
    for (const base of [p0, p1]) {
      expect(await browser.session(base)).toMatchObject({
        stage: 'mfa_ok',
        user: { email: 'admin@demo.netra.id' },
      });
    }
    const logout = await browser.request(`${p1}/api/auth/logout`, { method: 'POST', body: {} });
    expect(logout.status).toBe(204);
    expect(await browser.session(p0)).toMatchObject({ stage: 'anonymous', user: null });
  });
});
