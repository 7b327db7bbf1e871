// What a step changes in the case record beyond its state: the violation forms a decision rests on, and — for
// correct_case_details — the election, which brings other deadline rules and another phase of the act.
import type { Queryable } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import type { ElectionType } from '../election-type';
import { electionTypeOf, type CaseRecordChange, type CaseRow } from '../queries';
import { CASE_ACTION_INPUTS, type CaseActionId } from '../schema';
import { phaseOfAct } from './phase-of-act';

/** The election a correction moves the case to, when it names another one than the case has. */
function correctedElectionId(row: CaseRow, action: CaseActionId, input: unknown): string | undefined {
  if (action !== 'correct_case_details') return undefined;
  const parsed = CASE_ACTION_INPUTS.correct_case_details.safeParse(input);
  const id = parsed.success ? parsed.data.electionId : undefined;
  return id !== undefined && id !== row.election_id ? id : undefined;
}

/**
 * The election type to plan with: a correction to another election is planned under that election's rules
 * (issue 4 §4: deadlines are recomputed when the election type changes). 400 for an unknown election.
 */
export async function plannedElectionType(
  tx: Queryable,
  row: CaseRow,
  action: CaseActionId,
  input: unknown,
): Promise<ElectionType> {
  const electionId = correctedElectionId(row, action, input);
  if (electionId === undefined) return row.election_type;
  const type = await electionTypeOf(tx, electionId);
  if (type === undefined)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'body.input.electionId', message: 'unknown election' }],
    });
  return type;
}

/** The record change of a planned step (its input has passed the action's schema). */
export async function recordChangeOf(
  tx: Queryable,
  row: CaseRow,
  action: CaseActionId,
  input: unknown,
): Promise<CaseRecordChange | null> {
  // The latest decision classifies the case: the pleno's forwarding, BKN's recommendation, or a correction.
  const violationFormCodes = (input as { violationFormCodes?: string[] }).violationFormCodes ?? null;
  const electionId = correctedElectionId(row, action, input);
  if (violationFormCodes === null && electionId === undefined) return null;
  const phase =
    electionId === undefined
      ? { phaseCode: row.phase_code, campaignRelation: row.campaign_relation }
      : await phaseOfAct(tx, electionId, row.region_code, row.act_date);
  return {
    electionId: electionId ?? row.election_id,
    ...phase,
    violationFormCodes: violationFormCodes ?? row.violation_form_codes,
  };
}
