import { describe, expect, it } from 'vitest';
import { readReferenceFiles } from '../reference-files';
import { buildRegionRows, isAdministrativeUnit, regencyKind } from './region-rows';
import { regionRowsFrom } from './seed';

describe('region rows from the Kemendagri code list', () => {
  const rows = regionRowsFrom(readReferenceFiles());
  const regencies = rows.filter((r) => r.level === 'regency');

  it('classifies 416 kabupaten and 98 kota by code range and name', () => {
    expect(regencies.filter((r) => r.kind === 'kabupaten')).toHaveLength(416);
    expect(regencies.filter((r) => r.kind === 'kota')).toHaveLength(98);
  });

  it('points the 6 DKI administrative units and their kecamatan to DKI Jakarta for the PPK', () => {
    const administrative = regencies.filter((r) => !r.is_autonomous);
    expect(administrative.map((r) => r.code)).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
    expect(administrative.every((r) => r.autonomous_region_code === '31')).toBe(true);
    const gambir = rows.find((r) => r.level === 'district' && r.parent_code === '31.71');
    expect(gambir?.autonomous_region_code).toBe('31');
    expect(rows.find((r) => r.code === '33.03.01')?.autonomous_region_code).toBe('33.03');
  });

  it.each([
    ['33.03', 'Kabupaten Purbalingga', 'kabupaten'],
    ['63.72', 'Kota Banjarbaru', 'kota'],
    ['31.01', 'Kabupaten Administrasi Kepulauan Seribu', 'kabupaten'],
    ['31.71', 'Kota Administrasi Jakarta Pusat', 'kota'],
  ])('%s %s is a %s', (code, name, kind) => {
    expect(regencyKind(code, name)).toBe(kind);
  });

  it('refuses a regency whose code range and name disagree', () => {
    expect(() => regencyKind('33.71', 'Kabupaten Salah')).toThrow(/code says kota, name says kabupaten/);
  });

  it('recognises administrative units by name only', () => {
    expect(isAdministrativeUnit('Kota Administrasi Jakarta Timur')).toBe(true);
    expect(isAdministrativeUnit('Kota Jakarta')).toBe(false);
  });

  it('refuses a kecamatan whose kab/kota is missing', () => {
    const csv = {
      provinces: [{ code: '33', name: 'Jawa Tengah' }],
      regencies: [{ code: '33.03', province_code: '33', name: 'Kabupaten Purbalingga' }],
      districts: [{ code: '33.04.01', regency_code: '33.04', name: 'Susukan' }],
    };
    expect(() => buildRegionRows(csv)).toThrow(/bad regency 33.04/);
  });
});
