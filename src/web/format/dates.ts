import type { Language } from '../../platform/i18n/language';
import { LOCALE } from './locale';

/** "14 Februari 2024" / "14 February 2024" for a calendar date YYYY-MM-DD (no time zone shift: read as UTC). */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** One day, or "28 November 2023 – 10 Februari 2024"; undefined when the dates are not known. */
export function formatDateRange(
  start: string | null,
  end: string | null,
  language: Language,
): string | undefined {
  if (!start || !end) return undefined;
  if (start === end) return formatDate(start, language);
  return `${formatDate(start, language)} – ${formatDate(end, language)}`;
}

/** Today in Asia/Jakarta as YYYY-MM-DD: the day the public figures count to when no date is chosen. */
export function jakartaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}
