import { describe, expect, it } from 'vitest';
import { daysBetween, deadlineStatus, jakartaToday } from './deadline-status';

const clock = (dueOn: string, overdue: boolean) => ({
  ruleId: 'pemilu.bawaslu_handling',
  stage: 'bawaslu_handling' as const,
  startedOn: '2024-03-01' as never,
  dueOn: dueOn as never,
  escalateOn: null,
  overdue,
  escalationDue: false,
});

describe('deadline status', () => {
  it('a case without a running deadline has none', () => {
    expect(deadlineStatus(null, '2024-03-10')).toEqual({ kind: 'none' });
  });

  it('a due date three days ahead is due soon, four days ahead is on track', () => {
    expect(deadlineStatus(clock('2024-03-13', false), '2024-03-10')).toEqual({ kind: 'due_soon', days: 3 });
    expect(deadlineStatus(clock('2024-03-14', false), '2024-03-10')).toEqual({ kind: 'on_track', days: 4 });
  });

  it('a case due today is due soon with zero days left', () => {
    expect(deadlineStatus(clock('2024-03-10', false), '2024-03-10')).toEqual({ kind: 'due_soon', days: 0 });
  });

  it('an overdue case counts the days past its due date', () => {
    expect(deadlineStatus(clock('2024-03-07', true), '2024-03-10')).toEqual({ kind: 'overdue', days: 3 });
  });

  it('counts days across a month end and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('today is the Jakarta date: 18:00 UTC is already the next day there', () => {
    expect(jakartaToday(new Date('2024-03-10T18:00:00Z'))).toBe('2024-03-11');
    expect(jakartaToday(new Date('2024-03-10T16:00:00Z'))).toBe('2024-03-10');
  });
});
