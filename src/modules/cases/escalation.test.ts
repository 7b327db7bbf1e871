import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../platform/calendar';
import { escalationOf } from './escalation';

const deadline = {
  ruleId: 'pemilu.ppk_follow_up',
  stage: 'ppk_follow_up' as const,
  startedOn: '2024-07-08' as IsoDate,
  dueOn: '2024-07-18' as IsoDate,
  escalateOn: '2024-07-19' as IsoDate,
};
const regional = { kind: 'regional' as const };

describe('escalationOf', () => {
  it.each([
    ['2024-07-18', false, false, 'on the due day nothing happens yet'],
    ['2024-07-19', true, true, 'the day after, the case is overdue and BKN gets the warning task'],
  ])(
    'a PPK that owes a decree due 18 Jul 2024, seen on %s: overdue %s, escalate %s (%s)',
    (today, overdue, escalate) => {
      expect(escalationOf({ state: 'awaiting_ppk', deadline, agency: regional }, today as IsoDate)).toEqual({
        overdue,
        escalate,
        task: 'issue_warning',
        notify: ['bkn_analis', 'bkn_pejabat'],
      });
    },
  );

  it('asks for a blocking proposal once a warned PPK is late, and tells the supervisor', () => {
    expect(
      escalationOf({ state: 'warned', deadline, agency: regional }, '2024-07-20' as IsoDate),
    ).toMatchObject({
      task: 'propose_blocking',
      notify: ['bkn_analis', 'bkn_pejabat', 'supervisor_kemendagri'],
    });
  });

  it('has nothing to escalate for a blocked case or a case without a deadline', () => {
    expect(
      escalationOf({ state: 'blocked', deadline, agency: regional }, '2024-08-01' as IsoDate),
    ).toBeNull();
    expect(
      escalationOf({ state: 'awaiting_ppk', deadline: null, agency: regional }, '2024-08-01' as IsoDate),
    ).toBeNull();
  });
});
