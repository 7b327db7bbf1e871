import type { Language } from '../../platform/i18n/language';

/** The Intl locale of each UI language (British English: day-month-year dates, as Indonesian readers expect). */
export const LOCALE: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
