// SQL of the reconciliation view: for each state a case stood in at a moment, how many cases, reports (intakes),
// persons, and persons of regional agencies it holds — the units Bawaslu, BKN and Kemendagri each count in.
import type { Queryable } from '../../../db/database';
import { funnelStateSql } from './funnel-state-sql';

export interface StateUnits {
  state: string;
  cases: number;
  reports: number;
  temuan: number;
  laporan: number;
  persons: number;
  regionalPersons: number;
  centralPersons: number;
  demo: boolean;
}

/** Counts per state as the election's cases stood just before `end` (recounted from the event history). */
export async function countUnitsByState(db: Queryable, electionId: string, end: Date): Promise<StateUnits[]> {
  const { rows } = await db.query<StateUnits>(
    `SELECT ${funnelStateSql('h.to_state', 'NOT coalesce(c.recommended_at < $1, false)')} AS state, count(*)::int AS cases, sum(i.n)::int AS reports, sum(i.temuan)::int AS temuan,
            sum(i.laporan)::int AS laporan, sum(p.n)::int AS persons, sum(p.regional)::int AS "regionalPersons",
            sum(p.central)::int AS "centralPersons", bool_or(c.is_demo) AS demo
       FROM cases c
       JOIN LATERAL (SELECT e.to_state FROM case_events e WHERE e.case_id = c.id AND e.at < $1
                      ORDER BY e.version DESC LIMIT 1) h ON true
       JOIN LATERAL (SELECT count(*) AS n, count(*) FILTER (WHERE a.kind = 'regional') AS regional,
                            count(*) FILTER (WHERE a.kind = 'central') AS central
                       FROM case_subjects s LEFT JOIN agencies a ON a.code = coalesce(s.agency_code, c.agency_code)
                      WHERE s.case_id = c.id) p ON true
       JOIN LATERAL (SELECT count(*) AS n, count(*) FILTER (WHERE i.kind = 'temuan') AS temuan,
                            count(*) FILTER (WHERE i.kind = 'laporan') AS laporan
                       FROM case_intakes i WHERE i.case_id = c.id AND i.created_at < $1) i ON true
      WHERE c.election_id = $2 AND c.created_at < $1
      GROUP BY 1`,
    [end, electionId],
  );
  return rows;
}
