import type { z } from 'zod';
import { CalendarError } from './calendar-error';
import { yearOf } from './iso-date';
import { ZHolidayFile, type Confidence, type Holiday, type IsoDate } from './schema';

/**
 * The non-working days for ASN, built from `data/reference/holidays-id.json` (domain/holidays-id.md): every
 * date in `years[Y]`, whatever its kind (libur nasional, cuti bersama, pemungutan suara), on top of weekends.
 * Dates in `decrees[Y].removed_dates` were taken back by an amendment and are ordinary working days, so they
 * are simply absent here.
 */
export interface HolidayCalendar {
  /** First and last year the data covers; counting outside them throws CalendarError('outside_coverage'). */
  readonly firstYear: number;
  readonly lastYear: number;
  /** How sure each year's data is (2027 is 'medium': the decree was only read through transcriptions). */
  readonly yearConfidence: ReadonlyMap<number, Confidence>;
  /** Holidays per date; one date can hold two (2021-05-13: Ascension Day and Idul Fitri). */
  readonly holidays: ReadonlyMap<IsoDate, readonly Holiday[]>;
}

function checkConsistency(file: z.infer<typeof ZHolidayFile>, ctx: z.RefinementCtx): void {
  const years = Object.keys(file.years)
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) ctx.addIssue({ code: 'custom', path: ['years'], message: 'holds no year' });
  years.forEach((y, i) => {
    if (i > 0 && y !== years[i - 1]! + 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['years', String(y)],
        message: `years must be contiguous (gap before ${y})`,
      });
    }
    const listed = new Set<string>();
    file.years[String(y)]!.forEach((h, j) => {
      listed.add(h.date);
      if (yearOf(h.date) !== y) {
        ctx.addIssue({
          code: 'custom',
          path: ['years', String(y), j, 'date'],
          message: `${h.date} is not in ${y}`,
        });
      }
    });
    const decrees = file.decrees[String(y)];
    if (!decrees) {
      ctx.addIssue({
        code: 'custom',
        path: ['decrees', String(y)],
        message: `missing for covered year ${y}`,
      });
      return;
    }
    decrees.removed_dates.forEach((d, j) => {
      // A removed date is a working day; the same date in the final list would make the file contradict itself.
      if (listed.has(d)) {
        ctx.addIssue({
          code: 'custom',
          path: ['decrees', String(y), 'removed_dates', j],
          message: `${d} is both removed and listed as a holiday`,
        });
      }
    });
  });
}

const ZCheckedHolidayFile = ZHolidayFile.superRefine(checkConsistency);

/** Validates the holiday JSON (already parsed) and builds the calendar. Throws an Error naming the bad field. */
export function loadHolidayCalendar(json: unknown): HolidayCalendar {
  const parsed = ZCheckedHolidayFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid holiday data at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const years = Object.keys(parsed.data.years).map(Number);
  const holidays = new Map<IsoDate, Holiday[]>();
  const yearConfidence = new Map<number, Confidence>();
  for (const y of years) {
    yearConfidence.set(y, parsed.data.decrees[String(y)]!.confidence);
    for (const h of parsed.data.years[String(y)]!) {
      const onDay = holidays.get(h.date);
      if (onDay) onDay.push(h);
      else holidays.set(h.date, [h]);
    }
  }
  return { firstYear: Math.min(...years), lastYear: Math.max(...years), yearConfidence, holidays };
}

export function isCovered(calendar: HolidayCalendar, date: IsoDate): boolean {
  const y = yearOf(date);
  return y >= calendar.firstYear && y <= calendar.lastYear;
}

/**
 * Refuses a date the holiday data does not cover: assuming "no holidays" there would move legal deadlines
 * silently (a Lebaran week alone is up to 8 working days).
 */
export function assertCovered(calendar: HolidayCalendar, date: IsoDate): void {
  if (isCovered(calendar, date)) return;
  throw new CalendarError(
    'outside_coverage',
    `kalender hari kerja hanya mencakup ${calendar.firstYear}–${calendar.lastYear} ` +
      `(the working-day calendar covers ${calendar.firstYear}–${calendar.lastYear} only): ${date}`,
  );
}

/** The holidays on a date (empty for an ordinary day); for showing why a day does not count. */
export function holidaysOn(calendar: HolidayCalendar, date: IsoDate): readonly Holiday[] {
  assertCovered(calendar, date);
  return calendar.holidays.get(date) ?? [];
}
