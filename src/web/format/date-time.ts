import type { Language } from '../../platform/i18n/language';
import { LOCALE } from './locale';

/** "10 Mar 2024 14.05" in Jakarta time, where the cases are handled (WIB). */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Jakarta',
  }).format(date);
}
