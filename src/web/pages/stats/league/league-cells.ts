import type { LeagueFigures } from '../../../../modules/stats/league-schema';
import type { Language } from '../../../../platform/i18n/language';
import { cellText, rateText } from '../figures-text';
import type { LEAGUE_TABLE_COLUMNS } from './league-sort';

/** One cell of the league as the page writes it: counts, "x", a rate, days with one decimal ("—" unknown). */
export function leagueCellText(
  f: LeagueFigures,
  column: (typeof LEAGUE_TABLE_COLUMNS)[number],
  language: Language,
): string {
  if (column === 'followUpRate') return rateText(f.followUpRate, language);
  if (column === 'medianDaysToDecree') {
    const days = f.medianDaysToDecree;
    return days === null
      ? '—'
      : new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(
          days,
        );
  }
  return cellText(f[column], language);
}
