// The public statistics: the funnel, and one breakdown, from case_stats, small cells withheld.
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import type { Language } from '../../../platform/i18n/language';
import { shippedCategories } from '../categories';
import { assertKnownFilters } from './known-filters';
import { funnelOf } from '../funnel';
import {
  breakdownRawRows,
  publishedSize,
  publishedTable,
  type GroupStateCount,
  type RawRow,
} from '../public-figures';
import { countByState, namesOf } from '../queries/stats-queries';
import type { PublicStats, PublicStatsQuery, StatsDimension } from '../schema';
import { dimensionLabel } from '../dimension-labels';

/** Category breakdown: the case_stats groups are forms; fold them into their statistics categories. */
function foldForms(counts: GroupStateCount[]): GroupStateCount[] {
  const categories = shippedCategories();
  const folded = new Map<string, GroupStateCount>();
  for (const c of counts) {
    const code = categories.of(c.key === '' ? null : c.key).code;
    const prev = folded.get(`${code}|${c.state}`);
    if (prev) prev.n += c.n;
    else folded.set(`${code}|${c.state}`, { key: code, state: c.state, n: c.n });
  }
  return [...folded.values()];
}

async function labelsFor(
  db: Queryable,
  by: StatsDimension,
  keys: string[],
  lang: Language,
): Promise<(key: string) => string | undefined> {
  const table = by === 'agency' ? 'agencies' : by === 'province' || by === 'regency' ? 'regions' : null;
  const names = table === null ? new Map<string, string>() : await namesOf(db, table, keys);
  return (k) => names.get(k) ?? dimensionLabel(by, k, lang);
}

export async function getPublicStats(
  db: Queryable,
  q: PublicStatsQuery,
  opts: { lang: Language; now: Date; threshold: number },
): Promise<PublicStats> {
  const today = jakartaDate(opts.now);
  await assertKnownFilters(db, q, opts.lang, today);
  // Every subject falls in exactly one group of any dimension, so the funnel is the breakdown's counts added up:
  // one read either way.
  const read = await countByState(db, q, q.by ?? null, q.asOf ? endOfJakartaDay(q.asOf) : null);
  let rows: RawRow[] = [];
  if (q.by) {
    const counts = q.by === 'category' ? foldForms(read.counts) : read.counts;
    const labelOf = await labelsFor(db, q.by, [...new Set(counts.map((c) => c.key))], opts.lang);
    rows = breakdownRawRows(counts, labelOf, q.by === 'month');
  }
  // funnelOf adds up the counts of each state whatever group they came from.
  const table = publishedTable(funnelOf(read.counts), rows, opts.threshold);
  return {
    countingDate: q.asOf ?? today,
    countedFrom: q.asOf ? 'event_history' : 'aggregates',
    countedBy: 'date_of_report',
    unit: 'asn_reported',
    filters: {
      election: q.election ?? null,
      province: q.province ?? null,
      regency: q.regency ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
    },
    suppressionThreshold: opts.threshold,
    includesDemoData: read.includesDemo,
    funnel: table.funnel,
    breakdown: q.by
      ? {
          by: q.by,
          rows:
            q.by === 'month'
              ? table.rows
              : [...table.rows].sort(
                  (a, b) => publishedSize(b.figures) - publishedSize(a.figures) || a.key.localeCompare(b.key),
                ),
        }
      : null,
  };
}

/** The first instant after a day in Jakarta (WIB, UTC+7): events before it happened on or before that day. */
export function endOfJakartaDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00+07:00`) + 86_400_000);
}
