// The funnel over time: reported, forwarded, proven and sanctioned as they stood at the end of each month.
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import type { Language } from '../../../platform/i18n/language';
import { followUpRate, funnelOf } from '../funnel';
import { countByMonthEnd } from '../queries/trend-queries';
import type { StatsTrend, StatsTrendQuery } from '../trend-schema';
import { assertKnownFilters } from './known-filters';

/** Ten years of months: longer series go back no further (the oldest elections Netra holds are 2019). */
const MAX_MONTHS = 120;

export async function getStatsTrend(
  db: Queryable,
  q: StatsTrendQuery,
  opts: { lang: Language; now: Date; threshold: number },
): Promise<StatsTrend> {
  const today = jakartaDate(opts.now);
  await assertKnownFilters(db, q, opts.lang, today);
  const rows = await countByMonthEnd(db, q, today, MAX_MONTHS);
  const byMonth = new Map<string, { state: string; n: number }[]>();
  for (const r of rows) byMonth.set(r.asOf, [...(byMonth.get(r.asOf) ?? []), { state: r.state, n: r.n }]);
  const cell = (n: number) => (n > 0 && n < opts.threshold ? null : n);
  const points = [...byMonth.entries()].map(([asOf, states]) => {
    const f = funnelOf(states);
    const proven = cell(f.proven);
    const sanctioned = cell(f.sanctioned);
    return {
      asOf,
      reported: cell(f.reported),
      forwarded: cell(f.forwarded),
      proven,
      sanctioned,
      followUpRate: proven === null || sanctioned === null ? null : followUpRate(f),
    };
  });
  return {
    countingDate: today,
    unit: 'asn_reported',
    suppressionThreshold: opts.threshold,
    includesDemoData: rows.some((r) => r.demo),
    points,
  };
}
