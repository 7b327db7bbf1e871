import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getReconciliation } from './actions/get-reconciliation';
import { json } from './public-cache';
import { ZReconciliation, ZReconciliationQuery } from './reconciliation-schema';
import type { PublicStatsOptions } from './routes';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './schema';

/** The reconciliation view (issue 5 §8): public, like the figures it reconciles. */
export const reconciliationRoutes: FastifyPluginAsyncZod<PublicStatsOptions> = async (app, { cache }) => {
  app.get(
    '/stats/reconciliation',
    {
      schema: {
        tags: ['statistics'],
        summary: 'One election counted as Bawaslu, BKN and Kemendagri count, with the differences explained',
        querystring: ZReconciliationQuery,
        response: { 200: ZReconciliation },
      },
    },
    async (request, reply) =>
      cache.answer(request, reply, async (lang) =>
        json(
          ZReconciliation.parse(
            await getReconciliation(app.ctx.db.pool, request.query, {
              lang,
              now: app.ctx.now(),
              threshold: DEFAULT_SUPPRESSION_THRESHOLD,
            }),
          ),
        ),
      ),
  );
};
