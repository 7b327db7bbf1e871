import fs from 'node:fs';
import { loadHolidayCalendar, type HolidayCalendar } from './holiday-calendar';

/** The shipped copy of domain/holidays-id.json (provenance: data/reference/holidays-id.PROVENANCE.md). */
export const HOLIDAYS_FILE = new URL('../../../data/reference/holidays-id.json', import.meta.url);

/** Reads and validates the holiday file. */
export function loadHolidayCalendarFile(file: string | URL = HOLIDAYS_FILE): HolidayCalendar {
  return loadHolidayCalendar(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
}

let shipped: HolidayCalendar | undefined;

/** The shipped calendar, read once per process (the file only changes with a release). */
export function shippedHolidayCalendar(): HolidayCalendar {
  shipped ??= loadHolidayCalendarFile();
  return shipped;
}
