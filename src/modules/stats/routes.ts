import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLanguage } from '../../platform/i18n/language';
import { getPublicStats } from './actions/get-public-stats';
import { statsCsv } from './stats-csv';
import { DEFAULT_SUPPRESSION_THRESHOLD, ZPublicStats, ZPublicStatsQuery } from './schema';

/**
 * Public, read-only, no login: the figures journalists, researchers and the agencies cite (issue 5). Aggregates
 * only (never a case), small cells withheld, every figure with its counting date.
 */
export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/stats',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Reported → forwarded → proven → sanctioned, with one breakdown (by=…); cells below 3 withheld',
        querystring: ZPublicStatsQuery,
        response: { 200: ZPublicStats },
      },
    },
    async (request) =>
      getPublicStats(app.ctx.db.pool, request.query, {
        lang: pickLanguage(request.headers['accept-language']),
        now: app.ctx.now(),
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      }),
  );

  app.get(
    '/stats.csv',
    {
      schema: {
        tags: ['statistics'],
        summary: 'The same figures as CSV: the breakdown table when by=… is given, else the funnel',
        querystring: ZPublicStatsQuery,
      },
    },
    async (request, reply) => {
      const lang = pickLanguage(request.headers['accept-language']);
      const stats = await getPublicStats(app.ctx.db.pool, request.query, {
        lang,
        now: app.ctx.now(),
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      });
      const name = `netra-statistik-${stats.countingDate}${stats.breakdown ? `-${stats.breakdown.by}` : ''}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(statsCsv(stats, lang));
    },
  );
};
