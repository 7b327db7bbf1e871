import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AppError } from './platform/errors/app-error';
import type { AppContext } from './platform/http/app-context';
import { registerErrorHandler, sendError } from './platform/http/error-handler';
import { healthRoutes } from './platform/http/health-routes';
import { loggerOptions } from './platform/http/logger-options';
import { identityCookies } from './modules/identity';
import { moduleRoutes } from './modules/routes';
import { open311Routes } from './modules/stats/open311/routes';
import { PublicAnswerCache } from './modules/stats/public-cache';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Assembles the stateless HTTP app: plugins, module routes, OpenAPI, and the SPA. */
export interface BuildOptions {
  /** Where structured logs go (default stdout); tests capture them to prove what they never contain. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(ctx.config, opts.logStream),
    trustProxy: ctx.config.http.trustProxy,
    bodyLimit: 1024 * 1024,
    // Malformed URLs and headers answer in our error shape, not Fastify's.
    frameworkErrors: (error, request, reply) => {
      void sendError(request, reply, new AppError('BAD_REQUEST', { params: { reason: error.message } }));
    },
    // A caller's request id is kept when it looks like one; otherwise we make our own.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers carry sessions, CSRF tokens, enrolment secrets and personal data: never cache them.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects CSS variables in a <style> element.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Netra API',
        version: '0.1.0',
        description:
          'Supervision of ASN neutrality in Indonesian elections. Errors: { error: { code, message, fields? } }.',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: identityCookies(ctx.config.http.cookieSecure).session,
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  // One cache of public answers per node, shared by the public statistics and Open311 (public-cache.ts).
  const publicCache = new PublicAnswerCache(ctx.config.statsCacheSeconds, {
    onError: (err) => app.log.error({ err }, 'public statistics: background recount failed'),
  });
  await app.register(moduleRoutes, { prefix: '/api', publicCache });
  // Open311 GeoReport v2 (docs/open311.md): its own error format, outside /api.
  await app.register(open311Routes, {
    prefix: '/open311/v2',
    db: ctx.db.pool,
    now: ctx.now,
    cache: publicCache,
  });

  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (request.method !== 'GET' || url.startsWith('/api/') || url === '/api') {
      return sendError(request, reply, new AppError('NOT_FOUND'));
    }
    // Client-side routes: every other GET answers the SPA shell.
    if (!hasWeb) {
      return reply
        .type('text/plain')
        .send('Netra API is running. The web app is not built: run `npm run build`.');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}
