import crypto from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { TOTP } from 'otpauth';
import { withTransaction } from '../../src/db/database';
import { createUser } from '../../src/modules/identity/actions/create-user';
import { ZCreateUserInput, type SessionUser, type StaffRole } from '../../src/modules/identity/schema';

/** A scope per role for tests that do not care which (the same ones the demo accounts use). */
export const DEFAULT_SCOPES: Record<StaffRole, Record<string, unknown>> = {
  admin: {},
  bawaslu_staf: { bawasluLevel: 'kabkota', regionCode: '33.03' },
  bawaslu_pimpinan: { bawasluLevel: 'provinsi', regionCode: '33' },
  bkn_analis: { bknOffice: 'kanreg-1' },
  bkn_pejabat: { bknOffice: 'pusat' },
  ppk_staf: { agencyCode: 'pemda-33.03' },
  supervisor_kemendagri: { regionCode: null },
  supervisor_kemenpanrb: {},
  ombudsman_pengawas: { regionCode: '33' },
  custodian: {},
};

export const TEST_PASSWORD = 'correct horse battery staple';

/** Cookie names with NETRA_COOKIE_SECURE on (the test config): `__Host-` prefixed. */
export const SESSION_COOKIE = '__Host-netra_session';
export const CSRF_COOKIE = '__Host-netra_csrf';

/** Cookies as a browser keeps them between requests (set, replaced, cleared). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  update(response: LightMyRequestResponse): this {
    for (const c of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const cleared =
        c.value === '' || c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (cleared) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return this;
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * A random address per browser: the per-IP rate limit on /api/auth/* then never trips across a test file.
 * (Only light-my-request sees it; nothing stores it.)
 */
export function randomAddress(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** A browser: its cookies, its address, and the CSRF token it last read. */
export class TestBrowser {
  readonly jar = new CookieJar();
  readonly remoteAddress = randomAddress();
  csrfToken = '';

  constructor(readonly app: FastifyInstance) {}

  /** Headers a state-changing request needs: cookies and the CSRF token. */
  headers(): Record<string, string> {
    return { cookie: this.jar.header(), 'x-csrf-token': this.csrfToken };
  }

  async session(): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: this.jar.header() },
      remoteAddress: this.remoteAddress,
    });
    this.jar.update(res);
    this.csrfToken = res.json<{ csrfToken: string }>().csrfToken;
    return res;
  }

  /** A POST; like the web app, it takes up a new CSRF token when the answer brings one (sign-in steps). */
  async post(url: string, body?: unknown): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: this.headers(),
      remoteAddress: this.remoteAddress,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    this.jar.update(res);
    const token = res.headers['content-type']?.toString().startsWith('application/json')
      ? res.json<{ csrfToken?: unknown }>().csrfToken
      : undefined;
    if (typeof token === 'string') this.csrfToken = token;
    return res;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.jar.header() },
      remoteAddress: this.remoteAddress,
    });
    this.jar.update(res);
    return res;
  }
}

/** The current code for a base32 seed at the app's clock. */
export function totpCode(app: FastifyInstance, secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: app.ctx.now().getTime() + offsetSteps * 30_000 });
}

export interface StaffSession {
  browser: TestBrowser;
  /** Cookie and x-csrf-token: spread into `app.inject({ headers })`. */
  headers: Record<string, string>;
  user: SessionUser;
  email: string;
  password: string;
  totpSecret: string;
}

/** Creates a user through the create-user action. */
export async function createTestUser(
  app: FastifyInstance,
  role: StaffRole,
  scope: Record<string, unknown> = DEFAULT_SCOPES[role],
  opts: { email?: string; password?: string } = {},
): Promise<{ email: string; password: string; id: string }> {
  const email =
    opts.email ?? `${role.replace(/_/g, '.')}.${crypto.randomBytes(4).toString('hex')}@test.netra.id`;
  const password = opts.password ?? TEST_PASSWORD;
  const input = ZCreateUserInput.parse({ email, name: `Test ${role}`, role, scope });
  const { user } = await withTransaction(app.ctx.db.pool, (tx) =>
    createUser(tx, { actor: { id: null, label: 'test' }, input, now: app.ctx.now(), options: { password } }),
  );
  return { email, password, id: user.id };
}

/**
 * A fully signed-in staff member (password + TOTP enrolment) for tests of any module:
 * `const s = await signInAs(app, 'bawaslu_staf'); app.inject({ method: 'POST', url, headers: s.headers, ... })`.
 */
export async function signInAs(
  app: FastifyInstance,
  role: StaffRole,
  scope?: Record<string, unknown>,
): Promise<StaffSession> {
  const { email, password } = await createTestUser(app, role, scope);
  const browser = new TestBrowser(app);
  await browser.session();
  const login = await browser.post('/api/auth/login', { email, password });
  if (login.statusCode !== 200) throw new Error(`signInAs: login answered ${login.statusCode} ${login.body}`);
  const totpSecret = login.json<{ enrolment: { secret: string } }>().enrolment.secret;
  const totp = await browser.post('/api/auth/totp', { code: totpCode(app, totpSecret) });
  if (totp.statusCode !== 200) throw new Error(`signInAs: totp answered ${totp.statusCode} ${totp.body}`);
  await browser.session();
  return {
    browser,
    headers: browser.headers(),
    user: totp.json<{ user: SessionUser }>().user,
    email,
    password,
    totpSecret,
  };
}
