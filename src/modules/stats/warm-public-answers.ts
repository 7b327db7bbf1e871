// Fills a node's public answers at start (after a restart every cache is empty): the questions the statistics
// page asks first, for all elections and for each. At national scale some take seconds to count (bench/README.md
// "stats": the trend of one election 12 s cold at 1 M cases); a visitor should not be the one who waits.
import type { FastifyInstance } from 'fastify';
import { STATS_DIMENSIONS } from './schema';

/** The statistics page's first requests for an election (or all, when undefined). */
export function firstQuestions(election: string | undefined): string[] {
  const q = election ? `election=${election}` : '';
  const withBy = (by: string) => `/api/public/stats?${q ? `${q}&` : ''}by=${by}`;
  return [
    `/api/public/stats${q ? `?${q}` : ''}`,
    ...STATS_DIMENSIONS.filter((d) => d !== 'regency' && d !== 'month').map(withBy),
    `/api/public/stats/trend${q ? `?${q}` : ''}`,
    `/api/public/stats/ppk-league${q ? `?${q}` : ''}`,
  ];
}

/** Asks them one after another (never many at once: the counts share the database with the workflow). */
export async function warmPublicAnswers(app: FastifyInstance, elections: readonly string[]): Promise<number> {
  let asked = 0;
  for (const election of [undefined, ...elections])
    for (const url of firstQuestions(election)) {
      await app.inject({ method: 'GET', url, headers: { 'accept-language': 'id' } });
      asked++;
    }
  return asked;
}
