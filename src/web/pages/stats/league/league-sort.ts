import { LEAGUE_COLUMNS, type PpkLeague } from '../../../../modules/stats/league-schema';

export type LeagueRow = PpkLeague['rows'][number];
export type LeagueSortKey =
  'agency' | (typeof LEAGUE_COLUMNS)[number] | 'medianDaysToDecree' | 'followUpRate';
export type SortDirection = 'ascending' | 'descending';

/** The table's columns after the agency, in the CSV's order: the counts, the rate, the median days. */
export const LEAGUE_TABLE_COLUMNS = [...LEAGUE_COLUMNS, 'followUpRate', 'medianDaysToDecree'] as const;

/**
 * The rows sorted by one column; ties keep the API's order (most outstanding first). A withheld count ("x":
 * small, or withheld so that a sum does not give a small one away) and an unknown rate or median have no place
 * in the order: they sort last whichever way the column is sorted.
 */
export function sortLeague(
  rows: readonly LeagueRow[],
  key: LeagueSortKey,
  direction: SortDirection,
): LeagueRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      if (key === 'agency') return sign * a.row.agencyName.localeCompare(b.row.agencyName, 'id') || a.i - b.i;
      const x = a.row.figures[key];
      const y = b.row.figures[key];
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      return sign * (x - y) || a.i - b.i;
    })
    .map(({ row }) => row);
}
