import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Language } from '../../platform/i18n/language';
import { requestLanguage } from './request-language';
import { getStatsTrend } from './actions/get-stats-trend';
import { answerKey, csv, json } from './public-cache';
import type { PublicStatsOptions } from './routes';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './schema';
import { cellText, rateText, tableCsv } from './stats-csv';
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
      cache.send(reply, answerKey(request.url, requestLanguage(request)), async () =>
        json(ZStatsTrend.parse(await trend(request.query, requestLanguage(request)))),
      ),
  );

  app.get(
    '/stats/trend.csv',
    { schema: { tags, querystring: ZStatsTrendCsvQuery, summary: 'The same monthly series as CSV' } },
    async (request, reply) =>
      cache.send(reply, answerKey(request.url, requestLanguage(request)), async () => {
        const t = await trend(request.query, requestLanguage(request));
        const body = tableCsv(
          ['as_of', 'reported', 'forwarded', 'proven', 'sanctioned', 'followUpRate'],
          t.points.map((p) => [
            p.asOf,
            cellText(p.reported),
            cellText(p.forwarded),
            cellText(p.proven),
            cellText(p.sanctioned),
            rateText(p.followUpRate),
          ]),
        );
        return csv(body, `netra-tren-${t.countingDate}.csv`);
      }),
  );
};
