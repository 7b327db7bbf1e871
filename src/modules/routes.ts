import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseRoutes } from './cases/routes';
import { notificationRoutes } from './cases/routes.notifications';
import { caseDocumentRoutes } from './cases/routes.documents';
import { caseReporterRoutes } from './cases/routes.reporters';
import { deadlineRuleRoutes } from './cases/routes.deadline-rules';
import { identityRoutes } from './identity';
import { referenceRoutes } from './reference';
import { statsRoutes } from './stats/routes';
import { geoRoutes } from './stats/routes.geo';

/** Every module's HTTP routes, mounted under /api. */
export const moduleRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(identityRoutes);
  await app.register(referenceRoutes, { prefix: '/reference' });
  await app.register(caseRoutes, { prefix: '/cases' });
  await app.register(caseDocumentRoutes, { prefix: '/cases' });
  await app.register(caseReporterRoutes, { prefix: '/cases' });
  await app.register(notificationRoutes, { prefix: '/notifications' });
  await app.register(deadlineRuleRoutes, { prefix: '/admin/deadline-rules' });
  await app.register(statsRoutes, { prefix: '/public' });
  await app.register(geoRoutes, { prefix: '/public' });
};
