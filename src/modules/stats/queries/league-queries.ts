// SQL of the PPK league table: ppk_follow_ups (kept by the trigger of migration 0016) per agency and in total.
import type { Queryable } from '../../../db/database';
import { binder, withinRegion } from '../../cases/queries';
import type { PpkLeagueQuery } from '../league-schema';

export interface LeagueCounts {
  /** The row adds up every agency. */
  isTotal: boolean;
  agencyCode: string | null;
  agencyName: string | null;
  received: number;
  inTime: number;
  late: number;
  outstanding: number;
  overdue: number;
  blocked: number;
  other: number;
  decrees: number;
  medianDays: number | null;
  demo: boolean;
}

/**
 * Persons recommended per agency and what became of them, and the same in total (GROUPING SETS). `owing` are the
 * states in which the PPK still owes a decree. The total is there even where nothing was recommended: zeros.
 */
export async function countFollowUps(
  db: Queryable,
  q: PpkLeagueQuery,
  today: string,
  owing: readonly string[],
): Promise<{ total: LeagueCounts; agencies: LeagueCounts[] }> {
  const params: unknown[] = [today, owing];
  const bind = binder(params);
  const where = ['true'];
  if (q.election) where.push(`f.election_id = ${bind(q.election)}`);
  const area = q.regency ?? q.province;
  if (area) where.push(withinRegion('f.region_code', area, bind));
  const sum = (cond: string) => `coalesce(sum(f.subjects) FILTER (WHERE ${cond}), 0)::int`;
  const open = `f.followed_up_on IS NULL AND f.state = ANY($2::text[])`;
  const { rows } = await db.query<LeagueCounts>(
    `SELECT GROUPING(f.agency_code) = 1 AS "isTotal", f.agency_code AS "agencyCode", a.name AS "agencyName",
            coalesce(sum(f.subjects), 0)::int AS received,
            ${sum('f.followed_up_on <= f.due_on')} AS "inTime",
            ${sum('f.followed_up_on IS NOT NULL AND (f.due_on IS NULL OR f.followed_up_on > f.due_on)')} AS late,
            ${sum(open)} AS outstanding,
            ${sum(`${open} AND f.due_on < $1::date`)} AS overdue,
            ${sum(`${open} AND f.state = 'blocked'`)} AS blocked,
            ${sum(`f.followed_up_on IS NULL AND NOT (f.state = ANY($2::text[]))`)} AS other,
            count(*) FILTER (WHERE f.followed_up_on IS NOT NULL)::int AS decrees,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY f.followed_up_on - f.recommended_on)
              FILTER (WHERE f.followed_up_on IS NOT NULL) AS "medianDays",
            coalesce(bool_or(f.is_demo), false) AS demo
       FROM ppk_follow_ups f LEFT JOIN agencies a ON a.code = f.agency_code
      WHERE ${where.join(' AND ')}
      GROUP BY GROUPING SETS ((f.agency_code, a.name), ())`,
    params,
  );
  // The empty grouping set () yields its row over no input rows too, so a total row is always there.
  const total = rows.find((r) => r.isTotal);
  if (!total) throw new Error('PPK league: the GROUPING SETS total row is missing');
  return { total, agencies: rows.filter((r) => !r.isTotal) };
}
