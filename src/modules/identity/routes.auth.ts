import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error';
import { signInWithPassword } from './actions/sign-in-with-password';
import { signOut } from './actions/sign-out';
import { verifyTotpCode } from './actions/verify-totp-code';
import type { IdentityKeys } from './identity-keys';
import { presentSessionUser } from './present';
import { loadSession } from './require-staff';
import { ZLoginInput, ZLoginResult, ZSessionState, ZTotpInput, ZTotpResult } from './schema';
import { issueCsrfToken } from './csrf-guard';
import { hashSessionToken, identityCookies } from './session-token';
import { sessionState } from './session-state';
import { auditActorOf } from './staff-actor';

const tags = ['auth'];
// Per node and per IP, in memory only (never stored or logged). The lock-out in the database is what protects an
// account across nodes; this caps password spraying and argon2 work from one address.
const STRICT = { rateLimit: { max: 20, timeWindow: '1 minute' } };

export const authRoutes: FastifyPluginAsyncZod<{ keys: IdentityKeys }> = async (app, { keys }) => {
  await app.register(fastifyRateLimit, { global: true, max: 300, timeWindow: '1 minute' });
  const cookies = identityCookies(app.ctx.config.http.cookieSecure);

  app.get(
    '/session',
    {
      schema: {
        tags,
        summary: 'Current session and CSRF token (also when signed out)',
        response: { 200: ZSessionState },
      },
    },
    async (request, reply) => {
      const session = await loadSession(request);
      if (!session && request.cookies[cookies.session]) reply.clearCookie(cookies.session, cookies.options);
      const sessionTokenHash = session?.tokenHash ?? null;
      return sessionState(session, issueCsrfToken(request, reply, { sessionTokenHash, rotate: false }), keys);
    },
  );

  app.post(
    '/login',
    {
      config: STRICT,
      schema: {
        tags,
        summary: 'Sign in with e-mail and password (step 1 of 2)',
        body: ZLoginInput,
        response: { 200: ZLoginResult },
      },
    },
    async (request, reply) => {
      const previous = await loadSession(request);
      const { token, ...result } = await signInWithPassword(app.ctx.db.pool, {
        input: request.body,
        now: app.ctx.now(),
        keys,
        ...(previous ? { replacedTokenHash: previous.tokenHash } : {}),
      });
      reply.setCookie(cookies.session, token, cookies.options);
      const sessionTokenHash = hashSessionToken(token);
      return { ...result, csrfToken: issueCsrfToken(request, reply, { sessionTokenHash, rotate: true }) };
    },
  );

  app.post(
    '/totp',
    {
      config: STRICT,
      schema: {
        tags,
        summary: 'Send the TOTP code (step 2 of 2; the first code completes enrolment)',
        body: ZTotpInput,
        response: { 200: ZTotpResult },
      },
    },
    async (request, reply) => {
      const session = await loadSession(request);
      if (!session) throw new AppError('UNAUTHENTICATED');
      const { token, user } = await verifyTotpCode(app.ctx.db.pool, {
        session: { tokenHash: session.tokenHash, userId: session.user.id },
        input: request.body,
        now: app.ctx.now(),
        keys,
      });
      reply.setCookie(cookies.session, token, cookies.options);
      const csrfToken = issueCsrfToken(request, reply, {
        sessionTokenHash: hashSessionToken(token),
        rotate: true,
      });
      return { stage: 'mfa_ok' as const, user: presentSessionUser(user), csrfToken };
    },
  );

  app.post(
    '/logout',
    {
      schema: {
        tags,
        summary: 'Sign out',
        // A bare POST (no body) is how forms and curl sign out; fastify hands the schema null for it.
        body: z.object({}).nullish(),
        response: { 204: z.null().describe('Signed out') },
      },
    },
    async (request, reply) => {
      const session = await loadSession(request);
      if (session) {
        const actor = session.row.stage === 'mfa_ok' ? auditActorOf(session.user) : undefined;
        await signOut(app.ctx.db.pool, { tokenHash: session.tokenHash, actor, now: app.ctx.now() });
      }
      issueCsrfToken(request, reply, { sessionTokenHash: null, rotate: true });
      return reply.clearCookie(cookies.session, cookies.options).status(204).send(null);
    },
  );
};
