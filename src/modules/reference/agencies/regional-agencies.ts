import type { RegionRow } from '../regions/region-rows';

export interface AgencyRow {
  code: string;
  name: string;
  short_name: string | null;
  kind: 'regional' | 'central';
  category: string;
  region_code: string | null;
  ppk_title: string;
  supervisor: 'kemendagri' | 'kemenpanrb';
  confidence: 'verified' | 'secondary' | 'unverified';
  source: string;
  note: string | null;
}

const REGIONAL_SOURCE =
  'Derived from the region list (idn-area-data 4.0.1, Kepmendagri 300.2.2-2138/2025): the head of each autonomous region is the PPK of its ASN (REF §0, §4.5)';

/** The stable code of a regional government agency, e.g. pemda-33.03. */
export function regionalAgencyCode(regionCode: string): string {
  return `pemda-${regionCode}`;
}

/**
 * One agency (pemerintah daerah) per province and per autonomous kab/kota, with its PPK: Gubernur, Bupati or
 * Wali Kota (REF §0). Kecamatan and the 6 DKI administrative units have none: their PPK is the head of the
 * autonomous region above them (REF §4.5), found through regions.autonomous_region_code.
 * Supervisor of every pemda PPK: Kemendagri (REF §0).
 */
export function regionalAgencyFor(region: RegionRow): AgencyRow | undefined {
  if (!region.is_autonomous || region.level === 'district') return undefined;
  const base = {
    code: regionalAgencyCode(region.code),
    short_name: null,
    kind: 'regional' as const,
    region_code: region.code,
    supervisor: 'kemendagri' as const,
    confidence: 'verified' as const,
    source: REGIONAL_SOURCE,
    note: null,
  };
  if (region.kind === 'province') {
    return {
      ...base,
      name: `Pemerintah Provinsi ${region.name}`,
      category: 'provincial_government',
      ppk_title: `Gubernur ${region.name}`,
    };
  }
  const bare = region.name.replace(/^(Kabupaten|Kota)\s+/, '');
  if (region.kind === 'kabupaten') {
    return {
      ...base,
      name: `Pemerintah ${region.name}`,
      category: 'regency_government',
      ppk_title: `Bupati ${bare}`,
    };
  }
  return {
    ...base,
    name: `Pemerintah ${region.name}`,
    category: 'city_government',
    ppk_title: `Wali Kota ${bare}`,
  };
}
