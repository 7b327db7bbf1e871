import type { PUBLISHING_AGENCIES } from '../../../../modules/stats/agency-figures-schema';

/** The agencies by the names everyone uses for them (not translated). */
export const AGENCY_NAMES: Record<(typeof PUBLISHING_AGENCIES)[number], string> = {
  kasn: 'KASN',
  bkn: 'BKN',
  bawaslu: 'Bawaslu',
  kemendagri: 'Kemendagri',
};
