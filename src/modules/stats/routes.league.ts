import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Language } from '../../platform/i18n/language';
import { getPpkLeague } from './actions/get-ppk-league';
import { ZPpkLeague, ZPpkLeagueCsvQuery, ZPpkLeagueQuery, type PpkLeagueQuery } from './league-schema';
import { csv, json } from './public-cache';
import type { PublicStatsOptions } from './routes';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './schema';
import { LEAGUE_CSV_COLUMNS, leagueCells, tableCsv } from './stats-csv';

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
      cache.answer(request, reply, async (lang) => json(ZPpkLeague.parse(await league(request.query, lang)))),
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
      cache.answer(request, reply, async (lang) => {
        const l = await league(request.query, lang);
        const body = tableCsv(
          ['counting_date', 'agency', 'label', ...LEAGUE_CSV_COLUMNS],
          [
            [l.countingDate, 'all', 'Total', ...leagueCells(l.totals)],
            ...l.rows.map((r) => [l.countingDate, r.agencyCode, r.agencyName, ...leagueCells(r.figures)]),
          ],
        );
        return csv(body, `netra-ppk-${l.countingDate}.csv`);
      }),
  );
};
