import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { requestLanguage } from './request-language';
import { getPublicStats } from './actions/get-public-stats';
import { answerKey, csv, json, type PublicAnswerCache } from './public-cache';
import { statsCsv } from './stats-csv';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  ZPublicStats,
  ZPublicStatsCsvQuery,
  ZPublicStatsQuery,
} from './schema';

export interface PublicStatsOptions {
  cache: PublicAnswerCache;
}

/**
 * Public, read-only, no login: the figures journalists, researchers and the agencies cite (issue 5). Aggregates
 * only (never a case), small cells withheld, every figure with its counting date.
 */
export const statsRoutes: FastifyPluginAsyncZod<PublicStatsOptions> = async (app, { cache }) => {
  const opts = (request: FastifyRequest) => ({
    lang: requestLanguage(request),
    now: app.ctx.now(),
    threshold: DEFAULT_SUPPRESSION_THRESHOLD,
  });

  app.get(
    '/stats',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Reported → forwarded → proven → sanctioned, with one breakdown (by=…), now or as of a day; cells below 3 withheld',
        querystring: ZPublicStatsQuery,
        response: { 200: ZPublicStats },
      },
    },
    async (request, reply) => {
      const o = opts(request);
      return cache.send(reply, answerKey(request.url, o.lang), async () =>
        json(ZPublicStats.parse(await getPublicStats(app.ctx.db.pool, request.query, o))),
      );
    },
  );

  app.get(
    '/stats.csv',
    {
      schema: {
        tags: ['statistics'],
        summary: 'The same figures as CSV: the breakdown table when by=… is given, else the funnel',
        querystring: ZPublicStatsCsvQuery,
      },
    },
    async (request, reply) => {
      const o = opts(request);
      const { columns, lang: _lang, ...query } = request.query;
      return cache.send(reply, answerKey(request.url, o.lang), async () => {
        const stats = await getPublicStats(app.ctx.db.pool, query, o);
        const name = `netra-statistik-${stats.countingDate}${stats.breakdown ? `-${stats.breakdown.by}` : ''}.csv`;
        return csv(statsCsv(stats, o.lang, columns), name);
      });
    },
  );
};
