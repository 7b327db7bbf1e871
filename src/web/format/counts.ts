import type { Language } from '../../platform/i18n/language';
import { LOCALE } from './locale';

/** "1.234" (id) / "1,234" (en); with `orMore`, "1.000+": a count that stopped at its cap. */
export function formatCount(n: number, language: Language, orMore = false): string {
  return `${new Intl.NumberFormat(LOCALE[language]).format(n)}${orMore ? '+' : ''}`;
}

/** A tab badge: the server counts up to `cap` + 1, which means "more than cap" (case-api-schema COUNT_CAP). */
export function formatCappedCount(n: number, cap: number, language: Language): string {
  return n > cap ? formatCount(cap, language, true) : formatCount(n, language);
}
