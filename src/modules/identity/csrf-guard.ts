import fastifyCsrfProtection from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IdentityKeys } from './identity-keys';
import { hashSessionToken, identityCookies, isSessionToken } from './session-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// What a token is bound to without a session cookie. Not '': @fastify/csrf refuses an empty binding.
const SIGNED_OUT = 'signed-out';

function cookiesOf(request: FastifyRequest) {
  return identityCookies(request.server.ctx.config.http.cookieSecure);
}

/** The session a CSRF token is bound to: the hash of the session cookie the request carries, or SIGNED_OUT. */
function csrfBinding(request: FastifyRequest): string {
  const token = request.cookies[cookiesOf(request).session];
  return isSessionToken(token) ? hashSessionToken(token) : SIGNED_OUT;
}

/**
 * Double-submit CSRF check for every state-changing request under /api, sign-in included (login CSRF). The secret
 * lives in an HttpOnly cookie; the token derived from it comes from GET /api/auth/session and goes back in the
 * `x-csrf-token` header, which another site can neither read nor set. The token is also bound (HMAC) to the
 * session cookie, so a token issued for one session (or before sign-in) is refused with another (OWASP CSRF
 * Cheat Sheet, "Signed Double-Submit Cookie"). Stateless, so any node can check it. Failures surface as
 * FST_CSRF_* errors, which the error handler answers as 403 CSRF_INVALID.
 */
export async function registerCsrfGuard(app: FastifyInstance, keys: IdentityKeys): Promise<void> {
  const cookies = identityCookies(app.ctx.config.http.cookieSecure);
  await app.register(fastifyCsrfProtection, {
    cookieKey: cookies.csrf,
    cookieOpts: cookies.options,
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
    getUserInfo: csrfBinding,
    csrfOpts: { userInfo: true, hmacKey: keys.csrf },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (!UNSAFE_METHODS.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
}

/**
 * A CSRF token bound to `sessionTokenHash` (null: signed out). With `rotate` the secret cookie is replaced too:
 * every sign-in step and sign-out starts a new secret, so nothing issued before a stage change is accepted after.
 */
export function issueCsrfToken(
  request: FastifyRequest,
  reply: FastifyReply,
  opts: { sessionTokenHash: string | null; rotate: boolean },
): string {
  // generateCsrf reuses the secret the request brought; without it, it makes a new one and sets the cookie.
  if (opts.rotate) delete request.cookies[cookiesOf(request).csrf];
  return reply.generateCsrf({ userInfo: opts.sessionTokenHash ?? SIGNED_OUT });
}
