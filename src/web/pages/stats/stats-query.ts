import type { CSV_COLUMNS, StatsDimension } from '../../../modules/stats/schema';
import { withQuery } from '../../api/api-client';

/**
 * The filters of the statistics pages, as the address bar and the API name them (?election=…&province=33
 * &regency=33.03&asOf=2024-02-06), so a shared link shows the same figures. A malformed value is dropped
 * here rather than sent to the API to be refused.
 */
export interface StatsFilter {
  election: string;
  province: string;
  regency: string;
  asOf: string;
}

const ELECTION = /^[a-z0-9-]{1,60}$/;
const PROVINCE = /^\d{2}$/;
const REGENCY = /^\d{2}\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `get` reads a URL parameter ('' when unset). A kab/kota counts only inside the province chosen. */
export function statsFilterOf(get: (name: string) => string): StatsFilter {
  const election = ELECTION.test(get('election')) ? get('election') : '';
  const province = PROVINCE.test(get('province')) ? get('province') : '';
  const regency = province && REGENCY.test(get('regency')) && get('regency').startsWith(`${province}.`);
  return {
    election,
    province,
    regency: regency ? get('regency') : '',
    asOf: DATE.test(get('asOf')) ? get('asOf') : '',
  };
}

/** A column the CSV can be cut to (`columns=`): the funnel's counts and the follow-up rate. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** GET /api/public/stats: the funnel, and one breakdown when `by` is given. */
export function statsApiPath(f: StatsFilter, by?: StatsDimension): string {
  return withQuery('/api/public/stats', { ...f, by });
}

/** The same figures as CSV: a breakdown cut to exactly the columns its table shows, or the whole funnel. */
export function statsCsvPath(f: StatsFilter, by?: StatsDimension, columns?: readonly CsvColumn[]): string {
  return withQuery('/api/public/stats.csv', { ...f, by, columns: columns?.join(',') });
}

/** The monthly series and the league take the area and the election only (they count as of each day). */
function areaOf(f: StatsFilter) {
  return { election: f.election, province: f.province, regency: f.regency };
}

export const trendApiPath = (f: StatsFilter) => withQuery('/api/public/stats/trend', areaOf(f));
export const trendCsvPath = (f: StatsFilter) => withQuery('/api/public/stats/trend.csv', areaOf(f));
export const leagueApiPath = (f: StatsFilter) => withQuery('/api/public/stats/ppk-league', areaOf(f));
export const leagueCsvPath = (f: StatsFilter) => withQuery('/api/public/stats/ppk-league.csv', areaOf(f));
