import { describe, expect, it } from 'vitest';
import { loadHolidayCalendarFile } from '../../platform/calendar';
import type { CaseSnapshot } from './case-snapshot';
import { loadDeadlineRulesFile } from './deadline-rules-file';
import { planTransition, type TransitionResult } from './plan-transition';
import type { CaseActionId } from './schema';
import { aCase, anActor, KEMENAG, NOW, VALID_INPUTS } from './workflow-test-fixtures';
import type { StaffRole } from '../identity';

const calendar = loadHolidayCalendarFile();
const rules = loadDeadlineRulesFile();

function plan(c: CaseSnapshot, action: CaseActionId, role: StaffRole, input: unknown = VALID_INPUTS[action]) {
  return planTransition(c, action, anActor(role), input, NOW, calendar, rules);
}

/** The case after a successful plan (what the caller would store). */
function after(c: CaseSnapshot, p: TransitionResult): CaseSnapshot {
  if (!p.ok) throw new Error(`refused: ${p.code}`);
  return { ...c, state: p.to, deadline: p.deadline, ppkConflicted: p.ppkConflicted };
}

describe('conflict of interest', () => {
  const conflicted = after(
    aCase('awaiting_ppk'),
    plan(aCase('awaiting_ppk'), 'mark_ppk_conflicted', 'bkn_analis'),
  );

  it('marks the PPK conflicted without moving the case or its deadline', () => {
    expect(conflicted).toMatchObject({ state: 'awaiting_ppk', ppkConflicted: true });
    expect(conflicted.deadline).toEqual(aCase('awaiting_ppk').deadline);
  });

  it('takes the follow-up away from PPK staff and gives it to Kemendagri for a regional agency', () => {
    const byPpk = plan(conflicted, 'record_sanction_decree', 'ppk_staf');
    expect(byPpk).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      requiredRoles: ['supervisor_kemendagri'],
      allowed: [],
    });
    const bySupervisor = plan(conflicted, 'record_sanction_decree', 'supervisor_kemendagri');
    expect(bySupervisor).toMatchObject({ ok: true, to: 'sanctioned', flags: ['followed_up_by_supervisor'] });
  });

  it('gives it to KemenPANRB for a central agency', () => {
    const central = { ...conflicted, agency: KEMENAG };
    expect(plan(central, 'acknowledge_recommendation', 'supervisor_kemenpanrb')).toMatchObject({
      ok: true,
      to: 'ppk_examination',
    });
    expect(plan(central, 'acknowledge_recommendation', 'ppk_staf')).toMatchObject({ code: 'OUT_OF_SCOPE' });
  });

  it('cannot be marked twice, and no one reprimands a PPK who no longer holds the case', () => {
    expect(plan(conflicted, 'mark_ppk_conflicted', 'bkn_analis')).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'ppk_not_conflicted',
    });
    const warned = { ...conflicted, state: 'warned' as const };
    expect(plan(warned, 'reprimand_ppk', 'supervisor_kemendagri')).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'ppk_not_conflicted',
    });
  });
});

describe('flags for BKN', () => {
  const decree = VALID_INPUTS.record_sanction_decree;

  it('flags a decree whose sanction the recommendation did not name', () => {
    const light = { ...decree, sanctionLevel: 'light', sanctionTypeCodes: ['pp94-r2'] };
    expect(plan(aCase('ppk_examination'), 'record_sanction_decree', 'ppk_staf', light)).toMatchObject({
      ok: true,
      flags: ['decree_differs_from_recommendation'],
    });
  });

  it('does not flag a decree imposing one of the recommended sanctions', () => {
    expect(plan(aCase('ppk_examination'), 'record_sanction_decree', 'ppk_staf', decree)).toMatchObject({
      ok: true,
      flags: [],
    });
  });

  it('flags the decree submitted to lift a blocking the same way', () => {
    const other = { ...decree, sanctionTypeCodes: ['pp94-b1'], sanctionLevel: 'severe' };
    expect(plan(aCase('blocked'), 'submit_decree_for_unblocking', 'ppk_staf', other)).toMatchObject({
      ok: true,
      to: 'decree_submitted',
      flags: ['decree_differs_from_recommendation'],
    });
  });

  it('asks for a reason when BKN recommends another sanction than Netra proposed, and flags it', () => {
    const severe = {
      ...VALID_INPUTS.recommend_proven,
      sanctionLevel: 'severe',
      sanctionTypeCodes: ['pp94-b1'],
    };
    expect(plan(aCase('recommendation'), 'recommend_proven', 'bkn_pejabat', severe)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'deviationReason' }],
    });
    const reasoned = { ...severe, deviationReason: 'Dilakukan berulang kali selama masa kampanye' };
    expect(plan(aCase('recommendation'), 'recommend_proven', 'bkn_pejabat', reasoned)).toMatchObject({
      ok: true,
      flags: ['sanction_differs_from_proposal'],
    });
  });
});

describe('blocking and unblocking', () => {
  it('does not lift a blocking without the decree: unblock_data is refused while blocked', () => {
    expect(plan(aCase('blocked'), 'unblock_data', 'bkn_pejabat')).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'not_from_state',
      allowed: ['mark_ppk_conflicted', 'mark_subject_inactive'],
    });
  });

  it('walks a late PPK from warning to blocking to the decree and the unblocking, closing as sanctioned', () => {
    let c = aCase('awaiting_ppk');
    const steps: [CaseActionId, StaffRole, string][] = [
      ['issue_warning', 'bkn_analis', 'warned'],
      ['propose_blocking', 'bkn_analis', 'blocking_proposed'],
      ['block_data', 'bkn_pejabat', 'blocked'],
      ['reprimand_ppk', 'supervisor_kemendagri', 'blocked'],
      ['submit_decree_for_unblocking', 'ppk_staf', 'decree_submitted'],
      ['unblock_data', 'bkn_pejabat', 'sanctioned'],
    ];
    for (const [action, role, state] of steps) {
      // Each escalation step follows a missed deadline: let the current one lapse first.
      const lapsed = c.deadline && { ...c.deadline, dueOn: '2024-07-07' as typeof c.deadline.dueOn };
      const p = plan({ ...c, deadline: lapsed }, action, role);
      c = after(c, p);
      expect(c.state, action).toBe(state);
    }
    expect(c.deadline).toBeNull();
  });

  it('clears the outcome when BKN reopens a sanctioned case', () => {
    expect(plan(aCase('sanctioned'), 'reopen_at_bkn', 'bkn_pejabat')).toMatchObject({
      ok: true,
      to: 'bkn_verification',
      progress: 'bkn',
      outcome: null,
    });
  });
});
