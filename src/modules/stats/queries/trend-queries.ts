// SQL of the statistics trend: how many reported ASN entered and left each state in each month (Jakarta time),
// in one pass over the event history. Every event moves a case's subjects from its from_state to its to_state, so
// the running sum of these moves, month by month, is the count by state at each month end (stats-trend.ts adds
// them up). A state-at-each-month join measured 1.3 s at 10 k cases; this is one grouped scan.
import type { Queryable } from '../../../db/database';
import { binder, withinRegion } from '../../cases/queries';
import type { StatsTrendQuery } from '../trend-schema';

export interface MonthStateMove {
  /** YYYY-MM (Asia/Jakarta). */
  month: string;
  state: string;
  /** Subjects that entered (+) or left (−) the state that month. */
  delta: number;
  demo: boolean;
}

export async function movesByMonth(db: Queryable, q: StatsTrendQuery): Promise<MonthStateMove[]> {
  const params: unknown[] = [];
  const bind = binder(params);
  const where = ['true'];
  if (q.election) where.push(`c.election_id = ${bind(q.election)}`);
  const area = q.regency ?? q.province;
  if (area) where.push(withinRegion('c.region_code', area, bind));
  const { rows } = await db.query<MonthStateMove>(
    `WITH scope AS (
       SELECT c.id, c.is_demo, c.recommended_at,
              (SELECT count(*) FROM case_subjects s WHERE s.case_id = c.id)::int AS subjects
         FROM cases c WHERE ${where.join(' AND ')}),
     moves AS (
       SELECT e.at, ${BUCKET_STATE('e.to_state')} AS state, sc.subjects AS delta, sc.is_demo
         FROM case_events e JOIN scope sc ON sc.id = e.case_id
       UNION ALL
       SELECT e.at, ${BUCKET_STATE('e.from_state')}, -sc.subjects, sc.is_demo
         FROM case_events e JOIN scope sc ON sc.id = e.case_id WHERE e.from_state IS NOT NULL)
     SELECT to_char((at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM') AS month, state,
            sum(delta)::int AS delta, bool_or(is_demo) AS demo
       FROM moves GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1`,
    params,
  );
  return rows;
}

/**
 * A subject who left the service before BKN recommended anything is not "proven": for the funnel that
 * subject_inactive counts as closed without a decision (funnel.ts UNRECOMMENDED_INACTIVE). `sc.recommended_at`
 * is compared with the event's instant.
 */
function BUCKET_STATE(column: string): string {
  return `CASE WHEN ${column} = 'subject_inactive' AND (sc.recommended_at IS NULL OR sc.recommended_at > e.at)
            THEN 'subject_inactive_unrecommended' ELSE ${column} END`;
}
