import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const referenceRoutes: FastifyPluginAsyncZod = async () => {};
