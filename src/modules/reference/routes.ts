import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { agencyRoutes } from './agencies/routes';
import { electionRoutes } from './elections/routes';
import { holidayRoutes } from './holidays/routes';
import { legalRoutes } from './legal/routes';
import { regionRoutes } from './regions/routes';

/** Reference data, read-only, mounted at /api/reference (src/modules/routes.ts). */
export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(regionRoutes);
  await app.register(agencyRoutes);
  await app.register(electionRoutes);
  await app.register(holidayRoutes);
  await app.register(legalRoutes);
};
