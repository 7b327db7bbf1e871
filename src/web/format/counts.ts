import type { Language } from '../../platform/i18n/language';
import { LOCALE } from './locale';

/** "1.234" (id) / "1,234" (en); with `orMore`, "1.000+": a count that stopped at its cap. */
export function formatCount(n: number, language: Language, orMore = false): string {
  return `${new Intl.NumberFormat(LOCALE[language]).format(n)}${orMore ? '+' : ''}`;
}
