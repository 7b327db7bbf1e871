import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Language } from '../../platform/i18n/language';
import { requestLanguage } from './request-language';
import { getPpkLeague } from './actions/get-ppk-league';
import {
  LEAGUE_COLUMNS,
  ZPpkLeague,
  ZPpkLeagueCsvQuery,
  ZPpkLeagueQuery,
  type PpkLeagueQuery,
} from './league-schema';
import { answerKey, csv, json } from './public-cache';
import type { PublicStatsOptions } from './routes';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './schema';
import { cellText, rateText, tableCsv } from './stats-csv';

/** The PPK follow-up league table (issue 5 §5): public, because the seeds ask for media and public scrutiny. */
export const leagueRoutes: FastifyPluginAsyncZod<PublicStatsOptions> = async (app, { cache }) => {
  const league = (query: PpkLeagueQuery, lang: Language) =>
    getPpkLeague(app.ctx.db.pool, query, {
      lang,
      now: app.ctx.now(),
      threshold: DEFAULT_SUPPRESSION_THRESHOLD,
    });
  const tags = ['statistics'];

  app.get(
    '/stats/ppk-league',
    {
      schema: {
        tags,
        querystring: ZPpkLeagueQuery,
        summary: 'Per agency: recommendations received, followed up in time or late, outstanding, blocked',
        response: { 200: ZPpkLeague },
      },
    },
    async (request, reply) =>
      cache.send(reply, answerKey(request.url, requestLanguage(request)), async () =>
        json(ZPpkLeague.parse(await league(request.query, requestLanguage(request)))),
      ),
  );

  app.get(
    '/stats/ppk-league.csv',
    {
      schema: {
        tags,
        querystring: ZPpkLeagueCsvQuery,
        summary: 'The same league table as CSV (the totals first)',
      },
    },
    async (request, reply) =>
      cache.send(reply, answerKey(request.url, requestLanguage(request)), async () => {
        const l = await league(request.query, requestLanguage(request));
        const cells = (f: (typeof l)['totals']) => [
          ...LEAGUE_COLUMNS.map((k) => cellText(f[k])),
          rateText(f.followUpRate),
          f.medianDaysToDecree,
        ];
        const body = tableCsv(
          ['counting_date', 'agency', 'label', ...LEAGUE_COLUMNS, 'followUpRate', 'medianDaysToDecree'],
          [
            [l.countingDate, 'all', 'Total', ...cells(l.totals)],
            ...l.rows.map((r) => [l.countingDate, r.agencyCode, r.agencyName, ...cells(r.figures)]),
          ],
        );
        return csv(body, `netra-ppk-${l.countingDate}.csv`);
      }),
  );
};
