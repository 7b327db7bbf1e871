// Working-day calendar: Asia/Jakarta dates, weekends, national holidays, cuti bersama and voting days.
export { CalendarError, type CalendarErrorKind } from './calendar-error';
export {
  assertCovered,
  holidaysOn,
  isCovered,
  loadHolidayCalendar,
  type HolidayCalendar,
} from './holiday-calendar';
export { HOLIDAYS_FILE, loadHolidayCalendarFile, shippedHolidayCalendar } from './holiday-calendar-file';
export { addCalendarDays, calendarDaysBetween, dayOfWeek, jakartaDate, parseIsoDate } from './iso-date';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';
export {
  ZConfidence,
  ZHoliday,
  ZHolidayFile,
  ZHolidayKind,
  ZIsoDate,
  type Confidence,
  type Holiday,
  type HolidayFile,
  type HolidayKind,
  type IsoDate,
} from './schema';
