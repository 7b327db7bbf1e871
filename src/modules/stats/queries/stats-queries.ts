// SQL of the statistics module: reads of case_stats (kept by the triggers of migration 0014) and the recount
// from the event history that `netra stats verify` compares it with.
import type { Queryable } from '../../../db/database';
import { binder, withinRegion } from '../../cases/queries';
import { funnelStateSql } from './funnel-state-sql';
import type { GroupStateCount } from '../public-figures';
import type { PublicStatsQuery, StatsDimension } from '../schema';

/** The SQL of each dimension's group key over case_stats (alias s). */
const KEY_SQL: Record<StatsDimension, string> = {
  // Grouped by form here; the form → category grouping is data applied in JavaScript (categories.ts).
  category: `coalesce(s.form_code, '')`,
  // Camat and lurah are published as their own group, "kepala wilayah" (REF §2.3, §2.5).
  jabatan: `CASE WHEN s.regional_head_staff THEN 'kepala_wilayah' ELSE s.jabatan_class END`,
  asn_type: `s.asn_type`,
  phase: `coalesce(s.campaign_relation, 'unknown')`,
  province: `substr(s.region_code, 1, 2)`,
  regency: `CASE WHEN length(s.region_code) >= 5 THEN substr(s.region_code, 1, 5) ELSE 'province-level' END`,
  agency: `coalesce(s.agency_code, 'unknown')`,
  month: `to_char(s.reported_on, 'YYYY-MM')`,
  sanction: `coalesce(s.sanction_code, 'none')`,
};

/**
 * The reported ASN as they stood at the end of a day, with case_stats' columns (alias s, one row per subject): each
 * case's state is the to_state of its last event by then, and a case reported after it does not exist yet
 * (issue 5 §2). The sanction counts once BKN had recommended by then; the other classification (forms, phase) is
 * the case's current one. $1 is the first instant after the day.
 */
const AS_OF_SOURCE = `(
  SELECT c.election_id, c.region_code, coalesce(cs.agency_code, c.agency_code) AS agency_code,
         c.violation_form_codes[1] AS form_code, cs.jabatan_class, cs.is_regional_head_staff AS regional_head_staff,
         cs.asn_type, c.phase_code, c.campaign_relation, h.to_state AS state,
         case_report_day(c.reported_on, c.created_at) AS reported_on,
         c.is_demo, CASE WHEN c.recommended_at < $1 THEN sanction_class(c.recommendation) END AS sanction_code,
         1 AS subjects
    FROM cases c
    JOIN LATERAL (SELECT e.to_state FROM case_events e WHERE e.case_id = c.id AND e.at < $1
                   ORDER BY e.version DESC LIMIT 1) h ON true
    JOIN case_subjects cs ON cs.case_id = c.id
   WHERE c.created_at < $1) s`;

type Filter = Pick<PublicStatsQuery, 'election' | 'province' | 'regency' | 'from' | 'to'>;

function whereOf(f: Filter, params: unknown[]): string {
  const bind = binder(params);
  const where = ['s.subjects <> 0'];
  if (f.election) where.push(`s.election_id = ${bind(f.election)}`);
  // The schema refuses a regency outside the given province, so the narrower area is the whole filter.
  const area = f.regency ?? f.province;
  if (area) where.push(withinRegion('s.region_code', area, bind));
  if (f.from) where.push(`s.reported_on >= ${bind(f.from)}`);
  if (f.to) where.push(`s.reported_on <= ${bind(f.to)}`);
  return where.join(' AND ');
}

/**
 * Reported ASN by state, per group of `by` (one group '' when null), and whether demo cases are among them: from
 * case_stats, or recounted from the event history as of the end of `asOf` (first instant after it: `asOfEnd`).
 */
export async function countByState(
  db: Queryable,
  f: Filter,
  by: StatsDimension | null,
  asOfEnd: Date | null = null,
): Promise<{ counts: GroupStateCount[]; includesDemo: boolean }> {
  const params: unknown[] = asOfEnd === null ? [] : [asOfEnd];
  const key = by === null ? `''` : KEY_SQL[by];
  const { rows } = await db.query<GroupStateCount & { demo: boolean }>(
    `SELECT ${key} AS key,
            ${funnelStateSql('s.state', 's.sanction_code IS NULL')} AS state,
            sum(s.subjects)::int AS n, bool_or(s.is_demo) AS demo
       FROM ${asOfEnd === null ? 'case_stats s' : AS_OF_SOURCE} WHERE ${whereOf(f, params)}
      GROUP BY 1, 2`,
    params,
  );
  return {
    counts: rows.map(({ key, state, n }) => ({ key, state, n })),
    includesDemo: rows.some((r) => r.demo),
  };
}

/** Names of regions or agencies by code (for breakdown labels). */
export async function namesOf(
  db: Queryable,
  table: 'regions' | 'agencies',
  codes: string[],
): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const { rows } = await db.query<{ code: string; name: string }>(
    `SELECT code, name FROM ${table} WHERE code = ANY($1::text[])`,
    [codes],
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

const KEY_COLUMNS = `election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff, asn_type,
  phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code`;

/** One key of case_stats where the stored count and the recount from events differ. */
export interface StatsDifference {
  key: Record<string, unknown>;
  stored: number;
  recounted: number;
}

/**
 * case_stats against a recount from the history: each case's state is the to_state of its last event (not the
 * cases row), each subject counted once under the case's keys. Returns the keys that differ (at most `limit`).
 */
export async function statsDifferences(db: Queryable, limit: number): Promise<StatsDifference[]> {
  const { rows } = await db.query<Record<string, unknown> & { stored: number; recounted: number }>(
    `WITH last_event AS (
       SELECT DISTINCT ON (e.case_id) e.case_id, e.to_state FROM case_events e ORDER BY e.case_id, e.version DESC),
     recount AS (
       SELECT c.election_id, c.region_code, coalesce(s.agency_code, c.agency_code) AS agency_code,
              c.violation_form_codes[1] AS form_code, s.jabatan_class, s.is_regional_head_staff AS regional_head_staff,
              s.asn_type, c.phase_code, c.campaign_relation, coalesce(le.to_state, c.state) AS state, c.outcome,
              case_report_day(c.reported_on, c.created_at) AS reported_on, c.is_demo,
              sanction_class(c.recommendation) AS sanction_code,
              count(*)::int AS n
         FROM cases c JOIN case_subjects s ON s.case_id = c.id LEFT JOIN last_event le ON le.case_id = c.id
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14),
     compared AS (
       SELECT ${KEY_COLUMNS}, 0 AS stored, n AS recounted FROM recount
       UNION ALL
       SELECT ${KEY_COLUMNS}, subjects, 0 FROM case_stats WHERE subjects <> 0)
     -- GROUP BY, unlike a join on IS NOT DISTINCT FROM, treats the null keys as equal (and can be hashed).
     SELECT ${KEY_COLUMNS}, sum(stored)::int AS stored, sum(recounted)::int AS recounted
       FROM compared GROUP BY ${KEY_COLUMNS}
     HAVING sum(stored) <> sum(recounted)
      LIMIT $1`,
    [limit],
  );
  return rows.map(({ stored, recounted, ...key }) => ({ key, stored, recounted }));
}

/** Cases whose state differs from the to_state of their last event (history and record disagree). */
export async function casesOffHistory(
  db: Queryable,
  limit: number,
): Promise<{ id: string; state: string; last: string | null }[]> {
  const { rows } = await db.query<{ id: string; state: string; last: string | null }>(
    `SELECT c.id, c.state, le.to_state AS last
       FROM cases c
       LEFT JOIN LATERAL (SELECT e.to_state FROM case_events e WHERE e.case_id = c.id ORDER BY e.version DESC LIMIT 1) le
         ON true
      WHERE le.to_state IS DISTINCT FROM c.state
      LIMIT $1`,
    [limit],
  );
  return rows;
}
