import { DUE_SOON_DAYS, type CaseSummary } from '../../../modules/cases/case-api-schema';

type Clock = NonNullable<CaseSummary['deadline']>;

export { DUE_SOON_DAYS };

export type DeadlineStatus =
  | { kind: 'none' }
  | { kind: 'overdue'; days: number }
  | { kind: 'due_soon'; days: number }
  | { kind: 'on_track'; days: number };

/** Today's calendar date in Asia/Jakarta, where the legal deadlines are counted (YYYY-MM-DD). */
export function jakartaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * How a deadline stands today: overdue by n days, due within DUE_SOON_DAYS, or later. The server's `overdue`
 * flag decides overdue (it counts in Jakarta time); the days are calendar days, as the due date is a day.
 */
export function deadlineStatus(clock: Clock | null, today: string): DeadlineStatus {
  if (!clock) return { kind: 'none' };
  const days = daysBetween(today, clock.dueOn);
  if (clock.overdue) return { kind: 'overdue', days: Math.max(1, -days) };
  if (days <= DUE_SOON_DAYS) return { kind: 'due_soon', days: Math.max(0, days) };
  return { kind: 'on_track', days };
}
