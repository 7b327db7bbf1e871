import { CalendarError } from './calendar-error';
import { isIsoDateString, type IsoDate } from './schema';

const DAY_MS = 86_400_000;
// Asia/Jakarta is UTC+7 all year: Indonesia has had no daylight saving time since 1964.
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/** Checks and brands a `YYYY-MM-DD` string; throws CalendarError('invalid_date') otherwise. */
export function parseIsoDate(s: string): IsoDate {
  if (!isIsoDateString(s))
    throw new CalendarError('invalid_date', `${JSON.stringify(s)} is not a date YYYY-MM-DD`);
  return s as IsoDate;
}

/** Days since 1970-01-01; date arithmetic on integers avoids any time-zone or DST effect. */
export function toEpochDay(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function fromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function assertDayCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new CalendarError('negative_days', `day count must be a whole number ≥ 0, got ${n}`);
  }
}

/**
 * `date` plus `n` calendar days (hari kalender), n ≥ 0. Needs no holiday data, so it works for any year.
 * Same convention as addWorkingDays: the start day is day 0.
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  assertDayCount(n);
  return fromEpochDay(toEpochDay(date) + n);
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The calendar day an instant falls on in Jakarta (WIB, UTC+7): 17:00 UTC is midnight there. */
export function jakartaDate(instant: Date): IsoDate {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new CalendarError('invalid_date', 'instant is an invalid Date');
  return new Date(t + JAKARTA_OFFSET_MS).toISOString().slice(0, 10) as IsoDate;
}
