import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLanguage } from '../../platform/i18n/language';
import { getStatsTrend } from './actions/get-stats-trend';
import { csv, json } from './public-cache';
import type { PublicStatsOptions } from './routes';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './schema';
import { cellText, rateText, tableCsv } from './stats-csv';
import { ZStatsTrend, ZStatsTrendQuery, type StatsTrendQuery } from './trend-schema';

/** The funnel month by month (issue 5 §3 "trends over time"), public. */
export const trendRoutes: FastifyPluginAsyncZod<PublicStatsOptions> = async (app, { cache }) => {
  const trend = (query: StatsTrendQuery, acceptLanguage: string | undefined) =>
    getStatsTrend(app.ctx.db.pool, query, {
      lang: pickLanguage(acceptLanguage),
      now: app.ctx.now(),
      threshold: DEFAULT_SUPPRESSION_THRESHOLD,
    });
  const schema = { tags: ['statistics'], querystring: ZStatsTrendQuery };

  app.get(
    '/stats/trend',
    {
      schema: {
        ...schema,
        summary: 'Reported, forwarded, proven and sanctioned as they stood at the end of each month',
        response: { 200: ZStatsTrend },
      },
    },
    async (request, reply) =>
      cache.send(reply, `${request.url}|${pickLanguage(request.headers['accept-language'])}`, async () =>
        json(ZStatsTrend.parse(await trend(request.query, request.headers['accept-language']))),
      ),
  );

  app.get(
    '/stats/trend.csv',
    { schema: { ...schema, summary: 'The same monthly series as CSV' } },
    async (request, reply) =>
      cache.send(reply, `${request.url}|${pickLanguage(request.headers['accept-language'])}`, async () => {
        const t = await trend(request.query, request.headers['accept-language']);
        const withheld = (n: number | null) => cellText(n);
        const body = tableCsv(
          ['as_of', 'reported', 'forwarded', 'proven', 'sanctioned', 'followUpRate'],
          t.points.map((p) => [
            p.asOf,
            withheld(p.reported),
            withheld(p.forwarded),
            withheld(p.proven),
            withheld(p.sanctioned),
            rateText(p.followUpRate),
          ]),
        );
        return csv(body, `netra-tren-${t.countingDate}.csv`);
      }),
  );
};
