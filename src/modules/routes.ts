import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Every module's HTTP routes, mounted under /api. */
export const moduleRoutes: FastifyPluginAsyncZod = async () => {
  // Modules register here.
};
