import { DISTRICT_CODE, PROVINCE_CODE, REGENCY_CODE } from './schema';

export interface RegionRow {
  code: string;
  level: 'province' | 'regency' | 'district';
  kind: 'province' | 'kabupaten' | 'kota' | 'district';
  name: string;
  parent_code: string | null;
  province_code: string;
  is_autonomous: boolean;
  autonomous_region_code: string;
}

export interface RegionCsvs {
  provinces: Record<string, string>[];
  regencies: Record<string, string>[];
  districts: Record<string, string>[];
}

/**
 * Kabupaten or kota. REF §4.4: regency codes 01–69 are kabupaten, 71–99 kota; the name must agree (the one
 * kabupaten administrasi, Kepulauan Seribu, is 31.01), so a disagreement means the data file is wrong.
 */
export function regencyKind(code: string, name: string): 'kabupaten' | 'kota' {
  const byCode = Number(code.slice(3, 5)) >= 71 ? 'kota' : 'kabupaten';
  const byName = /^Kota\b/.test(name) ? 'kota' : /^Kabupaten\b/.test(name) ? 'kabupaten' : undefined;
  if (byName !== byCode)
    throw new Error(`Region ${code} "${name}": code says ${byCode}, name says ${byName ?? '?'}`);
  return byCode;
}

/**
 * REF §4.5: the 6 administrative units of DKI Jakarta ("Kabupaten/Kota Administrasi …") are not autonomous:
 * they have no elected head, and their PPK is the Governor of DKI.
 */
export function isAdministrativeUnit(name: string): boolean {
  return /^(Kabupaten|Kota) Administrasi\b/.test(name);
}

function need(record: Record<string, string>, key: string, pattern?: RegExp): string {
  const value = record[key]?.trim() ?? '';
  if (!value || (pattern && !pattern.test(value))) throw new Error(`Bad ${key} "${value}" in region data`);
  return value;
}

/** Turns the idn-area-data CSV records into region rows, parents first (the table references itself). */
export function buildRegionRows(csv: RegionCsvs): RegionRow[] {
  const rows: RegionRow[] = [];
  const known = new Map<string, RegionRow>();
  const add = (row: RegionRow) => {
    if (known.has(row.code)) throw new Error(`Region code ${row.code} appears twice`);
    known.set(row.code, row);
    rows.push(row);
  };
  for (const p of csv.provinces) {
    const code = need(p, 'code', PROVINCE_CODE);
    add({
      code,
      level: 'province',
      kind: 'province',
      name: need(p, 'name'),
      parent_code: null,
      province_code: code,
      is_autonomous: true,
      autonomous_region_code: code,
    });
  }
  for (const r of csv.regencies) {
    const code = need(r, 'code', REGENCY_CODE);
    const provinceCode = need(r, 'province_code', PROVINCE_CODE);
    const name = need(r, 'name');
    if (!known.has(provinceCode) || !code.startsWith(`${provinceCode}.`))
      throw new Error(`Regency ${code} has bad province ${provinceCode}`);
    const autonomous = !isAdministrativeUnit(name);
    add({
      code,
      level: 'regency',
      kind: regencyKind(code, name),
      name,
      parent_code: provinceCode,
      province_code: provinceCode,
      is_autonomous: autonomous,
      autonomous_region_code: autonomous ? code : provinceCode,
    });
  }
  for (const d of csv.districts) {
    const code = need(d, 'code', DISTRICT_CODE);
    const regency = known.get(need(d, 'regency_code', REGENCY_CODE));
    if (!regency || !code.startsWith(`${regency.code}.`))
      throw new Error(`District ${code} has bad regency ${d.regency_code}`);
    add({
      code,
      level: 'district',
      kind: 'district',
      name: need(d, 'name'),
      parent_code: regency.code,
      province_code: regency.province_code,
      is_autonomous: false,
      autonomous_region_code: regency.autonomous_region_code,
    });
  }
  return rows;
}
