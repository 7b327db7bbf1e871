import { assertCovered, type HolidayCalendar } from './holiday-calendar';
import { addCalendarDays, assertDayCount, isWeekend, toEpochDay } from './iso-date';
import type { IsoDate } from './schema';

/**
 * A working day (hari kerja) for ASN: Monday to Friday and not in the holiday data (libur nasional, cuti
 * bersama and voting days alike; domain/holidays-id.md). Throws CalendarError('outside_coverage') for a year
 * the data does not cover.
 */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  assertCovered(calendar, date);
  return !isWeekend(date) && !calendar.holidays.has(date);
}

/**
 * The last day of a period of `n` working days that starts after `start`: the n-th working day strictly
 * after `start`. This is how "paling lama 7 (tujuh) hari kerja sejak diketahui" is counted (UU 7/2017
 * Pasal 454(6); REF §1.5): the day of the event itself never counts, even when it is a working day, so
 * day 1 is the first working day after it. A start on a weekend or holiday changes nothing: day 1 is still
 * the first working day after it. An act done on or before the returned date is in time.
 *
 * n = 0 returns `start` unchanged (even on a holiday); n < 0 or a fraction throws CalendarError
 * ('negative_days'). Every day looked at, `start` included, must be in the data's years, otherwise
 * CalendarError('outside_coverage'). Invariant: workingDaysBetween(start, addWorkingDays(start, n)) === n.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  assertDayCount(n);
  assertCovered(calendar, start);
  let day = start;
  for (let counted = 0; counted < n;) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}

/**
 * Working days in the half-open period (from, to]: `from` does not count and `to` does, the same convention as
 * addWorkingDays. Signed: when `to` is before `from` the result is minus the count over (to, from], so
 * workingDaysBetween(a, b) === -workingDaysBetween(b, a). A report made on date R about an act known on K is
 * late when workingDaysBetween(K, R) > 7. Both dates must be in the data's years.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  assertCovered(calendar, from);
  assertCovered(calendar, to);
  const [low, high, sign] = toEpochDay(from) <= toEpochDay(to) ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addCalendarDays(low, 1); day <= high; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count++;
  }
  return count === 0 ? 0 : sign * count; // never -0
}
