import fastifyCsrfProtection from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';
import { CSRF_COOKIE, sessionCookieOptions } from './session-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Double-submit CSRF check for every state-changing request under /api, sign-in included (login CSRF). The secret
 * lives in an HttpOnly cookie; the token derived from it comes from GET /api/auth/session and goes back in the
 * `x-csrf-token` header, which another site can neither read nor set. Stateless, so any node can check it.
 * Failures surface as FST_CSRF_* errors, which the error handler answers as 403 CSRF_INVALID.
 */
export async function registerCsrfGuard(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCsrfProtection, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: sessionCookieOptions(app.ctx.config.http.cookieSecure),
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (!UNSAFE_METHODS.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
}
