// The page's side of src/modules/stats/stats-csv.ts (which pulls csv-stringify into whatever imports it): the
// same column order, and a withheld cell reads "x" as in the CSV. figures-text.test.ts keeps the two in step.
import type { Language } from '../../../platform/i18n/language';
import type { FUNNEL_COLUMNS } from '../../../modules/stats/schema';
import { formatCount } from '../../format/counts';
import { LOCALE } from '../../format/locale';

export type FunnelColumn = (typeof FUNNEL_COLUMNS)[number];

/** The four steps the headline and the breakdown show. */
export const HEADLINE_COLUMNS = [
  'reported',
  'forwarded',
  'proven',
  'sanctioned',
] as const satisfies readonly FunnelColumn[];
export type HeadlineColumn = (typeof HEADLINE_COLUMNS)[number];

/** How deep a column sits in the funnel: each deeper group splits the one above it (funnel.ts). */
export const FUNNEL_DEPTH: Record<FunnelColumn, number> = {
  reported: 0,
  inProcess: 1,
  notAViolation: 1,
  notRegistered: 1,
  forwardedOther: 1,
  forwarded: 1,
  awaitingBkn: 2,
  notProven: 2,
  rejectedOrCancelled: 2,
  proven: 2,
  awaitingPpk: 3,
  sanctioned: 3,
  blocked: 3,
  inactive: 3,
};

/**
 * A withheld cell: below the threshold, or withheld because a published sum would give such a cell away. The
 * mark does not say which (statistical offices' "x"), so a reader never takes it for "fewer than 3".
 */
export const WITHHELD = 'x';

/** "1.234" (id) / "1,234" (en); a withheld cell (null) reads "x", as in the CSV. */
export function cellText(n: number | null, language: Language): string {
  return n === null ? WITHHELD : formatCount(n, language);
}

/** "42,9%" (id) / "42.9%" (en); "—" when nothing is proven or a term is withheld. */
export function rateText(rate: number | null, language: Language): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}
