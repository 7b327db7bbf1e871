// Reading one case row (with its election type and agency) through the access filter.
import type { Queryable } from '../../../db/database';
import { statement } from '../../../db/named-statements';
import type { IsoDate } from '../../../platform/calendar';
import type { RoleScope } from '../../identity';
import type { DeadlineStage, SanctionChoice } from '../schema';
import type { CaseOutcome, CaseProgress, CaseState } from '../states';
import type { IntakeRow } from './case-parts';
import { binder, visibleTo } from './visible-to';

export interface CaseRow {
  id: string;
  reference_number: string;
  election_id: string;
  election_type: 'pemilu' | 'pilkada';
  region_code: string;
  agency_code: string | null;
  agency_kind: 'regional' | 'central' | null;
  agency_region_code: string | null;
  state: CaseState;
  progress: CaseProgress;
  outcome: CaseOutcome | null;
  ppk_conflicted: boolean;
  deadline_rule_id: string | null;
  deadline_stage: DeadlineStage | null;
  deadline_started_on: IsoDate | null;
  due_on: IsoDate | null;
  escalate_on: IsoDate | null;
  act_date: IsoDate;
  act_known_on: IsoDate | null;
  act_place: string;
  phase_code: string | null;
  campaign_relation: string | null;
  violation_form_codes: string[];
  recommendation: SanctionChoice | null;
  sanction_proposal: SanctionChoice | null;
  version: number;
  is_demo: boolean;
  created_at: Date;
  updated_at: Date;
}

export const CASE_COLUMNS = `c.id, c.reference_number, c.election_id, e.type AS election_type, c.region_code, c.agency_code,
  a.kind AS agency_kind, a.region_code AS agency_region_code, c.state, c.progress, c.outcome, c.ppk_conflicted,
  c.deadline_rule_id, c.deadline_stage, c.deadline_started_on, c.due_on, c.escalate_on, c.act_date, c.act_known_on,
  c.act_place, c.phase_code, c.campaign_relation, c.violation_form_codes, c.recommendation, c.sanction_proposal,
  c.version, c.is_demo, c.created_at, c.updated_at`;
export const CASE_FROM = `cases c JOIN elections e ON e.id = c.election_id LEFT JOIN agencies a ON a.code = c.agency_code`;
/**
 * What a count of cases reads: no elections join (cases.election_id is NOT NULL and a foreign key, so the join
 * neither adds nor drops a row, but the planner cannot know it and hashed 65,536 open cases through it: BKN pusat's
 * tab counts 34 → 26 ms, EXPLAIN ANALYZE at 1 M cases). The agencies join stays for filters on the agency's kind;
 * unused, the planner removes it (agencies.code is unique).
 */
export const CASE_COUNT_FROM = `cases c LEFT JOIN agencies a ON a.code = c.agency_code`;

/** One case if `actor` may see it. */
export async function findVisibleCase(
  db: Queryable,
  actor: RoleScope,
  id: string,
): Promise<CaseRow | undefined> {
  const params: unknown[] = [];
  const bind = binder(params);
  const { rows } = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = ${bind(id)} AND ${visibleTo(actor, bind)}`,
    params,
  );
  return rows[0];
}

/** What a transition reads of the first intake: a laporan's dates decide the filing window. */
export type FirstIntake = Pick<IntakeRow, 'kind' | 'received_on' | 'known_on' | 'reporter_ref'>;

/**
 * The case with its earliest intake, in one round trip (a transition paid one statement for each before). No lock:
 * the transition's write checks the version (storeTransition).
 */
export async function findCaseForTransition(
  tx: Queryable,
  actor: RoleScope,
  id: string,
): Promise<{ row: CaseRow; firstIntake: FirstIntake | undefined } | undefined> {
  const params: unknown[] = [];
  const bind = binder(params);
  const { rows } = await tx.query<CaseRow & { first_intake: FirstIntake | null }>(
    statement(
      tx,
      `SELECT ${CASE_COLUMNS},
       (SELECT json_build_object('kind', i.kind, 'received_on', i.received_on, 'known_on', i.known_on,
                                 'reporter_ref', i.reporter_ref)
          FROM case_intakes i WHERE i.case_id = c.id ORDER BY i.received_on, i.created_at, i.id LIMIT 1)
         AS first_intake
     FROM ${CASE_FROM} WHERE c.id = ${bind(id)} AND ${visibleTo(actor, bind)}`,
      params,
    ),
  );
  const found = rows[0];
  if (!found) return undefined;
  const { first_intake, ...row } = found;
  return { row, firstIntake: first_intake ?? undefined };
}
