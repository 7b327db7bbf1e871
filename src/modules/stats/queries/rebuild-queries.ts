// Recounts the statistics tables from the cases (`netra stats rebuild`): after a restore, a bulk load that bypassed
// the triggers (the benchmark's generator), or drift `netra stats verify` found. The same rows the triggers of
// migrations 0016 and 0019 write, in one transaction: readers see the old figures or the new, never a half.
import type { Queryable } from '../../../db/database';

export async function recountCaseStats(tx: Queryable): Promise<number> {
  await tx.query('DELETE FROM case_stats');
  const { rowCount } = await tx.query(
    `INSERT INTO case_stats (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
       asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code, subjects)
     SELECT c.election_id, c.region_code, coalesce(s.agency_code, c.agency_code), c.violation_form_codes[1],
            s.jabatan_class, s.is_regional_head_staff, s.asn_type, c.phase_code, c.campaign_relation, c.state,
            c.outcome, case_report_day(c.reported_on, c.created_at), c.is_demo, sanction_class(c.recommendation),
            count(*)::integer
       FROM cases c JOIN case_subjects s ON s.case_id = c.id
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14`,
  );
  return rowCount ?? 0;
}

/**
 * The PPK follow-up of every recommended case, from its history: the first day it reached sanctioned or blocked.
 * The due day is known only while the PPK's period still runs (earlier ones are not kept on the case).
 */
export async function recountFollowUps(tx: Queryable): Promise<number> {
  await tx.query('DELETE FROM ppk_follow_ups');
  const { rowCount } = await tx.query(
    `INSERT INTO ppk_follow_ups (case_id, election_id, region_code, agency_code, is_demo, subjects, recommended_on,
       due_on, followed_up_on, blocked_on, state)
     SELECT c.id, c.election_id, c.region_code, c.agency_code, c.is_demo,
            (SELECT count(*) FROM case_subjects s WHERE s.case_id = c.id), jakarta_date(c.recommended_at),
            CASE WHEN c.deadline_stage = 'ppk_follow_up' THEN c.due_on END,
            (SELECT min(jakarta_date(e.at)) FROM case_events e WHERE e.case_id = c.id AND e.to_state = 'sanctioned'),
            (SELECT min(jakarta_date(e.at)) FROM case_events e WHERE e.case_id = c.id AND e.to_state = 'blocked'),
            c.state
       FROM cases c WHERE c.recommended_at IS NOT NULL`,
  );
  return rowCount ?? 0;
}
