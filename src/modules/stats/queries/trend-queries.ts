// SQL of the statistics trend: the reported ASN by state as they stood at the end of each month, in one pass over
// the event history (each event holds from its instant until the case's next event).
import type { Queryable } from '../../../db/database';
import { binder, withinRegion } from '../../cases/queries';
import type { StatsTrendQuery } from '../trend-schema';

export interface MonthStateCount {
  /** The month's last day counted (or `today` for the current month), YYYY-MM-DD. */
  asOf: string;
  state: string;
  n: number;
  demo: boolean;
}

function caseFilter(q: StatsTrendQuery, bind: (v: unknown) => string): string {
  const where = ['true'];
  if (q.election) where.push(`c.election_id = ${bind(q.election)}`);
  const area = q.regency ?? q.province;
  if (area) where.push(withinRegion('c.region_code', area, bind));
  return where.join(' AND ');
}

/** Counts per month end from the first reported case to `today` (at most `maxMonths`, the latest). */
export async function countByMonthEnd(
  db: Queryable,
  q: StatsTrendQuery,
  today: string,
  maxMonths: number,
): Promise<MonthStateCount[]> {
  const params: unknown[] = [today, maxMonths];
  const filter = caseFilter(q, binder(params));
  const { rows } = await db.query<MonthStateCount>(
    `WITH scope AS (
       SELECT c.id, c.is_demo, (SELECT count(*) FROM case_subjects s WHERE s.case_id = c.id)::int AS subjects,
              jakarta_date(c.created_at) AS reported_on
         FROM cases c WHERE ${filter}),
     month_ends AS (
       SELECT least((m + interval '1 month')::date - 1, $1::date) AS as_of
         FROM generate_series(
                greatest(date_trunc('month', (SELECT min(reported_on) FROM scope)),
                         date_trunc('month', $1::date) - ($2::int - 1) * interval '1 month'),
                date_trunc('month', $1::date), interval '1 month') m),
     spans AS (
       SELECT e.case_id, e.to_state, e.at,
              lead(e.at) OVER (PARTITION BY e.case_id ORDER BY e.version) AS until
         FROM case_events e JOIN scope ON scope.id = e.case_id)
     SELECT to_char(me.as_of, 'YYYY-MM-DD') AS "asOf", sp.to_state AS state, sum(sc.subjects)::int AS n,
            bool_or(sc.is_demo) AS demo
       FROM month_ends me
       -- The instant after the month's last day in Jakarta (UTC+7).
       CROSS JOIN LATERAL (SELECT (me.as_of + 1)::timestamp - interval '7 hours' AS edge) b
       JOIN spans sp ON sp.at < b.edge AT TIME ZONE 'UTC' AND (sp.until IS NULL OR sp.until >= b.edge AT TIME ZONE 'UTC')
       JOIN scope sc ON sc.id = sp.case_id
      GROUP BY 1, 2
      ORDER BY 1`,
    params,
  );
  return rows;
}
