// SQL of the statistics trend: how many reported ASN entered and left each state in each month (Jakarta time),
// in one pass over the event history. Every event moves a case's subjects from its from_state to its to_state, so
// the running sum of these moves, month by month, is the count by state at each month end (get-stats-trend.ts
// adds them up). Measured: a state-at-each-month join took 1.3 s at 10 k cases; two scans of the moves 11.9 s for
// Pemilu 2024 at 1 M cases (4 M events); this single scan that skips events staying in their state, less.
import type { Queryable } from '../../../db/database';
import { binder, withinRegion } from '../../cases/queries';
import { funnelStateSql } from './funnel-state-sql';
import type { StatsTrendQuery } from '../trend-schema';

export interface MonthStateMove {
  /** YYYY-MM (Asia/Jakarta). */
  month: string;
  state: string;
  /** Subjects that entered (+) or left (−) the state that month. */
  delta: number;
  demo: boolean;
}

/** Before the event, BKN had not recommended (the subject leaving then was never found proven). */
const bucketState = (column: string) =>
  funnelStateSql(column, 'sc.recommended_at IS NULL OR sc.recommended_at > e.at');

export async function movesByMonth(db: Queryable, q: StatsTrendQuery): Promise<MonthStateMove[]> {
  const params: unknown[] = [];
  const bind = binder(params);
  const where = ['true'];
  if (q.election) where.push(`c.election_id = ${bind(q.election)}`);
  const area = q.regency ?? q.province;
  if (area) where.push(withinRegion('c.region_code', area, bind));
  const { rows } = await db.query<MonthStateMove>(
    `WITH scope AS (
       SELECT c.id, c.is_demo, c.recommended_at, count(*)::int AS subjects
         FROM cases c JOIN case_subjects s ON s.case_id = c.id
        WHERE ${where.join(' AND ')}
        GROUP BY c.id)
     SELECT to_char((e.at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM') AS month, m.state,
            sum(m.delta * sc.subjects)::int AS delta, bool_or(sc.is_demo) AS demo
       FROM case_events e JOIN scope sc ON sc.id = e.case_id
      CROSS JOIN LATERAL (VALUES (${bucketState('e.to_state')}, 1), (${bucketState('e.from_state')}, -1)) m(state, delta)
      -- An event that leaves the case in its state moves nobody (most of them: statements, letters).
      WHERE e.from_state IS DISTINCT FROM e.to_state AND m.state IS NOT NULL
      GROUP BY 1, 2 HAVING sum(m.delta * sc.subjects) <> 0 ORDER BY 1`,
    params,
  );
  return rows;
}
