import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseRoutes } from './cases/routes';
import { notificationRoutes } from './cases/routes.notifications';
import { caseDocumentRoutes } from './cases/routes.documents';
import { caseReporterRoutes } from './cases/routes.reporters';
import { caseIntakeRoutes } from './cases/routes.intakes';
import { deadlineRuleRoutes } from './cases/routes.deadline-rules';
import { identityRoutes } from './identity';
import { referenceRoutes } from './reference';
import { statsRoutes } from './stats/routes';
import { leagueRoutes } from './stats/routes.league';
import { trendRoutes } from './stats/routes.trend';
import { reconciliationRoutes } from './stats/routes.reconciliation';
import { openDataRoutes } from './stats/open-data/routes';
import { publicSnapshotRoutes, snapshotPublishRoutes } from './stats/routes.snapshots';
import type { PublicAnswerCache } from './stats/public-cache';
import { geoRoutes } from './stats/routes.geo';

/** Every module's HTTP routes, mounted under /api. */
export const moduleRoutes: FastifyPluginAsyncZod<{ publicCache: PublicAnswerCache }> = async (
  app,
  { publicCache: cache },
) => {
  await app.register(identityRoutes);
  await app.register(referenceRoutes, { prefix: '/reference' });
  await app.register(caseRoutes, { prefix: '/cases' });
  await app.register(caseDocumentRoutes, { prefix: '/cases' });
  await app.register(caseReporterRoutes, { prefix: '/cases' });
  await app.register(caseIntakeRoutes, { prefix: '/cases' });
  await app.register(notificationRoutes, { prefix: '/notifications' });
  await app.register(deadlineRuleRoutes, { prefix: '/admin/deadline-rules' });
  await app.register(statsRoutes, { prefix: '/public', cache });
  await app.register(trendRoutes, { prefix: '/public', cache });
  await app.register(leagueRoutes, { prefix: '/public', cache });
  await app.register(publicSnapshotRoutes, { prefix: '/public', cache });
  await app.register(reconciliationRoutes, { prefix: '/public', cache });
  await app.register(openDataRoutes, { prefix: '/public' });
  await app.register(snapshotPublishRoutes, { prefix: '/stats' });
  await app.register(geoRoutes, { prefix: '/public' });
};
