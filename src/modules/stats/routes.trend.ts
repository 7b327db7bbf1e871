import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Language } from '../../platform/i18n/language';
import { getStatsTrend } from './actions/get-stats-trend';
import { csv, json } from './public-cache';
import type { PublicStatsOptions } from './routes';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './schema';
import { tableCsv, TREND_CSV_COLUMNS, trendCells } from './stats-csv';
import { ZStatsTrend, ZStatsTrendCsvQuery, ZStatsTrendQuery, type StatsTrendQuery } from './trend-schema';

/** The funnel month by month (issue 5 §3 "trends over time"), public. */
export const trendRoutes: FastifyPluginAsyncZod<PublicStatsOptions> = async (app, { cache }) => {
  const trend = (query: StatsTrendQuery, lang: Language) =>
    getStatsTrend(app.ctx.db.pool, query, {
      lang,
      now: app.ctx.now(),
      threshold: DEFAULT_SUPPRESSION_THRESHOLD,
    });
  const tags = ['statistics'];

  app.get(
    '/stats/trend',
    {
      schema: {
        tags,
        querystring: ZStatsTrendQuery,
        summary: 'Reported, forwarded, proven and sanctioned as they stood at the end of each month',
        response: { 200: ZStatsTrend },
      },
    },
    async (request, reply) =>
      cache.answer(request, reply, async (lang) => json(ZStatsTrend.parse(await trend(request.query, lang)))),
  );

  app.get(
    '/stats/trend.csv',
    { schema: { tags, querystring: ZStatsTrendCsvQuery, summary: 'The same monthly series as CSV' } },
    async (request, reply) =>
      cache.answer(request, reply, async (lang) => {
        const t = await trend(request.query, lang);
        const body = tableCsv(
          ['as_of', ...TREND_CSV_COLUMNS],
          t.points.map((p) => [p.asOf, ...trendCells(p)]),
        );
        return csv(body, `netra-tren-${t.countingDate}.csv`);
      }),
  );
};
