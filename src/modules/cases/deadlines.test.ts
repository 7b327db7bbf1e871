import { describe, expect, it } from 'vitest';
import { CalendarError, loadHolidayCalendarFile, parseIsoDate } from '../../platform/calendar';
import { findDeadlineRule } from './deadline-rules';
import { loadDeadlineRulesFile } from './deadline-rules-file';
import {
  computeDeadline,
  filingWindowCheck,
  isEscalationDue,
  isOverdue,
  recomputeDeadline,
  startDeadline,
} from './deadlines';
import type { ElectionType } from './election-type';
import type { DeadlineStage } from './schema';

/*
 * Dated scenarios with the shipped rules (data/reference/deadlines/deadline-rules.json), counted by hand from
 * data/reference/holidays-id.json. LN libur nasional, CB cuti bersama, PS voting day, RM a removed (working)
 * date, "=k" the k-th day counted. The start day never counts. Calendar-day periods ignore holidays.
 */
const calendar = loadHolidayCalendarFile();
const rules = loadDeadlineRulesFile();
const d = parseIsoDate;

type Scenario = [ElectionType, DeadlineStage, string, string, string | null, string];
const SCENARIOS: Scenario[] = [
  // Pemilu filing window: 7 working days (UU 7/2017 Pasal 454(6)).
  [
    'pemilu',
    'filing_window',
    '2024-04-05',
    '2024-04-24',
    null,
    'Idul Fitri 2024: 8–15 Apr CB/LN/weekend; Tue 16 =1 … Wed 24 =7',
  ],
  [
    'pemilu',
    'filing_window',
    '2023-04-18',
    '2023-05-05',
    null,
    'Idul Fitri 2023: 19–25 Apr off, Wed 26 (RM) =1, Thu 27 =2, Fri 28 =3, Mon 1 May LN, Tue 2 =4 … Fri 5 =7',
  ],
  [
    'pemilu',
    'filing_window',
    '2024-02-07',
    '2024-02-21',
    null,
    'Thu 8 Feb LN, Fri 9 CB, Mon 12 =1, Tue 13 =2, Wed 14 PS Pemilu 2024, Thu 15 =3 … Wed 21 =7',
  ],
  [
    'pemilu',
    'filing_window',
    '2019-04-15',
    '2019-04-26',
    null,
    'Tue 16 =1, Wed 17 PS Pemilu 2019, Thu 18 =2, Fri 19 LN Good Friday, Mon 22 =3 … Fri 26 =7',
  ],
  [
    'pemilu',
    'filing_window',
    '2024-12-20',
    '2025-01-03',
    null,
    'year end: Mon 23 =1, Tue 24 =2, Wed 25 LN, Thu 26 CB, Fri 27 =3, Mon 30 =4, Tue 31 =5, Wed 1 Jan LN, Thu 2 =6, Fri 3 =7',
  ],
  [
    'pemilu',
    'filing_window',
    '2025-03-27',
    '2025-04-16',
    null,
    'Idul Fitri 2025: Fri 28 Mar CB … Mon 7 Apr CB all off; Tue 8 =1 … Wed 16 =7',
  ],
  // Pilkada filing window: 7 calendar days.
  [
    'pilkada',
    'filing_window',
    '2024-04-08',
    '2024-04-15',
    null,
    'calendar days: the last day is Mon 15 Apr 2024 although it is CB',
  ],
  [
    'pilkada',
    'filing_window',
    '2024-11-20',
    '2024-11-27',
    null,
    'the last day is Wed 27 Nov 2024, Pilkada voting day (PS): not moved',
  ],
  [
    'pilkada',
    'filing_window',
    '2020-12-02',
    '2020-12-09',
    null,
    'the last day is Wed 9 Dec 2020, Pilkada 2020 voting day',
  ],
  // Bawaslu handling.
  [
    'pemilu',
    'bawaslu_handling',
    '2024-12-24',
    '2024-12-31',
    '2025-01-01',
    '7 calendar days over Christmas; escalation +1 calendar day on New Year (LN)',
  ],
  [
    'pilkada',
    'bawaslu_handling',
    '2024-11-25',
    '2024-11-28',
    '2024-11-29',
    '3 calendar days across the Pilkada 2024 voting day',
  ],
  [
    'pilkada',
    'bawaslu_handling',
    '2020-12-07',
    '2020-12-10',
    '2020-12-11',
    '3 calendar days across 9 Dec 2020',
  ],
  [
    'pemilu',
    'bawaslu_handling_extended',
    '2024-02-05',
    '2024-02-28',
    '2024-02-29',
    '14 working days: Tue 6 =1, Wed 7 =2, Thu 8 LN, Fri 9 CB, Mon 12 =3, Tue 13 =4, Wed 14 PS, Thu 15 =5 … Wed 28 =14; +1 working Thu 29',
  ],
  [
    'pemilu',
    'bawaslu_handling_extended',
    '2023-04-18',
    '2023-05-16',
    '2023-05-17',
    '14 working days across Lebaran 2023: Wed 26 Apr =1 … Fri 5 May =7, Mon 8 =8 … Tue 16 =14; +1 Wed 17',
  ],
  [
    'pilkada',
    'bawaslu_handling_extended',
    '2020-12-07',
    '2020-12-12',
    '2020-12-13',
    '3 + 2 = 5 calendar days: Sat 12 Dec 2020; escalation Sun 13',
  ],
  // BKN and PPK stages (same for both election types).
  [
    'pemilu',
    'bkn_follow_up',
    '2023-04-18',
    '2023-05-02',
    '2023-05-05',
    '14 calendar days over Lebaran 2023; +3 calendar days',
  ],
  [
    'pilkada',
    'satgas_verification',
    '2024-11-27',
    '2024-12-04',
    '2024-12-06',
    '7 calendar days from the Pilkada 2024 voting day; +2',
  ],
  [
    'pilkada',
    'ppk_follow_up',
    '2024-12-20',
    '2024-12-30',
    '2024-12-31',
    '10 calendar days over Christmas 2024; +1',
  ],
  [
    'pemilu',
    'ppk_warning',
    '2024-04-05',
    '2024-04-08',
    '2024-04-09',
    '3 calendar days: due on Mon 8 Apr (CB), escalation Tue 9 (CB): calendar rules do not move',
  ],
  [
    'pemilu',
    'blocking_decision',
    '2024-12-23',
    '2025-01-02',
    '2025-01-06',
    '5 working days: Tue 24 =1, Wed 25 LN, Thu 26 CB, Fri 27 =2, Mon 30 =3, Tue 31 =4, Wed 1 LN, Thu 2 =5; +2: Fri 3, Mon 6',
  ],
  [
    'pilkada',
    'unblock_review',
    '2024-04-04',
    '2024-04-17',
    '2024-04-19',
    '3 working days: Fri 5 =1, 6–15 Apr off, Tue 16 =2, Wed 17 =3; +2: Thu 18, Fri 19',
  ],
  [
    'pilkada',
    'unblock_review',
    '2020-12-23',
    '2020-12-30',
    '2021-01-05',
    'Thu 24 CB, Fri 25 LN, Mon 28–Wed 30 RM =1..3; +2: Thu 31 CB, Fri 1 Jan LN, Mon 4 =1, Tue 5 =2',
  ],
  [
    'pemilu',
    'blocking_decision',
    '2024-02-13',
    '2024-02-21',
    '2024-02-23',
    '5 working days: Wed 14 PS skipped, Thu 15 =1, Fri 16 =2, Mon 19 =3, Tue 20 =4, Wed 21 =5; +2: Thu 22, Fri 23',
  ],
];

describe('computeDeadline', () => {
  it('covers at least 20 dated scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(SCENARIOS)('%s %s from %s is due %s, escalates %s (%s)', (type, stage, start, due, escalate) => {
    const rule = findDeadlineRule(rules, type, stage);
    expect(computeDeadline(rule, d(start), calendar)).toEqual({ dueOn: due, escalateOn: escalate });
  });

  it('refuses a working-day period that runs past the holiday data (2027) with a CalendarError', () => {
    const rule = findDeadlineRule(rules, 'pemilu', 'filing_window');
    expect(() => computeDeadline(rule, d('2027-12-28'), calendar)).toThrow(CalendarError);
  });

  it('counts a calendar-day period in any year, since it needs no holiday data', () => {
    const rule = findDeadlineRule(rules, 'pilkada', 'filing_window');
    expect(computeDeadline(rule, d('2029-11-28'), calendar)).toEqual({
      dueOn: '2029-12-05',
      escalateOn: null,
    });
  });
});

describe('filingWindowCheck', () => {
  it.each([
    ['pemilu', '2024-04-05', '2024-04-24', true, 7, 'the 7th working day after Lebaran 2024 is the last day'],
    ['pemilu', '2024-04-05', '2024-04-25', false, 8, 'the 8th working day is late'],
    ['pemilu', '2024-04-05', '2024-04-15', true, 0, 'nothing counted yet: 8–15 Apr 2024 are all off'],
    ['pilkada', '2024-11-20', '2024-11-27', true, 7, 'Pilkada: filed on voting day, the 7th calendar day'],
    ['pilkada', '2024-11-20', '2024-11-28', false, 8, 'Pilkada: the 8th calendar day is late'],
  ] as const)(
    '%s, known %s, filed %s: in time = %s after %i days (%s)',
    (type, known, filed, inTime, days, _why) => {
      const check = filingWindowCheck(type, d(known), d(filed), calendar, rules);
      expect(check).toMatchObject({ inTime, elapsedDays: days, rule: { id: `${type}.filing_window` } });
    },
  );
});

describe('recompute, overdue and escalation', () => {
  it('recomputes from the same start when a case turns out to be Pilkada, not Pemilu', () => {
    const pemilu = startDeadline(rules, 'pemilu', 'bawaslu_handling', d('2024-11-25'), calendar);
    expect(pemilu).toMatchObject({ ruleId: 'pemilu.bawaslu_handling', dueOn: '2024-12-02' });
    expect(recomputeDeadline(pemilu, 'pilkada', calendar, rules)).toEqual({
      ruleId: 'pilkada.bawaslu_handling',
      stage: 'bawaslu_handling',
      startedOn: '2024-11-25',
      dueOn: '2024-11-28',
      escalateOn: '2024-11-29',
    });
  });

  it('is not overdue on the due date itself, and is the day after', () => {
    const deadline = { dueOn: d('2024-07-15'), escalateOn: d('2024-07-16') };
    expect([isOverdue(deadline, d('2024-07-15')), isOverdue(deadline, d('2024-07-16'))]).toEqual([
      false,
      true,
    ]);
    expect([isEscalationDue(deadline, d('2024-07-15')), isEscalationDue(deadline, d('2024-07-16'))]).toEqual([
      false,
      true,
    ]);
    expect(isOverdue(null, d('2030-01-01'))).toBe(false);
  });
});
