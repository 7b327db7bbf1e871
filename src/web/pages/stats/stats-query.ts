import { STATS_DIMENSIONS, type StatsDimension } from '../../../modules/stats/schema';
import { withQuery } from '../../api/api-client';

export function dimensionOf(value: string): StatsDimension | undefined {
  return (STATS_DIMENSIONS as readonly string[]).includes(value) ? (value as StatsDimension) : undefined;
}

/**
 * The query both GET /api/public/stats and its CSV take (`get` reads a URL parameter, '' when unset). The
 * address bar uses the API's names (?election=…&province=…&by=…), so a shared link shows the same figures.
 */
function statsParams(get: (name: string) => string): Record<string, string | undefined> {
  return { election: get('election'), province: get('province'), by: dimensionOf(get('by')) };
}

export function statsApiPath(get: (name: string) => string): string {
  return withQuery('/api/public/stats', statsParams(get));
}

/** The same figures as a CSV file: exactly the table the page shows. */
export function statsCsvPath(get: (name: string) => string): string {
  return withQuery('/api/public/stats.csv', statsParams(get));
}
