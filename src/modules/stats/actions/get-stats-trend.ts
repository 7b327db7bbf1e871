// The funnel over time: reported, forwarded, proven and sanctioned as they stood at the end of each month.
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import type { Language } from '../../../platform/i18n/language';
import { followUpRate, funnelOf } from '../funnel';
import { movesByMonth } from '../queries/trend-queries';
import type { StatsTrend, StatsTrendQuery } from '../trend-schema';
import { assertKnownFilters } from './known-filters';

/** YYYY-MM from `first` to `last` inclusive (none when there is no first). */
function monthsBetween(first: string | undefined, last: string): string[] {
  const months: string[] = [];
  if (first === undefined) return months;
  for (
    let [y, m] = first.split('-').map(Number) as [number, number];
    `${y}-${String(m).padStart(2, '0')}` <= last;
  ) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Ten years of months: longer series go back no further (the oldest elections Netra holds are 2019). */
const MAX_MONTHS = 120;

export async function getStatsTrend(
  db: Queryable,
  q: StatsTrendQuery,
  opts: { lang: Language; now: Date; threshold: number },
): Promise<StatsTrend> {
  const today = jakartaDate(opts.now);
  await assertKnownFilters(db, q, opts.lang, today);
  const moves = await movesByMonth(db, q);
  const cell = (n: number) => (n > 0 && n < opts.threshold ? null : n);
  const points: StatsTrend['points'] = [];
  const byMonth = new Map<string, typeof moves>();
  for (const m of moves) byMonth.set(m.month, [...(byMonth.get(m.month) ?? []), m]);
  const counts = new Map<string, number>();
  for (const month of monthsBetween(moves[0]?.month, today.slice(0, 7))) {
    for (const m of byMonth.get(month) ?? []) counts.set(m.state, (counts.get(m.state) ?? 0) + m.delta);
    const f = funnelOf([...counts].map(([state, n]) => ({ state, n })));
    const proven = cell(f.proven);
    const sanctioned = cell(f.sanctioned);
    points.push({
      asOf: month === today.slice(0, 7) ? today : lastDayOf(month),
      reported: cell(f.reported),
      forwarded: cell(f.forwarded),
      proven,
      sanctioned,
      followUpRate: proven === null || sanctioned === null ? null : followUpRate(f),
    });
  }
  return {
    countingDate: today,
    unit: 'asn_reported',
    suppressionThreshold: opts.threshold,
    includesDemoData: moves.some((m) => m.demo),
    points: points.slice(-MAX_MONTHS),
  };
}
