import type { TFunction } from 'i18next';
import type { BknOffice } from '../../../modules/identity/schema';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/** BKN's offices are named with Roman numerals: kanreg-6 is "Kantor Regional VI BKN". */
export function bknOfficeName(office: BknOffice, t: TFunction): string {
  if (office === 'pusat') return t('scope.bknHeadOffice');
  const n = Number(office.slice('kanreg-'.length));
  return t('scope.bknRegionalOffice', { numeral: ROMAN[n - 1] ?? String(n) });
}
