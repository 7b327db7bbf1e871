import type { Region } from '../../../modules/reference/schema';

type RegionLevel = Region['level'];
type RegionKind = Region['kind'];

/** Message keys for region levels and kinds (the API sends English codes; the UI shows words). */
export const REGION_LEVEL_KEYS = {
  province: 'regions.levels.province',
  regency: 'regions.levels.regency',
  district: 'regions.levels.district',
} as const satisfies Record<RegionLevel, string>;

export const REGION_KIND_KEYS = {
  province: 'regions.kinds.province',
  kabupaten: 'regions.kinds.kabupaten',
  kota: 'regions.kinds.kota',
  district: 'regions.kinds.district',
} as const satisfies Record<RegionKind, string>;
