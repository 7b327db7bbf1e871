import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../identity';
import { loadHolidayCalendarFile, parseIsoDate } from '../../platform/calendar';
import { loadDeadlineRulesFile } from './deadline-rules-file';
import { planTransition } from './plan-transition';
import { rolesFor } from './policy';
import { CASE_ACTION_IDS, type CaseActionId } from './schema';
import { CASE_STATES, type CaseOutcome, type CaseState } from './states';
import { allowedActions, CASE_ACTIONS, type ActionContext } from './workflow';
import { aCase, anActor, KEMENAG, NOW, PURBALINGGA, VALID_INPUTS } from './workflow-test-fixtures';

const calendar = loadHolidayCalendarFile();
const rules = loadDeadlineRulesFile();

/*
 * Expected results, counted by hand. "Now" is Mon 8 Jul 2024, 10:00 WIB; the case is a Pemilu case whose
 * first Bawaslu period (pemilu.bawaslu_handling) started Fri 28 Jun and ended Fri 5 Jul, so it is overdue.
 * July 2024 has one holiday, Sun 7 Jul (Islamic New Year), on a weekend. "kept" = that deadline stays.
 * [target ('same' = unchanged), outcome, deadline: [ruleId, dueOn, escalateOn] | 'kept' | null]
 */
type Expected = [CaseState | 'same', CaseOutcome | null, [string, string, string] | 'kept' | null];
const EXPECTED: Record<CaseActionId, Expected> = {
  // 7 calendar days from Mon 8 Jul: Mon 15; escalation +1 calendar day: Tue 16.
  register_case: ['registered', null, ['pemilu.bawaslu_handling', '2024-07-15', '2024-07-16']],
  reject_formal: ['rejected_formal', 'rejected_formal', null],
  start_clarification: ['clarification', null, 'kept'],
  record_statement: ['same', null, 'kept'],
  complete_clarification: ['assessment', null, 'kept'],
  start_assessment: ['assessment', null, 'kept'],
  // 14 working days from the period's start, Fri 28 Jun: 1–5 Jul =1..5, 8–12 Jul =6..10, 15–18 Jul =11..14.
  // Escalation +1 working day: Fri 19 Jul.
  extend_handling: ['same', null, ['pemilu.bawaslu_handling_extended', '2024-07-18', '2024-07-19']],
  submit_to_plenary: ['plenary', null, 'kept'],
  return_to_assessment: ['assessment', null, 'kept'],
  // Recomputed from its start under the (same) Pemilu rules: the same days.
  correct_case_details: ['same', null, 'kept'],
  decide_not_a_violation: ['not_a_violation', 'not_a_violation', null],
  // 14 calendar days: Mon 22 Jul; +3: Thu 25 Jul.
  forward_to_bkn: ['forwarded_to_bkn', null, ['pemilu.bkn_follow_up', '2024-07-22', '2024-07-25']],
  forward_other: ['forwarded_other', 'forwarded_other', null],
  // 7 calendar days: Mon 15 Jul; +2: Wed 17 Jul.
  start_verification: ['bkn_verification', null, ['pemilu.satgas_verification', '2024-07-15', '2024-07-17']],
  request_agency_clarification: ['same', null, 'kept'],
  record_agency_clarification: ['same', null, 'kept'],
  submit_recommendation_draft: ['recommendation', null, 'kept'],
  return_to_verification: ['bkn_verification', null, 'kept'],
  // 10 calendar days: Thu 18 Jul; +1: Fri 19 Jul.
  recommend_proven: ['awaiting_ppk', null, ['pemilu.ppk_follow_up', '2024-07-18', '2024-07-19']],
  recommend_not_proven: ['not_proven', 'not_proven', null],
  reject_case: ['rejected', 'rejected', null],
  cancel_case: ['cancelled', 'cancelled', null],
  mark_ppk_conflicted: ['same', null, 'kept'],
  acknowledge_recommendation: ['ppk_examination', null, 'kept'],
  record_sanction_decree: ['sanctioned', 'sanctioned', null],
  // 3 calendar days: Thu 11 Jul; +1: Fri 12 Jul.
  issue_warning: ['warned', null, ['pemilu.ppk_warning', '2024-07-11', '2024-07-12']],
  // 5 working days: Tue 9, Wed 10, Thu 11, Fri 12, Mon 15; +2 working: Tue 16, Wed 17.
  propose_blocking: ['blocking_proposed', null, ['pemilu.blocking_decision', '2024-07-15', '2024-07-17']],
  block_data: ['blocked', null, null],
  // 3 working days: Tue 9, Wed 10, Thu 11; +2 working: Fri 12, Mon 15.
  submit_decree_for_unblocking: [
    'decree_submitted',
    null,
    ['pemilu.unblock_review', '2024-07-11', '2024-07-15'],
  ],
  refuse_decree: ['blocked', null, null],
  unblock_data: ['sanctioned', 'sanctioned', null],
  reprimand_ppk: ['same', null, 'kept'],
  mark_subject_inactive: ['subject_inactive', 'subject_inactive', null],
  invalidate_case: ['invalidated', 'invalidated', null],
  reopen_at_bawaslu: ['reopened', null, ['pemilu.bawaslu_handling', '2024-07-15', '2024-07-16']],
  reopen_at_bkn: ['bkn_verification', null, ['pemilu.satgas_verification', '2024-07-15', '2024-07-17']],
};

/** The first role the table allows for the action on an ordinary (not conflicted, regional) case. */
function roleFor(action: CaseActionId) {
  const role = rolesFor(CASE_ACTIONS[action].actor, { ppkConflicted: false, agencyKind: 'regional' })[0];
  if (!role) throw new Error(`no role for ${action}`);
  return role;
}

const pairs = CASE_STATES.flatMap((state) => CASE_ACTION_IDS.map((action) => [state, action] as const));
const allowedPairs = pairs.filter(([s, a]) => CASE_ACTIONS[a].from.includes(s));
const missingPairs = pairs.filter(([s, a]) => !CASE_ACTIONS[a].from.includes(s));

describe('the workflow table', () => {
  it('walks 24 states × 36 actions: 81 allowed pairs and 783 refused ones', () => {
    expect([CASE_STATES.length, CASE_ACTION_IDS.length]).toEqual([24, 36]);
    expect([allowedPairs.length, missingPairs.length]).toEqual([81, 783]);
  });

  it.each(allowedPairs)(
    'from %s, %s succeeds with the expected state, outcome and deadline',
    (state, action) => {
      const before = aCase(state);
      const plan = planTransition(
        before,
        action,
        anActor(roleFor(action)),
        VALID_INPUTS[action],
        NOW,
        calendar,
        rules,
      );
      const [to, outcome, deadline] = EXPECTED[action];
      expect(plan).toMatchObject({ ok: true, from: state, to: to === 'same' ? state : to, outcome });
      if (!plan.ok) return;
      if (deadline === 'kept') expect(plan.deadline).toEqual(before.deadline);
      else if (deadline === null) expect(plan.deadline).toBeNull();
      else
        expect(plan.deadline).toMatchObject({
          ruleId: deadline[0],
          dueOn: deadline[1],
          escalateOn: deadline[2],
        });
    },
  );

  it.each(missingPairs)(
    'from %s, %s is refused with INVALID_TRANSITION and the allowed list',
    (state, action) => {
      const role = roleFor(action);
      const plan = planTransition(
        aCase(state),
        action,
        anActor(role),
        VALID_INPUTS[action],
        NOW,
        calendar,
        rules,
      );
      expect(plan).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', reason: 'not_from_state' });
      if (plan.ok) return;
      expect(plan.allowed).not.toContain(action);
      expect(plan.allowed.every((a) => CASE_ACTIONS[a].from.includes(state))).toBe(true);
    },
  );

  it('leaves every closed state only by reopening', () => {
    const closed = CASE_STATES.filter((s) => EXPECTED_OUTCOME_STATES.has(s));
    for (const s of closed) {
      const ways = CASE_ACTION_IDS.filter((a) => CASE_ACTIONS[a].from.includes(s));
      expect(ways.length === 1 && ways[0]!.startsWith('reopen_at_'), `${s}: ${ways.join(', ')}`).toBe(true);
    }
  });

  it('gives every open state at least one way out for some role', () => {
    const open = CASE_STATES.filter((s) => !EXPECTED_OUTCOME_STATES.has(s));
    for (const s of open) {
      const out = CASE_ACTION_IDS.filter(
        (a) => CASE_ACTIONS[a].from.includes(s) && CASE_ACTIONS[a].to !== 'unchanged',
      );
      expect(out.length, s).toBeGreaterThan(0);
    }
  });
});

const EXPECTED_OUTCOME_STATES = new Set<CaseState>([
  'rejected_formal',
  'not_a_violation',
  'forwarded_other',
  'not_proven',
  'rejected',
  'cancelled',
  'sanctioned',
  'subject_inactive',
  'invalidated',
]);

describe('who may act', () => {
  // KemenPANRB supervises central agencies only, so its actor meets a Kemenag case (in its scope).
  const agencyFor = (role: StaffRole) => (role === 'supervisor_kemenpanrb' ? KEMENAG : PURBALINGGA);
  const wrongRoles = CASE_ACTION_IDS.flatMap((action) =>
    STAFF_ROLES.filter(
      (r) =>
        !rolesFor(CASE_ACTIONS[action].actor, {
          ppkConflicted: false,
          agencyKind: agencyFor(r).kind,
        }).includes(r),
    ).map((r) => [action, r] as const),
  );

  it.each(wrongRoles)('%s by %s is refused with FORBIDDEN naming the roles that may', (action, role) => {
    const c = aCase(CASE_ACTIONS[action].from[0]!, { agency: agencyFor(role) });
    const plan = planTransition(c, action, anActor(role), VALID_INPUTS[action], NOW, calendar, rules);
    expect(plan).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    if (plan.ok || plan.code !== 'FORBIDDEN') return;
    expect(plan.requiredRoles).not.toContain(role);
    expect(plan.requiredRoles.length).toBeGreaterThan(0);
  });

  const plainContext: ActionContext = {
    today: parseIsoDate('2024-07-08'),
    agencyKind: 'regional',
    ppkConflicted: false,
    deadline: null,
    filedInTime: null,
  };

  it('lets only bawaslu_pimpinan decide in the pleno (staff may still correct the record)', () => {
    expect(allowedActions('plenary', 'bawaslu_pimpinan', plainContext)).toEqual([
      'decide_not_a_violation',
      'forward_to_bkn',
      'forward_other',
      'return_to_assessment',
      'correct_case_details',
      'invalidate_case',
    ]);
    expect(allowedActions('plenary', 'bawaslu_staf', plainContext)).toEqual(['correct_case_details']);
  });

  it('gives the Ombudsman, the admin and the custodian no workflow action in any state', () => {
    for (const role of ['ombudsman_pengawas', 'admin', 'custodian'] as const) {
      for (const state of CASE_STATES) expect(allowedActions(state, role, plainContext)).toEqual([]);
    }
  });
});
