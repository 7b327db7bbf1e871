import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerCsrfGuard } from './csrf-guard';
import { identityKeys } from './identity-keys';
import { adminRoutes } from './routes.admin';
import { authRoutes } from './routes.auth';

const plugin: FastifyPluginAsyncZod = async (app) => {
  const keys = identityKeys(app.ctx.config);
  await registerCsrfGuard(app, keys);
  await app.register(authRoutes, { prefix: '/auth', keys });
  await app.register(adminRoutes, { prefix: '/admin', keys });
};

/**
 * Staff sign-in (/auth) and administration (/admin). Not encapsulated (Fastify's `skip-override`, what
 * fastify-plugin sets): the CSRF check it installs must cover every module mounted under /api after it.
 */
export const identityRoutes: FastifyPluginAsyncZod = Object.assign(plugin, {
  [Symbol.for('skip-override')]: true,
});
