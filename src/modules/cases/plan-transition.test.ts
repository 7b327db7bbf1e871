import { describe, expect, it } from 'vitest';
import { loadHolidayCalendarFile, type IsoDate } from '../../platform/calendar';
import { loadDeadlineRulesFile } from './deadline-rules-file';
import { planTransition } from './plan-transition';
import { CASE_ACTION_IDS, type CaseActionId } from './schema';
import { CASE_ACTIONS } from './workflow';
import { aCase, anActor, NOW, VALID_INPUTS } from './workflow-test-fixtures';

const calendar = loadHolidayCalendarFile();
const rules = loadDeadlineRulesFile();
const d = (s: string) => s as IsoDate;

describe('scope', () => {
  it('answers OUT_OF_SCOPE with no allowed actions to a Bawaslu officer of another kabupaten', () => {
    const actor = { role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: '35.01' } } as const;
    const plan = planTransition(aCase('received'), 'register_case', actor, {}, NOW, calendar, rules);
    expect(plan).toEqual({ ok: false, code: 'OUT_OF_SCOPE', allowed: [] });
  });

  it('checks scope before state, so a refusal never reveals the state of a case out of scope', () => {
    const actor = { role: 'ppk_staf', scope: { agencyCode: 'pemda-35.01' } } as const;
    const plan = planTransition(aCase('sanctioned'), 'register_case', actor, {}, NOW, calendar, rules);
    expect(plan).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
  });

  it('lets a BKN regional office act on cases in the provinces it serves and nowhere else', () => {
    const kanreg = { role: 'bkn_analis', scope: { bknOffice: 'kanreg-1' } } as const;
    const input = VALID_INPUTS.start_verification;
    const served = { ...kanreg, coverage: { bknOfficeProvinces: ['33', '34'] } };
    expect(
      planTransition(aCase('forwarded_to_bkn'), 'start_verification', served, input, NOW, calendar, rules),
    ).toMatchObject({ ok: true });
    const other = { ...kanreg, coverage: { bknOfficeProvinces: ['11'] } };
    expect(
      planTransition(aCase('forwarded_to_bkn'), 'start_verification', other, input, NOW, calendar, rules),
    ).toMatchObject({ code: 'OUT_OF_SCOPE' });
  });
});

/** The required field each action's input loses in the test below. */
const DROPPED: Record<CaseActionId, string> = {
  register_case: 'registrationNumber',
  reject_formal: 'unmetRequirements',
  start_clarification: 'invitees',
  record_statement: 'summary',
  complete_clarification: 'summary',
  start_assessment: 'documentIds',
  extend_handling: 'reason',
  submit_to_plenary: 'proposedConclusion',
  return_to_assessment: 'reason',
  correct_case_details: 'reason',
  decide_not_a_violation: 'plenaryOn',
  forward_to_bkn: 'violationFormCodes',
  forward_other: 'destination',
  start_verification: 'documentIds',
  request_agency_clarification: 'addressee',
  record_agency_clarification: 'receivedOn',
  submit_recommendation_draft: 'proposedResult',
  return_to_verification: 'reason',
  recommend_proven: 'sanctionTypeCodes',
  recommend_not_proven: 'recommendationNumber',
  reject_case: 'ground',
  cancel_case: 'reason',
  mark_ppk_conflicted: 'ground',
  acknowledge_recommendation: 'acknowledgedOn',
  record_sanction_decree: 'decreeNumber',
  issue_warning: 'letterNumber',
  propose_blocking: 'reason',
  block_data: 'decisionNumber',
  submit_decree_for_unblocking: 'decreeDate',
  refuse_decree: 'reason',
  unblock_data: 'reference',
  reprimand_ppk: 'summary',
  mark_subject_inactive: 'effectiveOn',
  invalidate_case: 'ground',
  reopen_at_bawaslu: 'ground',
  reopen_at_bkn: 'explanation',
};

function planAs(action: CaseActionId, input: unknown, over = {}) {
  const rule = CASE_ACTIONS[action];
  const role =
    rule.actor.kind === 'roles'
      ? rule.actor.roles[0]!
      : rule.actor.kind === 'ppk_follow_up'
        ? 'ppk_staf'
        : 'supervisor_kemendagri';
  return planTransition(aCase(rule.from[0]!, over), action, anActor(role), input, NOW, calendar, rules);
}

describe('input validation', () => {
  const withoutDocuments = CASE_ACTION_IDS.filter((a) => CASE_ACTIONS[a].documentRequired);
  const requiredFields = CASE_ACTION_IDS.filter((a) => DROPPED[a] !== 'documentIds');

  it.each(requiredFields)(
    '%s without its required field is refused with VALIDATION_FAILED naming it',
    (action) => {
      const input: Record<string, unknown> = { ...VALID_INPUTS[action] };
      delete input[DROPPED[action]];
      const plan = planAs(action, input);
      expect(plan).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      if (plan.ok || plan.code !== 'VALIDATION_FAILED') return;
      expect(plan.fields.map((f) => f.path)).toContain(DROPPED[action]);
      expect(plan.allowed).toContain(action);
    },
  );

  it.each(withoutDocuments)('%s without a document is refused naming documentIds', (action) => {
    const plan = planAs(action, { ...VALID_INPUTS[action], documentIds: [] });
    expect(plan).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', fields: [{ path: 'documentIds' }] });
  });

  it('needs documents for the decree, the blocking decision and every pleno decision (issue 4)', () => {
    expect(withoutDocuments).toEqual(
      expect.arrayContaining([
        'record_sanction_decree',
        'submit_decree_for_unblocking',
        'block_data',
        'decide_not_a_violation',
        'forward_to_bkn',
        'forward_other',
      ]),
    );
  });

  it('refuses an unknown field by name instead of silently dropping it', () => {
    const plan = planAs('cancel_case', { ...VALID_INPUTS.cancel_case, sanction: 'x' });
    expect(plan).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'sanction', message: 'unknown field' }],
    });
  });

  it('refuses a NUL character in free text, which PostgreSQL cannot store', () => {
    const plan = planAs('cancel_case', { reason: 'batal\u0000kan' });
    expect(plan).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'reason' }] });
  });

  it('names the nested field of a bad invitee', () => {
    const plan = planAs('start_clarification', {
      invitees: [{ name: 'Budi', role: 'cousin' }],
      scheduledOn: '2024-07-10',
    });
    expect(plan).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'invitees.0.role' }] });
  });

  it('refuses an impossible date such as 2024-02-30', () => {
    const plan = planAs('acknowledge_recommendation', { acknowledgedOn: '2024-02-30' });
    expect(plan).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'acknowledgedOn' }] });
  });

  it('asks for the name of the body when forwarding to "other"', () => {
    const plan = planAs('forward_other', { ...VALID_INPUTS.forward_other, destination: 'other' });
    expect(plan).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'destinationName' }] });
  });

  it('asks which case a duplicate duplicates', () => {
    const plan = planAs('invalidate_case', { ground: 'duplicate', reason: 'Sama dengan laporan sebelumnya' });
    expect(plan).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'duplicateOfCaseId' }] });
  });
});

describe('guards', () => {
  it('refuses a BKN warning before the PPK deadline has passed, and drops it from the allowed list', () => {
    const notYet = { deadline: { ...aCase('awaiting_ppk').deadline!, dueOn: d('2024-07-08') } };
    const plan = planAs('issue_warning', VALID_INPUTS.issue_warning, notYet);
    expect(plan).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', reason: 'overdue' });
    if (plan.ok) return;
    expect(plan.allowed).toEqual(['mark_ppk_conflicted', 'mark_subject_inactive']);
  });

  it('allows the warning the day after the due date', () => {
    const dueYesterday = { deadline: { ...aCase('awaiting_ppk').deadline!, dueOn: d('2024-07-07') } };
    expect(planAs('issue_warning', VALID_INPUTS.issue_warning, dueYesterday)).toMatchObject({
      ok: true,
      to: 'warned',
    });
  });

  it('extends the Bawaslu handling period only once', () => {
    const first = planAs('extend_handling', VALID_INPUTS.extend_handling);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = planAs('extend_handling', VALID_INPUTS.extend_handling, { deadline: first.deadline });
    expect(again).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', reason: 'handling_not_extended' });
  });

  it.each([
    ['2024-04-24', true, 'Fri 5 Apr 2024 + 7 working days across Lebaran is Wed 24 Apr: in time'],
    ['2024-04-25', false, 'Thu 25 Apr 2024 is the 8th working day: not registered'],
  ])('a Pemilu laporan known on 5 Apr 2024 and filed %s: registration allowed = %s (%s)', (filedOn, ok) => {
    const filing = { intakeKind: 'report' as const, knownOn: d('2024-04-05'), filedOn: d(filedOn) };
    const plan = planAs('register_case', VALID_INPUTS.register_case, { filing });
    expect(plan.ok).toBe(ok);
    if (!ok)
      expect(plan).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'filed_in_time',
        // Rejected, or corrected (a Pilkada case counts calendar days: another window).
        allowed: ['reject_formal', 'correct_case_details'],
      });
  });

  it('registers a temuan without a filing window', () => {
    const filing = { intakeKind: 'finding' as const, knownOn: d('2024-01-02'), filedOn: d('2024-03-01') };
    expect(planAs('register_case', VALID_INPUTS.register_case, { filing })).toMatchObject({ ok: true });
  });
});
