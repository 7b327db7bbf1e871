import type { Agency } from '../../../modules/reference/schema';

/** Message keys for the agency categories and PPK supervisors the API sends as codes. */
export const AGENCY_CATEGORY_KEYS = {
  provincial_government: 'agencies.categories.provincial_government',
  regency_government: 'agencies.categories.regency_government',
  city_government: 'agencies.categories.city_government',
  coordinating_ministry: 'agencies.categories.coordinating_ministry',
  ministry: 'agencies.categories.ministry',
  agency: 'agencies.categories.agency',
} as const satisfies Record<Agency['category'], string>;

export const SUPERVISOR_KEYS = {
  kemendagri: 'agencies.supervisors.kemendagri',
  kemenpanrb: 'agencies.supervisors.kemenpanrb',
} as const satisfies Record<Agency['supervisor'], string>;
