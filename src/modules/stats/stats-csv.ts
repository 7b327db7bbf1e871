// The public figures as CSV: exactly the rows and columns the statistics page shows (issue 5 §3), safe to open
// in a spreadsheet.
import { stringify } from 'csv-stringify/sync';
import type { Language } from '../../platform/i18n/language';
import { LEAGUE_COLUMNS, type LeagueFigures } from './league-schema';
import { CSV_COLUMNS, FUNNEL_COLUMNS, type FunnelFigures, type PublicStats } from './schema';
import type { StatsTrend } from './trend-schema';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe
 * (OWASP "CSV injection"). Counts are never negative, so no number is touched.
 */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A withheld cell reads "x", as on the page and as statistical offices mark confidential cells: it may be below
 * the threshold or withheld because a sum would give such a cell away, and the mark does not say which.
 */
export const WITHHELD = 'x';

export function cellText(n: number | null): string {
  return n === null ? WITHHELD : String(n);
}

export function rateText(rate: number | null): string {
  return rate === null ? '' : rate.toFixed(4);
}

/** The figures as CSV; `columns` narrows it to what a table shows (default: every count and the rate). */
export function statsCsv(
  stats: PublicStats,
  lang: Language,
  columns: readonly (typeof CSV_COLUMNS)[number][] = CSV_COLUMNS,
): string {
  const header = ['counting_date', stats.breakdown ? stats.breakdown.by : 'scope', 'label', ...columns];
  const line = (key: string, label: string, f: FunnelFigures) => [
    stats.countingDate,
    csvSafe(key),
    csvSafe(label),
    ...columns.map((c) => (c === 'followUpRate' ? rateText(f.followUpRate) : cellText(f[c]))),
  ];
  const rows = stats.breakdown
    ? stats.breakdown.rows.map((r) => line(r.key, r.label, r.figures))
    : [line('all', lang === 'id' ? 'Semua' : 'All', stats.funnel)];
  return stringify([header, ...rows]);
}

/** Any table as CSV: text cells made inert for spreadsheets, numbers as they are, empty for null. */
export function tableCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const cell = (v: string | number | null) =>
    v === null ? '' : typeof v === 'number' ? String(v) : csvSafe(v);
  return stringify([header.map((h) => csvSafe(h)), ...rows.map((r) => r.map(cell))]);
}

/** A funnel's cells in FUNNEL_COLUMNS order, then the rate: a row of the snapshot CSV and of the daily dump. */
export const FUNNEL_CSV_COLUMNS = [...FUNNEL_COLUMNS, 'followUpRate'] as const;
export function funnelCells(f: FunnelFigures): string[] {
  return [...FUNNEL_COLUMNS.map((c) => cellText(f[c])), rateText(f.followUpRate)];
}

/** A league row's cells (LEAGUE_COLUMNS, the rate, the median): the API's CSV and the daily dump. */
export const LEAGUE_CSV_COLUMNS = [...LEAGUE_COLUMNS, 'followUpRate', 'medianDaysToDecree'] as const;
export function leagueCells(f: LeagueFigures): (string | number | null)[] {
  return [...LEAGUE_COLUMNS.map((k) => cellText(f[k])), rateText(f.followUpRate), f.medianDaysToDecree];
}

/** A trend point's cells after its day: the API's CSV and the daily dump. */
export const TREND_CSV_COLUMNS = ['reported', 'forwarded', 'proven', 'sanctioned', 'followUpRate'] as const;
export function trendCells(p: StatsTrend['points'][number]): string[] {
  return [
    cellText(p.reported),
    cellText(p.forwarded),
    cellText(p.proven),
    cellText(p.sanctioned),
    rateText(p.followUpRate),
  ];
}
