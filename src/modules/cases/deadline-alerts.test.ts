// Which notifications the deadline job raises for a case on a given day (pure).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../platform/calendar';
import { deadlineAlertsFor, rolesOwingStep, type AlertableCase } from './deadline-alerts';
import type { CaseDeadline } from './schema';

const ppkDeadline: CaseDeadline = {
  ruleId: 'pilkada.ppk_follow_up',
  stage: 'ppk_follow_up',
  startedOn: parseIsoDate('2024-11-04'),
  dueOn: parseIsoDate('2024-11-14'),
  escalateOn: parseIsoDate('2024-11-15'),
};
const awaiting: AlertableCase = {
  state: 'awaiting_ppk',
  deadline: ppkDeadline,
  agencyKind: 'regional',
  ppkConflicted: false,
};
const day = parseIsoDate;

describe('deadlineAlertsFor', () => {
  it('raises nothing while the deadline runs, the due day included', () => {
    expect(deadlineAlertsFor(awaiting, day('2024-11-14'))).toEqual([]);
  });

  it('tells the PPK its follow-up is overdue and BKN to warn it, the day after the due day', () => {
    expect(deadlineAlertsFor(awaiting, day('2024-11-15'))).toEqual([
      { kind: 'overdue', dueOn: '2024-11-14', stage: 'ppk_follow_up', roles: ['ppk_staf'], task: null },
      {
        kind: 'escalation',
        dueOn: '2024-11-14',
        stage: 'ppk_follow_up',
        roles: ['bkn_analis', 'bkn_pejabat'],
        task: 'issue_warning',
      },
    ]);
  });

  it('sends a conflicted PPK’s overdue follow-up to the agency’s supervisor', () => {
    const central = { ...awaiting, agencyKind: 'central' as const, ppkConflicted: true };
    expect(rolesOwingStep(central, day('2024-11-15'))).toEqual(['supervisor_kemenpanrb']);
    const regional = { ...awaiting, ppkConflicted: true };
    expect(rolesOwingStep(regional, day('2024-11-15'))).toEqual(['supervisor_kemendagri']);
  });

  it('copies the supervisor when a warned PPK still does not act', () => {
    const warned: AlertableCase = {
      ...awaiting,
      state: 'warned',
      deadline: {
        ...ppkDeadline,
        stage: 'ppk_warning',
        dueOn: day('2024-11-18'),
        escalateOn: day('2024-11-19'),
      },
    };
    const escalation = deadlineAlertsFor(warned, day('2024-11-19')).find((a) => a.kind === 'escalation');
    expect(escalation).toMatchObject({
      task: 'propose_blocking',
      roles: ['bkn_analis', 'bkn_pejabat', 'supervisor_kemendagri'],
    });
  });

  it('raises the overdue notice but not yet the escalation when the escalation day is later', () => {
    const registered: AlertableCase = {
      state: 'registered',
      deadline: {
        ruleId: 'pilkada.bawaslu_handling',
        stage: 'bawaslu_handling',
        startedOn: day('2024-11-04'),
        dueOn: day('2024-11-07'),
        escalateOn: day('2024-11-12'),
      },
      agencyKind: 'regional',
      ppkConflicted: false,
    };
    expect(deadlineAlertsFor(registered, day('2024-11-08')).map((a) => [a.kind, a.roles])).toEqual([
      ['overdue', ['bawaslu_staf', 'bawaslu_pimpinan']],
    ]);
    expect(deadlineAlertsFor(registered, day('2024-11-12')).map((a) => a.kind)).toEqual([
      'overdue',
      'escalation',
    ]);
  });

  it('raises nothing for a case without a running deadline', () => {
    expect(deadlineAlertsFor({ ...awaiting, state: 'blocked', deadline: null }, day('2025-01-01'))).toEqual(
      [],
    );
  });
});
