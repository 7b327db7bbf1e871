import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Language } from '../../platform/i18n/language';
import { getPublicStats } from './actions/get-public-stats';
import { csv, json, type PublicAnswerCache } from './public-cache';
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
  const opts = (lang: Language) => ({ lang, now: app.ctx.now(), threshold: DEFAULT_SUPPRESSION_THRESHOLD });

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
    async (request, reply) =>
      cache.answer(request, reply, async (lang) =>
        json(ZPublicStats.parse(await getPublicStats(app.ctx.db.pool, request.query, opts(lang)))),
      ),
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
      const { columns, lang: _lang, ...query } = request.query;
      return cache.answer(request, reply, async (lang) => {
        const stats = await getPublicStats(app.ctx.db.pool, query, opts(lang));
        const name = `netra-statistik-${stats.countingDate}${stats.breakdown ? `-${stats.breakdown.by}` : ''}.csv`;
        return csv(statsCsv(stats, lang, columns), name);
      });
    },
  );
};
